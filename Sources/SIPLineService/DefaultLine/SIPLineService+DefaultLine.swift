import BitrixJSON
import Words

/// The portal's default outgoing line: read, set and verified by reading again (`.set` answers 1 for any id, so
/// only a second read proves anything).
extension SIPLineService {
    /// `voximplant.line.outgoing.get`.
    public func defaultLine() async throws(SIPLineError) -> OutgoingLine {
        let method = "voximplant.line.outgoing.get"
        let response = try await call(method, [:], subject: .defaultLine)
        guard let text = response.result.text, !text.isEmpty else {
            throw fail(SIPLineError(unreadable: DecodingProblem(what: .notALineID), method: method), method: method)
        }
        return OutgoingLine(lineID: text)
    }

    /// `voximplant.line.get`: every line of the portal, `{LINE_ID: name}` (numbers and SIP lines, whoever made them).
    public func lineNames() async throws(SIPLineError) -> [String: String] {
        let method = "voximplant.line.get"
        let response = try await call(method, [:], subject: .defaultLine)
        switch response.result {
        case .object(let object):
            return object.compactMapValues { $0.text }
        case .array(let array) where array.isEmpty:
            return [:]  // PHP's empty array, for a portal without lines
        default:
            throw fail(SIPLineError(unreadable: DecodingProblem(what: .notAnObjectOfLines), method: method),
                       method: method)
        }
    }

    /// Makes `line` the default outgoing line: read the default, `voximplant.line.outgoing.sip.set` with its
    /// CONFIG_ID, read again and compare with `reg<REG_ID>` (cloud) or `sip<CONFIG_ID>` (office).
    public func makeDefault(_ line: ListedLine) async throws(SIPLineError) -> DefaultLineChange {
        let expected = OutgoingLine(sipLine: line)
        let was = try await defaultLine()
        if was == expected {
            return DefaultLineChange(outcome: .alreadyDefault, was: was, now: was, expected: expected,
                                     names: await namesQuietly())
        }
        let method = "voximplant.line.outgoing.sip.set"
        let response = try await call(method, ["CONFIG_ID": .int(Int64(line.configID))],
                                      subject: .line(configID: line.configID))
        guard response.result.boolValue == true else {
            throw fail(SIPLineError(unreadable: DecodingProblem(what: .changeNotConfirmed), method: method),
                       method: method)
        }
        let now = try await defaultLine()
        return DefaultLineChange(outcome: now == expected ? .madeDefault : .notTaken, was: was, now: now,
                                 expected: expected, names: await namesQuietly())
    }

    /// One line this webhook can see, by CONFIG_ID (`voximplant.sip.get` with a filter).
    public func line(configID: Int) async throws(SIPLineError) -> ListedLine {
        let method = "voximplant.sip.get"
        let response = try await call(method, ["FILTER": .object(["CONFIG_ID": .int(Int64(configID))])],
                                      subject: .line(configID: configID))
        let lines: [ListedLine]
        do { lines = try CreatedLine.page(response.result) } catch {
            throw fail(SIPLineError(unreadable: error, method: method), method: method)
        }
        guard let line = lines.first(where: { $0.configID == configID }) else {
            throw fail(SIPLineError(kind: .notFound, message: Words.english(DefaultLinePhrase.lineNotVisible(configID: configID))),
                       method: method)
        }
        return line
    }

    /// Names are a courtesy: a portal that refuses `voximplant.line.get` still gets its default set.
    private func namesQuietly() async -> [String: String] {
        do { return try await lineNames() } catch { return [:] }
    }
}
