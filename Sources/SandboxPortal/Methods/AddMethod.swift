import Platform
import BitrixJSON

extension PortalBook {
    /// `voximplant.sip.add`: field rules, then the cloud-line limit, then TITLE uniqueness over all lines.
    mutating func add(_ parameters: CallParameters, rules: PortalRules, now: Date) -> MethodOutcome {
        var problems: [String] = []
        var type = LineType.cloud
        if let rawType = parameters.text("TYPE"), !rawType.isEmpty {
            if let known = LineType(rawValue: rawType.lowercased()) {
                type = known
            } else {
                problems.append("Field TYPE must be cloud or office")
            }
        } else if parameters.contains("TYPE"), parameters.text("TYPE") == nil {
            problems.append("Field TYPE must be cloud or office")
        }
        let cleaned = FieldRules.clean(parameters, required: ["SERVER", "LOGIN"])
        problems += cleaned.problems
        if !problems.isEmpty { return .failure(.checkFields(problems)) }

        let title = cleaned.title ?? ""
        if type == .cloud, lines.filter({ $0.type == .cloud }).count >= rules.maxCloudLines {
            return .failure(
                PortalError(
                    code: "MAX_CLOUD_PBX",
                    description: "The maximum number of cloud PBX connections (\(rules.maxCloudLines)) has been reached",
                    status: 400))
        }
        if let clash = titleClash(title, except: nil) { return .failure(clash) }

        var line = StoredLine(
            id: nextID, configID: nextConfigID, type: type, title: title,
            server: cleaned.server ?? "", login: cleaned.login ?? "", password: cleaned.password ?? "")
        nextID += 1
        nextConfigID += 1
        switch type {
        case .cloud:
            line.registration = Registration(regID: nextRegID, statusCalls: 0, lastUpdated: now)
            nextRegID += 1
        case .office:
            line.incoming = IncomingCredentials(
                server: rules.incomingServer, login: "sip\(nextIncomingLogin)", password: randomHex(count: 12))
            nextIncomingLogin += 1
        }
        lines.append(line)
        adoptAsDefaultIfBase(line)
        return .success(line.addResult(registrationReport: nil))
    }

    /// TITLE is unique among all the portal's lines, compared case-insensitively; empty titles never clash.
    func titleClash(_ title: String, except configID: Int?) -> PortalError? {
        guard !title.isEmpty else { return nil }
        let lowered = title.lowercased()
        guard lines.contains(where: { $0.configID != configID && $0.title.lowercased() == lowered }) else { return nil }
        return PortalError(code: "TITLE_EXISTS", description: "A connection with this name already exists", status: 400)
    }
}
