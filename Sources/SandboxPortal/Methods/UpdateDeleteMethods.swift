import Platform
import BitrixJSON

extension PortalBook {
    /// `voximplant.sip.update`: CONFIG_ID plus at least one of TITLE, SERVER, LOGIN, PASSWORD, with add's rules.
    /// A cloud line registers again from the start when PASSWORD is sent (even unchanged), and only then: a
    /// TITLE-only update does not re-register, as on a real portal.
    mutating func update(_ parameters: CallParameters, now: Date) -> MethodOutcome {
        guard let configID = parameters["CONFIG_ID"]?.intValue, let index = lines.firstIndex(where: { $0.configID == configID })
        else {
            return .failure(PortalError(code: "ERROR_NOT_FOUND", description: "Specified CONFIG_ID is not found", status: 404))
        }
        let cleaned = FieldRules.clean(parameters, required: [])
        if !cleaned.problems.isEmpty { return .failure(.checkFields(cleaned.problems)) }
        if cleaned.title == nil, cleaned.server == nil, cleaned.login == nil, cleaned.password == nil {
            return .failure(.checkFields(["Nothing to update: give TITLE, SERVER, LOGIN or PASSWORD"]))
        }
        if let title = cleaned.title, let clash = titleClash(title, except: configID) { return .failure(clash) }

        var line = lines[index]
        if let title = cleaned.title { line.title = title }
        if let server = cleaned.server { line.server = server }
        if let login = cleaned.login { line.login = login }
        if let password = cleaned.password { line.password = password }
        if line.registration != nil, cleaned.password != nil {
            line.registration?.statusCalls = 0
            line.registration?.lastUpdated = now
        }
        lines[index] = line
        return .success(1)
    }

    /// `voximplant.sip.delete`: unknown ids answer ERROR_NOT_FOUND with 400 (not 404, unlike update).
    mutating func delete(_ parameters: CallParameters) -> MethodOutcome {
        guard let configID = parameters["CONFIG_ID"]?.intValue, let index = lines.firstIndex(where: { $0.configID == configID })
        else {
            return .failure(PortalError(code: "ERROR_NOT_FOUND", description: "Specified CONFIG_ID is not found", status: 400))
        }
        forgetAsDefault(lines.remove(at: index))
        return .success(1)
    }

    /// `voximplant.sip.status`: every call moves the registration one poll further (wait → in_progress → final).
    mutating func status(_ parameters: CallParameters, rules: PortalRules, now: Date) -> MethodOutcome {
        guard let regID = parameters["REG_ID"]?.intValue,
            let index = lines.firstIndex(where: { $0.registration?.regID == regID }),
            var registration = lines[index].registration
        else {
            return .failure(PortalError(code: "REG_ID_NOT_FOUND", description: "Specified REG_ID is not found", status: 400))
        }
        let line = lines[index]
        let before = registration.report(steps: rules.registrationSteps, server: line.server, password: line.password)
        registration.statusCalls += 1
        let report = registration.report(steps: rules.registrationSteps, server: line.server, password: line.password)
        if report != before || registration.statusCalls == 1 { registration.lastUpdated = now }
        lines[index].registration = registration
        return .success([
            "REG_ID": .int(Int64(regID)),
            "LAST_UPDATED": .string(PortalDateFormatter.dateTime(registration.lastUpdated)),
            "ERROR_MESSAGE": .string(report.errorMessage),
            "STATUS_CODE": .int(Int64(report.statusCode)),
            "STATUS_RESULT": .string(report.stage.rawValue),
        ])
    }
}

extension ConnectorState {
    /// `voximplant.sip.connector.status`.
    func result(startedAt: Date) -> JSONValue {
        var object: [String: JSONValue] = ["FREE_MINUTES": .int(Int64(freeMinutes)), "PAID": .bool(paid)]
        if paid {
            let end = paidUntil ?? startedAt.addingTimeInterval(30 * 24 * 3600)
            object["PAID_DATE_END"] = .string(PortalDateFormatter.iso8601(end))
        }
        return .object(object)
    }
}
