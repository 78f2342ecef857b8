import Bitrix24REST
import SIPLineService

/// Timeouts a person may set for a slow or far network, in seconds (decimals allowed):
/// `SIPLINE_CONNECT_TIMEOUT` (default 10), `SIPLINE_REQUEST_TIMEOUT` (a whole call, default 75) and
/// `SIPLINE_CHECK_TIMEOUT` (how long sipline may spend finding out whether an add whose answer was lost created the
/// line, default 30). `Sipline.main` refuses a malformed value (exit 78) before anything else runs.
struct NetworkTimeouts {
    static let connectVariable = "SIPLINE_CONNECT_TIMEOUT"
    static let requestVariable = "SIPLINE_REQUEST_TIMEOUT"
    static let checkVariable = "SIPLINE_CHECK_TIMEOUT"

    var connect: Duration?
    var request: Duration?
    var check: Duration?

    /// The values set in `environment`; a malformed one is left at its default (`problem` names it).
    init(environment: [String: String]) {
        connect = Self.seconds(environment[Self.connectVariable])
        request = Self.seconds(environment[Self.requestVariable])
        check = Self.seconds(environment[Self.checkVariable])
    }

    /// The first malformed variable and its value, or nil.
    static func problem(in environment: [String: String]) -> (variable: String, value: String)? {
        for name in [connectVariable, requestVariable, checkVariable] {
            guard let text = environment[name], !text.isEmpty else { continue }
            if seconds(text) == nil { return (name, text) }
        }
        return nil
    }

    func apply(to configuration: inout ClientConfiguration) {
        if let connect { configuration.connectTimeout = connect }
        if let request { configuration.requestTimeout = request }
    }

    var reconciliation: ReconciliationPolicy {
        var policy = ReconciliationPolicy()
        if let check { policy.deadline = check }
        return policy
    }

    private static func seconds(_ text: String?) -> Duration? {
        guard let text, let value = Double(text), value >= 0.1, value <= 3600 else { return nil }
        return .milliseconds(Int64((value * 1000).rounded()))
    }
}
