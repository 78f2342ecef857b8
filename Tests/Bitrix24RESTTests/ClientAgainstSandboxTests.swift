import TestSupport
import BitrixJSON
import Foundation
import NIOConcurrencyHelpers
import SandboxPortal
import Testing

@testable import Bitrix24REST

/// The client against the sandbox portal over loopback: the retry, refresh, redirect and failure rules met for real,
/// driven by the sandbox's fault injection. Sleeps go to a recording clock, so no test waits for a backoff.
@Suite struct ClientAgainstSandboxTests {
    static let code = "zz9secretcode77"

    static func withSandbox(
        _ configure: (inout SandboxConfiguration) -> Void = { _ in },
        _ body: (SandboxServer) async throws -> Void
    ) async throws {
        try await TestSupport.withSandbox({ configuration in
            configuration.webhookCode = code
            configure(&configuration)
        }, body)
    }

    static func client(
        _ credentials: PortalCredentials, clock: any RetryClock = RecordingClock(), retry: RetryPolicy = RetryPolicy(),
        requestTimeout: Duration = .seconds(20),
        tokenStore: (@Sendable (OAuthCredentials) async -> Void)? = nil
    ) -> Bitrix24Client {
        Bitrix24Client(
            credentials: credentials,
            configuration: ClientConfiguration(connectTimeout: .seconds(5), requestTimeout: requestTimeout, retry: retry,
                                               proxy: .none),
            clock: clock, tokenStore: tokenStore)
    }

    static func webhook(_ server: SandboxServer) throws -> PortalCredentials {
        .webhook(try Webhook.parse(server.webhookURL))
    }

    // MARK: Rate and time limits

    @Test func rateLimitIsRetriedWithAGrowingCappedDelayThenSucceeds() async throws {
        try await Self.withSandbox { server in
            let clock = RecordingClock()
            let retry = RetryPolicy(rateLimitRetries: 5, rateLimitBaseDelay: .milliseconds(500), rateLimitMaxDelay: .seconds(2))
            let client = Self.client(try Self.webhook(server), clock: clock, retry: retry)
            await server.inject(.rateLimitNext(4))
            let response = try await client.call("voximplant.sip.get")
            await client.shutdown()
            #expect(response.result == [])
            #expect(clock.sleeps == [.milliseconds(500), .seconds(1), .seconds(2), .seconds(2)])
            let answered = await server.requests().map(\.error)
            #expect(answered == ["QUERY_LIMIT_EXCEEDED", "QUERY_LIMIT_EXCEEDED", "QUERY_LIMIT_EXCEEDED", "QUERY_LIMIT_EXCEEDED", nil])
        }
    }

    @Test func rateLimitRetriesExhaustedIsRateLimited() async throws {
        try await Self.withSandbox { server in
            let clock = RecordingClock()
            let client = Self.client(try Self.webhook(server), clock: clock, retry: RetryPolicy(rateLimitRetries: 3))
            await server.inject(.rateLimitNext(10))
            let error = await callFailure(client, "voximplant.sip.add", ["PASSWORD": "Quokka-Pw-88317"])
            await client.shutdown()
            guard case .rateLimited(let attempts, _) = error else {
                Issue.record("expected rateLimited, got \(String(describing: error))")
                return
            }
            #expect(attempts == 4)
            #expect(error?.mayHaveExecuted == false)
            #expect(clock.sleeps.count == 3)
            #expect(await server.requests().count == 4)
            #expect(await server.lines().isEmpty)
        }
    }

    @Test func operatingLimitWaitsUntilTheResetThenRepeats() async throws {
        try await Self.withSandbox { server in
            // The clock starts at the real time: the portal's reset is a real timestamp.
            let clock = RecordingClock(now: Date())
            let client = Self.client(try Self.webhook(server), clock: clock)
            let started = ContinuousClock.now
            await server.inject(.operationTimeLimit(resetIn: .seconds(3)))
            let response = try await client.call("voximplant.sip.get")
            // The portal counts its 3 s from when the call reached it: on a loaded machine that is later than the
            // manual clock's start, by at most the real time the call took.
            let late = ContinuousClock.now - started
            await client.shutdown()
            #expect(response.result == [])
            let wait = try #require(clock.sleeps.first)
            #expect(clock.sleeps.count == 1)
            // Reset in 3 s plus the 0.5 s margin; the reset is sent in whole seconds, so allow a second either way.
            #expect(wait >= .milliseconds(2500) && wait <= .milliseconds(4600) + late, "waited \(wait)")
            #expect(await server.requests().count == 2)
        }
    }

    @Test func operatingLimitTooFarAwayIsAnError() async throws {
        try await Self.withSandbox { server in
            let clock = RecordingClock(now: Date())
            let client = Self.client(try Self.webhook(server), clock: clock)
            await server.inject(.operationTimeLimit(resetIn: .seconds(600)))
            let error = await callFailure(client)
            await client.shutdown()
            guard case .operatingLimit(let resetAt, _) = error else {
                Issue.record("expected operatingLimit, got \(String(describing: error))")
                return
            }
            #expect(resetAt != nil)
            #expect(clock.sleeps.isEmpty)
            #expect(await server.requests().count == 1)
        }
    }

    // MARK: OAuth

    static let app = SandboxOAuth(clientID: "local.client", clientSecret: "client-secret-xyz", accessToken: "access-one",
                                  refreshToken: "refresh-one", memberID: "member")

    static func oauth(_ server: SandboxServer) -> PortalCredentials {
        .oauth(OAuthCredentials(
            accessToken: app.accessToken, refreshToken: app.refreshToken, clientID: app.clientID,
            clientSecret: app.clientSecret, clientEndpoint: server.baseURL + "rest/", serverEndpoint: server.baseURL))
    }

    @Test func expiredTokenIsRefreshedOnceStoredAndTheCallRepeated() async throws {
        try await Self.withSandbox({ $0.oauth = Self.app }) { server in
            let stored = NIOLockedValueBox<[OAuthCredentials]>([])
            let client = Self.client(Self.oauth(server), tokenStore: { pair in stored.withLockedValue { $0.append(pair) } })
            _ = try await client.call("voximplant.sip.get")
            await server.inject(.expireAccessToken)
            _ = try await client.call("voximplant.sip.get")
            let current = await client.currentCredentials
            await client.shutdown()

            let pairs = stored.withLockedValue { $0 }
            let now = try #require(await server.currentTokens())
            #expect(pairs.count == 1)
            #expect(pairs.first?.accessToken == now.accessToken)
            #expect(pairs.first?.refreshToken == now.refreshToken)
            #expect(now.refreshToken != Self.app.refreshToken)
            guard case .oauth(let inUse) = current else { Issue.record("credentials changed kind"); return }
            #expect(inUse.accessToken == now.accessToken)
            let methods = await server.requests().map { "\($0.method) \($0.error ?? "ok")" }
            #expect(methods == ["voximplant.sip.get ok", "voximplant.sip.get expired_token", "oauth/token ok",
                                "voximplant.sip.get ok"])
        }
    }

    @Test(arguments: [2, 10])
    func concurrentCallsWithAnExpiredTokenShareOneRefresh(calls: Int) async throws {
        try await Self.withSandbox({ $0.oauth = Self.app }) { server in
            let stores = NIOLockedValueBox(0)
            let client = Self.client(Self.oauth(server), tokenStore: { _ in stores.withLockedValue { $0 += 1 } })
            await server.inject(.expireAccessToken)
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<calls {
                    group.addTask { _ = try await client.call("voximplant.sip.connector.status") }
                }
                try await group.waitForAll()
            }
            await client.shutdown()
            let requests = await server.requests()
            #expect(requests.filter { $0.method == "oauth/token" }.count == 1)
            #expect(stores.withLockedValue { $0 } == 1)
            #expect(requests.filter { $0.method == "voximplant.sip.connector.status" && $0.error == nil }.count == calls)
        }
    }

    // MARK: Redirects

    @Test func redirectIsFollowedOnceByRePostingToTheNewPortal() async throws {
        try await Self.withSandbox { old in
            try await Self.withSandbox { new in
                let client = Self.client(try Self.webhook(old))
                await old.inject(.redirectNext(1, to: "http://127.0.0.1:\(new.port)"))
                let response = try await client.call("voximplant.sip.add", [
                    "TITLE": "Moved", "SERVER": "sip.example.com", "LOGIN": "u1", "PASSWORD": "Quokka-Pw-88317",
                ])
                #expect(response.result["CONFIG_ID"] != nil)
                #expect(await client.redirectedPortal == "http://127.0.0.1:\(new.port)")
                // The body went with the re-POST, and later calls go to the new portal directly.
                let received = try #require(await new.requests().first)
                #expect(received.httpMethod == "POST")
                #expect(received.parameters["PASSWORD"]?.stringValue == "Quokka-Pw-88317")
                _ = try await client.call("voximplant.sip.get")
                await client.shutdown()
                #expect(await old.requests().count == 1)
                #expect(await new.requests().count == 2)
                #expect(await new.lines().count == 1)
                #expect(await old.lines().isEmpty)
            }
        }
    }

    @Test func aSecondRedirectIsRefused() async throws {
        try await Self.withSandbox { first in
            try await Self.withSandbox { second in
                let client = Self.client(try Self.webhook(first))
                await first.inject(.redirectNext(1, to: "http://127.0.0.1:\(second.port)"))
                await second.inject(.redirectNext(1, to: "http://127.0.0.1:\(first.port)"))
                let error = await callFailure(client, "voximplant.sip.add", ["TITLE": "x", "PASSWORD": "Quokka-Pw-88317"])
                await client.shutdown()
                guard case .redirectRefused(_, _, .secondRedirect) = error else {
                    Issue.record("expected a refused second redirect, got \(String(describing: error))")
                    return
                }
                #expect(await first.requests().count == 1)
                #expect(await second.requests().count == 1)
            }
        }
    }

    @Test func aRedirectToPlainHTTPOnAPublicHostIsRefused() async throws {
        try await Self.withSandbox { server in
            let client = Self.client(try Self.webhook(server))
            await server.inject(.redirectNext(1, to: "http://portal.example.com"))
            let error = await callFailure(client)
            await client.shutdown()
            guard case .redirectRefused(_, let location, .insecureTarget) = error else {
                Issue.record("expected an insecure redirect refused, got \(String(describing: error))")
                return
            }
            #expect(location?.contains(Self.code) == false)
        }
    }

    // MARK: Answers that are not answers

    @Test func garbageTruncatedAndServerErrorsMayHaveRun() async throws {
        try await Self.withSandbox { server in
            let client = Self.client(try Self.webhook(server))
            await server.inject(.garbageNext(1))
            let garbage = await callFailure(client)
            guard case .unexpectedAnswer(200, let excerpt) = garbage else {
                Issue.record("garbage: \(String(describing: garbage))")
                return
            }
            #expect(excerpt.contains("html"))

            await server.inject(.truncatedNext(1))
            let truncated = await callFailure(client)
            #expect(truncated?.mayHaveExecuted == true, "\(String(describing: truncated))")

            for status in [500, 502, 503, 504] {
                await server.inject(.serverErrorNext(1, status: status))
                let fault = await callFailure(client)
                guard case .serverFault(let message) = fault else {
                    Issue.record("\(status): \(String(describing: fault))")
                    continue
                }
                #expect(message.status == status)
                #expect(fault?.mayHaveExecuted == true)
            }
            #expect(garbage?.mayHaveExecuted == true)
            await client.shutdown()
        }
    }

    @Test func brokenAnswersOfAStoredAddMayHaveRun() async throws {
        try await Self.withSandbox { server in
            let client = Self.client(try Self.webhook(server))
            let params: [String: JSONValue] = ["SERVER": "sip.example.com", "LOGIN": "u", "PASSWORD": "Quokka-Pw-88317"]
            for (index, fault) in [SandboxFault.dropConnectionAfterAdd, .garbageAfterAdd, .truncatedAfterAdd,
                                   .serverErrorAfterAdd(status: 502)].enumerated() {
                await server.inject(fault)
                var withTitle = params
                withTitle["TITLE"] = .string("Line \(index)")
                let error = await callFailure(client, "voximplant.sip.add", withTitle)
                #expect(error?.mayHaveExecuted == true, "\(fault): \(String(describing: error))")
            }
            await client.shutdown()
            #expect(await server.lines().count == 4)
        }
    }

    @Test func connectionRefusedWasNotSent() async throws {
        let refusing = RefusingPort()
        let client = Self.client(.webhook(try Webhook.parse(refusing.webhookURL)))
        let error = await callFailure(client, "voximplant.sip.add", ["PASSWORD": "Quokka-Pw-88317"])
        await client.shutdown()
        #expect(error?.transportFailure?.kind == .refused)
        #expect(error?.mayHaveExecuted == false)
    }

    @Test func anAnswerLaterThanTheRequestTimeoutMayHaveRun() async throws {
        try await Self.withSandbox { server in
            let client = Self.client(try Self.webhook(server), requestTimeout: .seconds(2))
            await server.inject(.delayNext(1, .seconds(10)))
            let error = await callFailure(client, "voximplant.sip.add", [
                "TITLE": "Slow", "SERVER": "sip.example.com", "LOGIN": "u", "PASSWORD": "Quokka-Pw-88317",
            ])
            await client.shutdown()
            #expect(error?.transportFailure?.kind == .timeoutAfterSend)
            #expect(error?.mayHaveExecuted == true)
            // The sandbox ran the call before its late answer: exactly the case the service reconciles. Under load
            // its handler may get to the call only after the client gave up, so it is given a few seconds.
            var stored = await server.lines().count
            for _ in 0..<50 where stored == 0 {
                try await Task.sleep(for: .milliseconds(100))
                stored = await server.lines().count
            }
            #expect(stored == 1)
        }
    }
}
