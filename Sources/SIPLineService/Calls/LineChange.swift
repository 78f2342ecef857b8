import BitrixJSON
import Words

/// The fields of a `voximplant.sip.update`: only the given ones are checked (by the draft's rules) and sent.
struct LineChange: Sendable, Hashable {
    var title: String?
    var server: String?
    var login: String?
    var password: String?

    /// The call's parameters with normalized values, or `.invalidDraft` when a field breaks a rule or none is given.
    func parameters(configID: Int) throws(SIPLineError) -> [String: JSONValue] {
        let given: [(DraftField, String?)] = [(.title, title), (.server, server), (.login, login), (.password, password)]
        guard given.contains(where: { $0.1 != nil }) else {
            throw SIPLineError(kind: .invalidDraft([]), phrase: .nothingToChange)
        }
        let draft = LineDraft(title: title ?? "", server: server ?? "", login: login ?? "", password: password ?? "")
        let issues = given.filter { $0.1 != nil }.flatMap { DraftValidator.validate($0.0, of: draft) }
        if issues.blocksSending { throw SIPLineError.invalidDraft(issues) }

        let normalized = DraftValidator.normalized(draft)
        var params: [String: JSONValue] = ["CONFIG_ID": .int(Int64(configID))]
        if title != nil { params["TITLE"] = .string(normalized.title) }
        if server != nil { params["SERVER"] = .string(normalized.server) }
        if login != nil { params["LOGIN"] = .string(normalized.login) }
        if password != nil { params["PASSWORD"] = .string(normalized.password) }
        return params
    }
}

extension LineDraft {
    /// The parameters of `voximplant.sip.add` for a draft already normalized, keys in upper case.
    var addParameters: [String: JSONValue] {
        [
            "TYPE": .string(type.rawValue), "TITLE": .string(title), "SERVER": .string(server),
            "LOGIN": .string(login), "PASSWORD": .string(password),
        ]
    }
}
