import AsyncHTTPClient
import Logging
import NIOConcurrencyHelpers
import NIOCore
import Words

/// The real transport over async-http-client. It owns its `HTTPClient`s (one per proxy route, since AHC sets the
/// proxy per client), never follows redirects, and maps every failure to a `TransportFailure` that says whether the
/// request may have been sent.
public final class AsyncHTTPTransport: HTTPTransport {
    private let configuration: ClientConfiguration
    private let clients = NIOLockedValueBox<[ProxySettings.Server?: HTTPClient]>([:])
    private let shutDown = NIOLockedValueBox(false)

    public init(configuration: ClientConfiguration) {
        self.configuration = configuration
    }

    public func send(_ request: HTTPExchangeRequest) async throws(TransportFailure) -> HTTPExchangeReply {
        let address: PortalAddress
        do { address = try PortalAddress.parse(request.url) } catch {
            throw TransportFailure(kind: .other, target: "?", reason: .notAnHTTPAddress)
        }
        let target = "\(address.host):\(address.effectivePort)"
        let route: ProxySettings.Server?
        switch configuration.proxy.decision(scheme: address.scheme, host: address.bareHost, port: address.effectivePort) {
        case .direct: route = nil
        case .proxy(let server): route = server
        case .unusable(let variable):
            throw TransportFailure(kind: .proxy, target: target, reason: .notAProxyAddress(variable: variable))
        }
        guard let client = client(for: route) else {
            throw TransportFailure(kind: .cancelled(sent: false), target: target, reason: .clientShutDown)
        }

        var outgoing = HTTPClientRequest(url: request.url)
        outgoing.method = request.method == .post ? .POST : .GET
        for header in request.headers { outgoing.headers.add(name: header.name, value: header.value) }
        if request.method == .post { outgoing.body = .bytes(ByteBuffer(bytes: request.body)) }

        do {
            let deadline = NIODeadline.now() + Self.timeAmount(configuration.requestTimeout)
            let response = try await client.execute(outgoing, deadline: deadline)
            let body = try await response.body.collect(upTo: configuration.maximumAnswerBytes)
            return HTTPExchangeReply(
                status: Int(response.status.code),
                headers: response.headers.map { HTTPHeader($0.name, $0.value) },
                body: Array(body.readableBytesView))
        } catch {
            throw TransportErrorMapper.map(error, target: target)
        }
    }

    deinit {
        // Dropped without shutdown(): start the shutdown anyway (it keeps each client alive until done), so a
        // forgotten call neither leaks connections nor trips AHC's debug check in HTTPClient.deinit.
        let owned = clients.withLockedValue { Array($0.values) }
        for client in owned { client.shutdown { _ in } }
    }

    public func shutdown() async {
        let owned = clients.withLockedValue { clients in
            defer { clients.removeAll() }
            return Array(clients.values)
        }
        shutDown.withLockedValue { $0 = true }
        for client in owned { try? await client.shutdown() }
    }

    private func client(for route: ProxySettings.Server?) -> HTTPClient? {
        guard !shutDown.withLockedValue({ $0 }) else { return nil }
        return clients.withLockedValue { clients in
            if let existing = clients[route] { return existing }
            let created = HTTPClient(eventLoopGroupProvider: .singleton, configuration: makeConfiguration(route))
            clients[route] = created
            return created
        }
    }

    private func makeConfiguration(_ route: ProxySettings.Server?) -> HTTPClient.Configuration {
        var proxy: HTTPClient.Configuration.Proxy?
        if let route {
            switch route.kind {
            case .http:
                let authorization = route.username.map {
                    HTTPClient.Authorization.basic(username: $0, password: route.password ?? "")
                }
                proxy = .server(host: route.host, port: route.port, authorization: authorization)
            case .socks5:
                proxy = .socksServer(host: route.host, port: route.port)
            }
        }
        var config = HTTPClient.Configuration(
            redirectConfiguration: .disallow,
            timeout: .init(connect: Self.timeAmount(configuration.connectTimeout),
                           read: Self.timeAmount(configuration.requestTimeout)),
            proxy: proxy,
            decompression: .disabled)
        config.connectionPool.retryConnectionEstablishment = configuration.retryConnectionEstablishment
        return config
    }

    static func timeAmount(_ duration: Duration) -> TimeAmount {
        let (seconds, attoseconds) = duration.components
        return .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }
}
