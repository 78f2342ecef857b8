import Platform
import BitrixJSON

/// One call the sandbox received, for test assertions. Holds secrets as sent: it never leaves the test process.
public struct SandboxRequestRecord: Sendable, Equatable {
    /// Lower-case method name without `.json` (`voximplant.sip.add`), or `oauth/token` for the token endpoint.
    public var method: String
    /// Query and body parameters merged, keys as sent.
    public var parameters: JSONValue
    public var httpMethod: String
    public var contentType: String?
    public var time: Date
    /// The HTTP status answered (200 for a dropped connection: the head said so).
    public var status: Int
    /// The `error` code answered, if any.
    public var error: String?
}
