import BitrixJSON
import SIPLineService

/// Lines and statuses as JSON with Bitrix24's keys, as the portal sends them, secrets masked unless revealed.
enum LineJSON {
    /// Every key the portal returned for the line, as it returned it (empty values too: a script must see the
    /// portal's answer, not a filtered one), secrets masked unless revealed.
    static func line(_ line: CreatedLine, revealSecrets: Bool) -> JSONValue {
        var object: [String: JSONValue] = [:]
        for (key, value) in line.returned {
            let secret = LineField(key: key)?.isSecret ?? LineField.isSecretKey(key)
            object[key] = secret && !revealSecrets && !value.isEmpty ? .string(SecretMask.mask) : JSONValue(value)
        }
        return .object(object)
    }

    static func status(_ status: RegistrationStatus) -> JSONValue {
        var object: [String: JSONValue] = [
            "REG_ID": .int(Int64(status.regID)),
            "STATUS_RESULT": .string(status.result.rawValue),
        ]
        if let code = status.statusCode { object["STATUS_CODE"] = .int(Int64(code)) }
        if let message = status.errorMessage { object["ERROR_MESSAGE"] = .string(message) }
        if let updated = status.lastUpdated { object["LAST_UPDATED"] = .string(updated) }
        return .object(object)
    }

    static func error(code: String, description: String) -> JSONValue {
        ["error": .string(code), "error_description": .string(description)]
    }
}

extension JSONValue {
    /// A returned value back in JSON, as the portal sent it.
    init(_ value: LineValue) {
        switch value {
        case .text(let text): self = .string(text)
        case .integer(let number): self = .int(number)
        case .number(let number): self = .double(number)
        case .flag(let flag): self = .bool(flag)
        case .null: self = .null
        case .structured(let json): self = (try? JSONValue.parse(Array(json.utf8))) ?? .string(json)
        }
    }
}
