/// One HTTP exchange, below all retry/refresh/redirect logic (which lives in `Bitrix24Client`).
/// The real one is `AsyncHTTPTransport`; tests of the client's logic script answers with their own.
public protocol HTTPTransport: Sendable {
    /// Sends once and returns whatever HTTP answer came back (redirects are NOT followed).
    func send(_ request: HTTPExchangeRequest) async throws(TransportFailure) -> HTTPExchangeReply
    func shutdown() async
}

public struct HTTPExchangeRequest: Sendable, Hashable {
    public enum Method: String, Sendable, Hashable { case get = "GET", post = "POST" }

    public var method: Method
    /// Absolute URL; may contain secrets (webhook code, refresh query), so it is never logged unredacted.
    public var url: String
    public var headers: [HTTPHeader]
    public var body: [UInt8]

    public init(method: Method, url: String, headers: [HTTPHeader] = [], body: [UInt8] = []) {
        (self.method, self.url, self.headers, self.body) = (method, url, headers, body)
    }
}

public struct HTTPHeader: Sendable, Hashable {
    public var name: String
    public var value: String

    public init(_ name: String, _ value: String) { (self.name, self.value) = (name, value) }
}

public struct HTTPExchangeReply: Sendable, Hashable {
    public var status: Int
    public var headers: [HTTPHeader]
    public var body: [UInt8]

    public init(status: Int, headers: [HTTPHeader] = [], body: [UInt8] = []) {
        (self.status, self.headers, self.body) = (status, headers, body)
    }

    /// First header of that name, compared case-insensitively.
    public func header(_ name: String) -> String? {
        let lowered = name.lowercased()
        return headers.first { $0.name.lowercased() == lowered }?.value
    }
}
