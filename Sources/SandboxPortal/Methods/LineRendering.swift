import BitrixJSON

/// How lines look on the wire: `add` answers numbers, `get` answers the same fields minus ID with numbers as strings.
extension StoredLine {
    func addResult(registrationReport: Registration.Report?) -> JSONValue {
        var object = commonFields(registrationReport: registrationReport)
        object["ID"] = .int(Int64(id))
        object["CONFIG_ID"] = .int(Int64(configID))
        object["REGISTRATION_STATUS_CODE"] = .int(Int64(registrationReport?.statusCode ?? 0))
        if let registration { object["REG_ID"] = .int(Int64(registration.regID)) }
        return .object(object)
    }

    func getItem(registrationReport: Registration.Report?) -> JSONValue {
        var object = commonFields(registrationReport: registrationReport)
        object["CONFIG_ID"] = .string(String(configID))
        object["REGISTRATION_STATUS_CODE"] = .string(String(registrationReport?.statusCode ?? 0))
        if let registration { object["REG_ID"] = .string(String(registration.regID)) }
        return .object(object)
    }

    private func commonFields(registrationReport: Registration.Report?) -> [String: JSONValue] {
        var object: [String: JSONValue] = [
            "TYPE": .string(type.rawValue),
            "TITLE": .string(title),
            "SERVER": .string(server),
            "LOGIN": .string(login),
            "PASSWORD": .string(password),
            "AUTH_USER": "",
            "OUTBOUND_PROXY": "",
            "DETECT_LINE_NUMBER": "N",
            "LINE_DETECT_HEADER_ORDER": "",
            "REGISTRATION_ERROR_MESSAGE": .string(registrationReport?.errorMessage ?? ""),
        ]
        if let incoming {
            object["INCOMING_SERVER"] = .string(incoming.server)
            object["INCOMING_LOGIN"] = .string(incoming.login)
            object["INCOMING_PASSWORD"] = .string(incoming.password)
        }
        return object
    }
}
