import Platform

/// One SIP line as the portal keeps it (and as the state file stores it).
struct StoredLine: Codable, Sendable, Equatable {
    var id: Int
    var configID: Int
    var type: LineType
    var title: String
    var server: String
    var login: String
    var password: String
    /// Cloud lines only: the registration Bitrix24 makes at the provider.
    var registration: Registration?
    /// Office lines only: what the customer's PBX uses to reach Bitrix24.
    var incoming: IncomingCredentials?
}

enum LineType: String, Codable, Sendable {
    case cloud, office
}

struct IncomingCredentials: Codable, Sendable, Equatable {
    var server: String
    var login: String
    var password: String
}

/// A cloud line's registration. It advances only when someone asks (`voximplant.sip.status`), so a test decides
/// how many polls it takes to see each stage.
struct Registration: Codable, Sendable, Equatable {
    var regID: Int
    var statusCalls: Int
    var lastUpdated: Date

    enum Stage: String {
        case wait, inProgress = "in_progress", success, error
    }

    struct Report: Equatable {
        var stage: Stage
        var statusCode: Int
        var errorMessage: String
    }

    /// The stage after `statusCalls` polls; the final one depends on what a real registration would meet. Failures
    /// a person can provoke on purpose (the wizard's help names them): a server under `.invalid` → 502 "Unable to
    /// resolve hostname", under `.timeout` → 408, an empty password or one beginning with `wrong` → 401.
    func report(steps: RegistrationSteps, server: String, password: String) -> Report {
        if statusCalls <= steps.wait { return Report(stage: .wait, statusCode: 0, errorMessage: "") }
        if statusCalls <= steps.wait + steps.inProgress {
            return Report(stage: .inProgress, statusCode: 0, errorMessage: "")
        }
        let host = Self.host(of: server)
        if Self.isUnder(host, "invalid") {
            return Report(stage: .error, statusCode: 502, errorMessage: "Unable to resolve hostname")
        }
        if Self.isUnder(host, "timeout") {
            return Report(stage: .error, statusCode: 408, errorMessage: "Request Timeout")
        }
        if password.isEmpty || password.lowercased().hasPrefix("wrong") {
            return Report(stage: .error, statusCode: 401, errorMessage: "Unauthorized")
        }
        return Report(stage: .success, statusCode: 200, errorMessage: "")
    }

    /// `host` is `domain` or a name under it.
    static func isUnder(_ host: String, _ domain: String) -> Bool {
        host == domain || host.hasSuffix("." + domain)
    }

    /// The host part of SERVER: without `:port`, without IPv6 brackets, lower case, no trailing dot.
    static func host(of server: String) -> String {
        var host = Substring(server.lowercased())
        if host.hasPrefix("[") {
            host = host.dropFirst().prefix { $0 != "]" }
        } else if host.filter({ $0 == ":" }).count == 1, let colon = host.firstIndex(of: ":") {
            host = host[..<colon]
        }
        while host.hasSuffix(".") { host = host.dropLast() }
        return String(host)
    }
}
