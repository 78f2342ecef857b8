import BitrixJSON

/// The default outgoing line and the portal's list of lines, as the voximplant module answers them:
/// `.outgoing.get` a string (`LINK_BASE_NUMBER`, `reg<REG_ID>`, `sip<CONFIG_ID>`, a number, `REST_APP:<id>`);
/// `.outgoing.set` 1 for any LINE_ID, taking only ids the portal has; `.outgoing.sip.set` ERROR_ARGUMENT for an
/// unknown CONFIG_ID; `line.get` `{LINE_ID: name}`.
extension PortalBook {
    static let baseNumber = "LINK_BASE_NUMBER"

    var outgoingLineID: String { defaultOutgoingLine ?? Self.baseNumber }

    func outgoingLine() -> MethodOutcome {
        .success(.string(outgoingLineID))
    }

    /// `voximplant.line.outgoing.set`: answers 1 whatever LINE_ID is; only a line the portal has becomes the default.
    mutating func setOutgoingLine(_ parameters: CallParameters) -> MethodOutcome {
        if let lineID = parameters.text("LINE_ID"), lineID == Self.baseNumber || lines.contains(where: { $0.lineID == lineID }) {
            defaultOutgoingLine = lineID
        }
        return .success(1)
    }

    /// `voximplant.line.outgoing.sip.set`: CONFIG_ID of a SIP line.
    mutating func setOutgoingSIPLine(_ parameters: CallParameters) -> MethodOutcome {
        guard let configID = parameters["CONFIG_ID"]?.intValue, let line = line(configID: configID) else {
            return .failure(PortalError(code: "ERROR_ARGUMENT", description: "Invalid CONFIG_ID", status: 400))
        }
        defaultOutgoingLine = line.lineID
        return .success(1)
    }

    /// `voximplant.line.get`: every line the portal has, whoever made it.
    func lineNames() -> MethodOutcome {
        guard !lines.isEmpty else { return .success(.array([])) }  // PHP's empty array
        return .success(.object(Dictionary(uniqueKeysWithValues: lines.map { ($0.lineID, .string($0.title)) })))
    }

    /// A new line becomes the default only while the default is still the base number (as on a real portal).
    mutating func adoptAsDefaultIfBase(_ line: StoredLine) {
        if outgoingLineID == Self.baseNumber { defaultOutgoingLine = line.lineID }
    }

    /// A deleted default gives way to the base number.
    mutating func forgetAsDefault(_ line: StoredLine) {
        if defaultOutgoingLine == line.lineID { defaultOutgoingLine = nil }
    }
}

extension StoredLine {
    /// The line's id among the portal's outgoing lines.
    var lineID: String {
        if let registration { return "reg\(registration.regID)" }
        return "sip\(configID)"
    }
}
