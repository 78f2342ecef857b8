import Foundation
import Testing
import BitrixJSON
import NIOConcurrencyHelpers
@testable import Bitrix24REST
import TestSupport

/// The client's retry, refresh and redirect rules, run against scripted answers with an instant clock.
@Suite struct ClientLogicTests {
    static let webhook = try! Webhook.parse("https://b24-4711.bitrix24.com/rest/1/zz9secretcode77/")
    static let ok = ScriptedTransport.json(200, #"{"result":{"CONFIG_ID":"42"},"time":{"start":1}}"#)
    static let rateLimited = ScriptedTransport.json(503, #"{"error":"QUERY_LIMIT_EXCEEDED","error_description":"Too many requests"}"#)

    func client(_ transport: ScriptedTransport, credentials: PortalCredentials = .webhook(webhook),
                clock: RecordingClock = RecordingClock(), retry: RetryPolicy = RetryPolicy(),
                tokenStore: (@Sendable (OAuthCredentials) async -> Void)? = nil) -> Bitrix24Client {
        Bitrix24Client(credentials: credentials, configuration: ClientConfiguration(retry: retry, proxy: .none),
                       clock: clock, tokenStore: tokenStore, transport: transport)
    }

    @Test func webhookRequestShape() async throws {
        let transport = ScriptedTransport([Self.ok])
        let response = try await client(transport).call("voximplant.sip.add", ["TITLE": "Офис", "PASSWORD": "Pa55-w0rd!XYZ"])
        #expect(response.result["CONFIG_ID"]?.intValue == 42)
        let request = try #require(transport.requests.first)
        #expect(request.method == .post)
        #expect(request.url == "https://b24-4711.bitrix24.com/rest/1/zz9secretcode77/voximplant.sip.add")
        #expect(request.headers.contains(HTTPHeader("Content-Type", "application/json")))
        #expect(request.headers.contains(HTTPHeader("Accept", "application/json")))
        #expect(request.headers.contains { $0.name == "User-Agent" && $0.value.hasPrefix("sipline/") })
        #expect(try JSONValue.parse(request.body) == ["TITLE": "Офис", "PASSWORD": "Pa55-w0rd!XYZ"])
    }

    @Test func rateLimitIsRetriedWithGrowingDelays() async throws {
        let transport = ScriptedTransport([Self.rateLimited, Self.rateLimited, Self.rateLimited, Self.ok])
        let clock = RecordingClock()
        _ = try await client(transport, clock: clock).call("voximplant.sip.get")
        #expect(transport.requests.count == 4)
        #expect(clock.sleeps == [.milliseconds(500), .seconds(1), .seconds(2)])
    }

    @Test func rateLimitGivesUpAfterTheRetries() async {
        let transport = ScriptedTransport(Array(repeating: Self.rateLimited, count: 10))
        let clock = RecordingClock()
        await #expect {
            _ = try await client(transport, clock: clock, retry: RetryPolicy(rateLimitRetries: 3)).call("voximplant.sip.get")
        } throws: { error in
            guard case .rateLimited(let attempts, let message) = error as? Bitrix24Error else { return false }
            return attempts == 4 && message.code == "QUERY_LIMIT_EXCEEDED"
        }
        #expect(transport.requests.count == 4)
        #expect(clock.sleeps == [.milliseconds(500), .seconds(1), .seconds(2)])
    }

    @Test func operatingLimitWaitsUntilReset() async throws {
        let clock = RecordingClock(now: Date(timeIntervalSince1970: 1000))
        let limited = ScriptedTransport.json(429, #"{"error":"OPERATION_TIME_LIMIT","error_description":"x","time":{"operating_reset_at":1020}}"#)
        let transport = ScriptedTransport([limited, Self.ok])
        _ = try await client(transport, clock: clock).call("voximplant.sip.get")
        #expect(clock.sleeps == [.milliseconds(20_500)])
        #expect(transport.requests.count == 2)
    }

    @Test func operatingLimitTooFarFailsAtOnce() async {
        let clock = RecordingClock(now: Date(timeIntervalSince1970: 1000))
        let limited = ScriptedTransport.json(429, #"{"error":"OPERATION_TIME_LIMIT","error_description":"x","time":{"operating_reset_at":"1600"}}"#)
        let transport = ScriptedTransport([limited, Self.ok])
        await #expect(throws: Bitrix24Error.operatingLimit(
            resetAt: Date(timeIntervalSince1970: 1600),
            PortalMessage(code: "OPERATION_TIME_LIMIT", text: "x", status: 429))) {
            _ = try await client(transport, clock: clock).call("voximplant.sip.get")
        }
        #expect(clock.sleeps.isEmpty)
        #expect(transport.requests.count == 1)
    }

    @Test(arguments: [
        ScriptedTransport.json(503, #"{"error":"OVERLOAD_LIMIT","error_description":"blocked"}"#),
        ScriptedTransport.json(500, #"{"error":"INTERNAL_SERVER_ERROR","error_description":"boom"}"#),
        ScriptedTransport.json(502, "<html>bad gateway</html>"),
        ScriptedTransport.json(200, #"{"result":{"CONFIG_ID":"#),
        ScriptedTransport.Step.fail(TransportFailure(kind: .timeoutAfterSend, target: "h:443")),
        ScriptedTransport.Step.fail(TransportFailure(kind: .connectionLost, target: "h:443")),
        ScriptedTransport.Step.fail(TransportFailure(kind: .refused, target: "h:443")),
    ])
    func nothingElseIsRetried(_ step: ScriptedTransport.Step) async {
        let transport = ScriptedTransport([step, Self.ok])
        let clock = RecordingClock()
        await #expect(throws: Bitrix24Error.self) {
            _ = try await client(transport, clock: clock).call("voximplant.sip.add", ["TITLE": "t"])
        }
        #expect(transport.requests.count == 1)
        #expect(clock.sleeps.isEmpty)
    }

    // MARK: OAuth

    static let oauth = OAuthCredentials(
        accessToken: "old-access", refreshToken: "old-refresh", clientID: "local.app", clientSecret: "app-secret",
        clientEndpoint: "https://portal.example.ru/rest/", serverEndpoint: "https://oauth.bitrix.info/")
    static let expired = ScriptedTransport.json(401, #"{"error":"expired_token","error_description":"The access token provided has expired."}"#)
    static let refreshed = ScriptedTransport.json(200, #"{"access_token":"new-access","refresh_token":"new-refresh","expires_in":3600,"client_endpoint":"https://portal.example.ru/rest/","server_endpoint":"https://oauth.bitrix.info/"}"#)

    @Test func expiredTokenIsRefreshedOnceAndStored() async throws {
        let transport = ScriptedTransport([Self.expired, Self.refreshed, Self.ok])
        let stored = NIOLockedValueBox<[OAuthCredentials]>([])
        let client = client(transport, credentials: .oauth(Self.oauth), tokenStore: { renewed in stored.withLockedValue { $0.append(renewed) } })
        _ = try await client.call("voximplant.sip.get", ["start": 0])
        let requests = transport.requests
        #expect(requests.count == 3)
        #expect(requests[0].url == "https://portal.example.ru/rest/voximplant.sip.get")
        #expect(try JSONValue.parse(requests[0].body)["auth"] == "old-access")
        #expect(requests[1].method == .get)
        #expect(requests[1].url == "https://oauth.bitrix.info/oauth/token/?grant_type=refresh_token&client_id=local.app&client_secret=app-secret&refresh_token=old-refresh")
        #expect(try JSONValue.parse(requests[2].body)["auth"] == "new-access")
        #expect(stored.withLockedValue { $0.map(\.accessToken) } == ["new-access"])
        #expect(stored.withLockedValue { $0.map(\.refreshToken) } == ["new-refresh"])
        guard case .oauth(let current) = await client.currentCredentials else { Issue.record("not oauth"); return }
        #expect(current.accessToken == "new-access")
    }

    @Test func insecureOAuthEndpointIsRefusedBeforeSending() async {
        var oauth = Self.oauth
        oauth.clientEndpoint = "http://portal.example.ru/rest/"
        let transport = ScriptedTransport([Self.ok])
        await #expect(throws: Bitrix24Error.invalidCredentials(
            CredentialsError(field: .oauthClientEndpoint, problem: .insecureHTTP(host: "portal.example.ru")))) {
            _ = try await client(transport, credentials: .oauth(oauth)).call("voximplant.sip.get")
        }
        #expect(transport.requests.isEmpty)
    }

    @Test func secondExpiryIsAnError() async {
        let transport = ScriptedTransport([Self.expired, Self.refreshed, Self.expired, Self.refreshed, Self.ok])
        await #expect {
            _ = try await client(transport, credentials: .oauth(Self.oauth)).call("voximplant.sip.get")
        } throws: { error in
            guard case .authentication(.tokenRejected, _) = error as? Bitrix24Error else { return false }
            return true
        }
        #expect(transport.requests.count == 3)
    }

    @Test func expiredRefreshTokenSaysReconnect() async {
        let grant = ScriptedTransport.json(400, #"{"error":"invalid_grant","error_description":"The refresh token is invalid"}"#)
        let transport = ScriptedTransport([Self.expired, grant])
        await #expect {
            _ = try await client(transport, credentials: .oauth(Self.oauth)).call("voximplant.sip.get")
        } throws: { error in
            guard let error = error as? Bitrix24Error, case .authentication(.refreshRejected, _) = error else { return false }
            return error.description.contains("Connect the application to the portal again")
                && !error.description.contains("old-refresh") && !error.description.contains("app-secret")
        }
    }

    @Test func webhookTokenErrorIsNotRefreshed() async {
        let transport = ScriptedTransport([Self.expired, Self.ok])
        await #expect(throws: Bitrix24Error.self) { _ = try await client(transport).call("voximplant.sip.get") }
        #expect(transport.requests.count == 1)
    }

    @Test func concurrentCallersShareOneRefresh() async throws {
        // Every call with the old token is refused; the first three requests are held until all three arrived, so
        // all callers see the expiry before any refresh starts.
        let arrived = NIOLockedValueBox(0)
        let refreshes = NIOLockedValueBox(0)
        let transport = RoutingTransport { request in
            if request.method == .get {
                refreshes.withLockedValue { $0 += 1 }
                return Self.refreshedReply
            }
            let token = (try? JSONValue.parse(request.body))?["auth"]?.stringValue
            if token == "old-access" {
                arrived.withLockedValue { $0 += 1 }
                while arrived.withLockedValue({ $0 }) < 3 { await Task.yield() }
                return HTTPExchangeReply(status: 401, body: Array(#"{"error":"expired_token","error_description":"x"}"#.utf8))
            }
            return HTTPExchangeReply(status: 200, body: Array(#"{"result":1}"#.utf8))
        }
        let stores = NIOLockedValueBox(0)
        let client = Bitrix24Client(credentials: .oauth(Self.oauth), configuration: ClientConfiguration(proxy: .none),
                                    clock: RecordingClock(), tokenStore: { _ in stores.withLockedValue { $0 += 1 } },
                                    transport: transport)
        try await withThrowingTaskGroup(of: Bitrix24Response.self) { group in
            for _ in 0..<3 { group.addTask { try await client.call("voximplant.sip.get") } }
            for try await response in group { #expect(response.result == 1) }
        }
        #expect(refreshes.withLockedValue { $0 } == 1)
        #expect(stores.withLockedValue { $0 } == 1)
    }

    static let refreshedReply = HTTPExchangeReply(status: 200, body: Array(#"{"access_token":"new-access","refresh_token":"new-refresh"}"#.utf8))

    // MARK: Redirects

    @Test func redirectIsFollowedOnceAndReported() async throws {
        let moved = ScriptedTransport.json(302, "", headers: [HTTPHeader("Location", "https://new-4711.bitrix24.com/rest/1/zz9secretcode77/voximplant.sip.add")])
        let transport = ScriptedTransport([moved, Self.ok, Self.ok])
        let client = client(transport)
        _ = try await client.call("voximplant.sip.add", ["PASSWORD": "Pa55-w0rd!XYZ"])
        #expect(await client.redirectedPortal == "https://new-4711.bitrix24.com")
        let requests = transport.requests
        #expect(requests.count == 2)
        #expect(requests[1].url == "https://new-4711.bitrix24.com/rest/1/zz9secretcode77/voximplant.sip.add")
        #expect(requests[1].method == .post)
        #expect(requests[1].body == requests[0].body)
        // Later calls go straight to the new address.
        _ = try await client.call("voximplant.sip.get")
        #expect(transport.requests[2].url == "https://new-4711.bitrix24.com/rest/1/zz9secretcode77/voximplant.sip.get")
        #expect(await client.currentCredentials.redacted == "https://new-4711.bitrix24.com/rest/1/****/")
    }

    @Test func secondRedirectIsAnError() async {
        let moved = ScriptedTransport.json(302, "", headers: [HTTPHeader("Location", "https://a.example/rest/1/zz9secretcode77/x")])
        let again = ScriptedTransport.json(301, "", headers: [HTTPHeader("location", "https://b.example/rest/1/zz9secretcode77/x")])
        let transport = ScriptedTransport([moved, again, Self.ok])
        await #expect {
            _ = try await client(transport).call("voximplant.sip.add")
        } throws: { error in
            guard let error = error as? Bitrix24Error,
                  case .redirectRefused(301, let location?, .secondRedirect) = error else { return false }
            return location == "https://b.example/rest/1/****/x" && !error.description.contains("zz9secretcode77")
                && !error.mayHaveExecuted
        }
        #expect(transport.requests.count == 2)
    }

    @Test func redirectToPlainHTTPIsRefused() async {
        let moved = ScriptedTransport.json(302, "", headers: [HTTPHeader("Location", "http://evil.example/rest/1/zz9secretcode77/x")])
        let transport = ScriptedTransport([moved, Self.ok])
        await #expect {
            _ = try await client(transport).call("voximplant.sip.add")
        } throws: { error in
            guard case .redirectRefused(302, _, .insecureTarget) = error as? Bitrix24Error else { return false }
            return true
        }
        #expect(transport.requests.count == 1)
    }

    @Test func redirectWithoutLocation() async {
        let transport = ScriptedTransport([ScriptedTransport.json(302, ""), Self.ok])
        await #expect(throws: Bitrix24Error.redirectRefused(status: 302, location: nil, reason: .missingLocation)) {
            _ = try await client(transport).call("voximplant.sip.add")
        }
    }

    @Test func transportDetailIsRedacted() async {
        let transport = ScriptedTransport([.fail(TransportFailure(
            kind: .other, target: "b24-4711.bitrix24.com:443", detail: "failed for zz9secretcode77 with Pa55-w0rd!XYZ"))])
        await #expect {
            _ = try await client(transport).call("voximplant.sip.add", ["PASSWORD": "Pa55-w0rd!XYZ"])
        } throws: { error in
            let text = "\(error)"
            return !text.contains("zz9secretcode77") && !text.contains("Pa55-w0rd!XYZ") && (error as? Bitrix24Error)?.mayHaveExecuted == true
        }
    }

    @Test func cancelledDuringBackoffWasNotSent() async {
        let transport = ScriptedTransport([Self.rateLimited, Self.ok])
        let clock = CancellingClock()
        await #expect {
            _ = try await Bitrix24Client(credentials: .webhook(Self.webhook), configuration: ClientConfiguration(proxy: .none),
                                         clock: clock, transport: transport).call("voximplant.sip.get")
        } throws: { error in
            guard case .transport(let failure) = error as? Bitrix24Error else { return false }
            return failure.kind == .cancelled(sent: false)
        }
    }
}

/// A transport answering by a function of the request (for concurrency tests).
final class RoutingTransport: HTTPTransport {
    let route: @Sendable (HTTPExchangeRequest) async -> HTTPExchangeReply
    init(_ route: @escaping @Sendable (HTTPExchangeRequest) async -> HTTPExchangeReply) { self.route = route }
    func send(_ request: HTTPExchangeRequest) async throws(TransportFailure) -> HTTPExchangeReply { await route(request) }
    func shutdown() async {}
}

/// A clock whose every sleep is interrupted, as when the caller's task is cancelled during a backoff.
struct CancellingClock: RetryClock {
    func now() -> Date { Date(timeIntervalSince1970: 0) }
    func sleep(for duration: Duration) async throws { throw CancellationError() }
}
