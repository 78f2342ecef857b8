import BitrixJSON
import Words

extension CreatedLine {
    /// Reads an add result or a `voximplant.sip.get` item leniently: numbers as numbers or strings, `""`/`null` as
    /// absent, keys in any case. Only a missing CONFIG_ID makes it unreadable: without it the line cannot be named.
    init(json: JSONValue) throws(DecodingProblem) {
        guard let object = json.objectValue else { throw DecodingProblem(what: .lineNotObject) }
        guard let configID = json["CONFIG_ID"]?.number else { throw DecodingProblem(what: .lineWithoutConfigID) }

        let returned = object.mapValues(LineValue.init(json:))

        let incomingServer = json["INCOMING_SERVER"]?.text
        let incomingLogin = json["INCOMING_LOGIN"]?.text
        let incomingPassword = json["INCOMING_PASSWORD"]?.text
        let rawType = json["TYPE"]?.text
        let type: PBXType
        if let rawType, let known = PBXType(rawValue: rawType.lowercased()) {
            type = known
        } else {
            // No (or an unknown) TYPE: only office lines carry the INCOMING_* credentials.
            let hasIncoming = incomingServer != nil || incomingLogin != nil || incomingPassword != nil
            type = hasIncoming ? .office : .cloud
        }

        self.init(
            id: json["ID"]?.number, configID: configID, type: type, title: json["TITLE"]?.text ?? "",
            server: json["SERVER"]?.text ?? "", login: json["LOGIN"]?.text ?? "", password: json["PASSWORD"]?.text,
            authUser: json["AUTH_USER"]?.text, outboundProxy: json["OUTBOUND_PROXY"]?.text,
            detectLineNumber: json["DETECT_LINE_NUMBER"].flatMap { $0.isEmptyValue ? nil : $0.boolValue },
            lineDetectHeaderOrder: json["LINE_DETECT_HEADER_ORDER"]?.text,
            registrationStatusCode: json["REGISTRATION_STATUS_CODE"]?.number,
            registrationErrorMessage: json["REGISTRATION_ERROR_MESSAGE"]?.text,
            regID: json["REG_ID"]?.number, incomingServer: incomingServer, incomingLogin: incomingLogin,
            incomingPassword: incomingPassword, returned: returned)
    }

    /// The lines of one `voximplant.sip.get` page. A page that is `null`, `""` or `{}` is empty (portals answer an
    /// empty list in all these ways); an object keyed by index is read as a list.
    static func page(_ json: JSONValue) throws(DecodingProblem) -> [CreatedLine] {
        if json.isEmptyValue { return [] }
        if let list = json.arrayValue {
            var lines: [CreatedLine] = []
            for item in list { lines.append(try CreatedLine(json: item)) }
            return lines
        }
        if let object = json.objectValue {
            if object.isEmpty { return [] }
            var lines: [CreatedLine] = []
            for key in object.keys.sorted(by: { (Int($0) ?? .max, $0) < (Int($1) ?? .max, $1) }) {
                lines.append(try CreatedLine(json: object[key]!))
            }
            return lines
        }
        throw DecodingProblem(what: .linesNeitherListNorEmpty)
    }
}

extension LineValue {
    init(json: JSONValue) {
        switch json {
        case .null: self = .null
        case .bool(let flag): self = .flag(flag)
        case .int(let number): self = .integer(number)
        case .double(let number): self = .number(number)
        case .string(let text): self = .text(text)
        case .array, .object: self = .structured(json.serialized())
        }
    }
}
