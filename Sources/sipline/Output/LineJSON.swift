import BitrixJSON
import SIPLineService

/// Lines and statuses as JSON with Bitrix24's keys, as the portal sends them, secrets masked unless revealed.
enum LineJSON {
    static func line(_ line: CreatedLine, revealSecrets: Bool) -> JSONValue {
        var object: [String: JSONValue] = [:]
        for (key, value) in line.extra { object[key] = value }
        if let id = line.id { object["ID"] = .int(Int64(id)) }
        object["CONFIG_ID"] = .int(Int64(line.configID))
        object["TYPE"] = .string(line.type.rawValue)
        object["TITLE"] = .string(line.title)
        object["SERVER"] = .string(line.server)
        object["LOGIN"] = .string(line.login)
        func set(_ key: String, _ value: String?) { if let value { object[key] = .string(value) } }
        func setInt(_ key: String, _ value: Int?) { if let value { object[key] = .int(Int64(value)) } }
        if let password = line.password { object["PASSWORD"] = .string(SecretMask.show(password, reveal: revealSecrets)) }
        set("AUTH_USER", line.authUser)
        set("OUTBOUND_PROXY", line.outboundProxy)
        if let detect = line.detectLineNumber { object["DETECT_LINE_NUMBER"] = .string(detect ? "Y" : "N") }
        set("LINE_DETECT_HEADER_ORDER", line.lineDetectHeaderOrder)
        setInt("REGISTRATION_STATUS_CODE", line.registrationStatusCode)
        set("REGISTRATION_ERROR_MESSAGE", line.registrationErrorMessage)
        setInt("REG_ID", line.regID)
        set("INCOMING_SERVER", line.incomingServer)
        set("INCOMING_LOGIN", line.incomingLogin)
        if let incoming = line.incomingPassword {
            object["INCOMING_PASSWORD"] = .string(SecretMask.show(incoming, reveal: revealSecrets))
        }
        // Unknown keys the portal may add later that hold a secret are masked as well.
        for key in SecretMask.secretKeys where !revealSecrets {
            if case .string(let text)? = object[key], !text.isEmpty { object[key] = .string(SecretMask.mask) }
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
