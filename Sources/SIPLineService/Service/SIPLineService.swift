import Bitrix24REST
import BitrixJSON
import Logging
import Words

/// The `voximplant.sip.*` calls, typed in and typed out, for the wizard and the commands. Nothing above this layer
/// builds a URL or reads JSON. Every failure is a `SIPLineError` whose message is redacted.
public final class SIPLineService: Sendable {
    let client: Bitrix24Client
    let logger: Logger
    let reconciliation: ReconciliationPolicy

    /// Longest list followed, in pages of 50: a guard against a portal whose `next` never ends.
    static let maximumPages = 200

    public init(
        client: Bitrix24Client,
        logger: Logger = Logger(label: "sipline.service", factory: { _ in SwiftLogNoOpLogHandler() }),
        reconciliation: ReconciliationPolicy = ReconciliationPolicy()
    ) {
        self.client = client
        self.logger = logger
        self.reconciliation = reconciliation
    }

    /// The lines this webhook can see, before an add: for the title warning, the count of cloud lines, and the
    /// CONFIG_IDs that tell the new line apart if the add's answer is lost.
    public func preflight() async throws(SIPLineError) -> Preflight {
        Preflight(lines: try await list())
    }

    /// `voximplant.sip.get`, every page (`start`/`next`).
    public func list() async throws(SIPLineError) -> [ListedLine] {
        let method = "voximplant.sip.get"
        var lines: [ListedLine] = []
        var seen: Set<Int> = []
        var start = 0
        for _ in 0..<Self.maximumPages {
            let params: [String: JSONValue] = start == 0 ? [:] : ["start": .int(Int64(start))]
            let response = try await call(method, params, subject: .lines)
            do {
                // A line that moved between pages while listing would otherwise show twice.
                for line in try CreatedLine.page(response.result) where seen.insert(line.configID).inserted {
                    lines.append(line)
                }
            } catch {
                throw fail(SIPLineError(unreadable: error, method: method), method: method)
            }
            guard let next = response.next, next > start else {
                logger.debug("listed", metadata: ["method": "\(method)", "lines": "\(lines.count)"])
                return lines
            }
            start = next
        }
        throw fail(SIPLineError(kind: .unavailable, phrase: .listNotFinished(pages: Self.maximumPages)), method: method)
    }

    /// `voximplant.sip.status` of a cloud line's registration.
    public func status(regID: Int) async throws(SIPLineError) -> RegistrationStatus {
        let method = "voximplant.sip.status"
        let response = try await call(method, ["REG_ID": .int(Int64(regID))], subject: .registration(regID: regID))
        do {
            return try RegistrationStatus(json: response.result, requestedRegID: regID)
        } catch {
            throw fail(SIPLineError(unreadable: error, method: method), method: method)
        }
    }

    /// `voximplant.sip.update`: the given fields only, checked by the same rules as a draft; at least one field.
    public func update(
        configID: Int, title: String?, server: String?, login: String?, password: String?
    ) async throws(SIPLineError) {
        let method = "voximplant.sip.update"
        let change = LineChange(title: title, server: server, login: login, password: password)
        let params = try change.parameters(configID: configID)
        let response = try await call(method, params, subject: .line(configID: configID))
        try expectTrue(response.result, method: method)
    }

    /// A cloud line registered anew: `voximplant.sip.update` with the changed server or login (nil = kept) and the
    /// password always, because only a PASSWORD in the update makes the portal register again (a TITLE-only
    /// update does not). The registration then starts over from `wait`; follow it with `status(regID:)`.
    public func reRegister(configID: Int, server: String?, login: String?, password: String) async throws(SIPLineError) {
        try await update(configID: configID, title: nil, server: server, login: login, password: password)
    }

    /// `voximplant.sip.delete`.
    public func delete(configID: Int) async throws(SIPLineError) {
        let method = "voximplant.sip.delete"
        let response = try await call(method, ["CONFIG_ID": .int(Int64(configID))], subject: .line(configID: configID))
        try expectTrue(response.result, method: method)
    }

    /// `voximplant.sip.connector.status`: whether lines of this portal can carry calls.
    public func connectorStatus() async throws(SIPLineError) -> ConnectorStatus {
        let method = "voximplant.sip.connector.status"
        let response = try await call(method, [:], subject: .connector)
        do {
            return try ConnectorStatus(json: response.result)
        } catch {
            throw fail(SIPLineError(unreadable: error, method: method), method: method)
        }
    }

    // MARK: - Shared steps

    /// One client call with the error mapped and the outcome logged (method and outcome only: never a parameter).
    func call(
        _ method: String, _ params: [String: JSONValue], subject: CallSubject
    ) async throws(SIPLineError) -> Bitrix24Response {
        do {
            let response = try await client.call(method, params)
            logger.debug("call succeeded", metadata: ["method": "\(method)"])
            return response
        } catch {
            throw fail(SIPLineError(error, subject: subject), method: method)
        }
    }

    func fail(_ error: SIPLineError, method: String) -> SIPLineError {
        logger.debug("call failed", metadata: [
            "method": "\(method)", "kind": "\(error.kind.logName)", "code": "\(error.portalCode ?? "-")",
        ])
        return error
    }

    /// Update and delete answer `1` (or `true`); anything else means the portal did not confirm.
    private func expectTrue(_ result: JSONValue, method: String) throws(SIPLineError) {
        guard result.boolValue == true else {
            throw fail(
                SIPLineError(unreadable: DecodingProblem(what: .changeNotConfirmed), method: method),
                method: method)
        }
    }
}

extension SIPLineError.Kind {
    /// The case name without associated values: portal messages and field issues stay out of logs.
    var logName: String {
        switch self {
        case .invalidDraft: "invalidDraft"
        case .titleExists: "titleExists"
        case .maxCloudLines: "maxCloudLines"
        case .fieldErrors: "fieldErrors"
        case .notFound: "notFound"
        case .authentication: "authentication"
        case .missingScope: "missingScope"
        case .missingRight: "missingRight"
        case .wrongAuthType: "wrongAuthType"
        case .unavailable: "unavailable"
        case .refused(let code): "refused(\(code))"
        }
    }
}
