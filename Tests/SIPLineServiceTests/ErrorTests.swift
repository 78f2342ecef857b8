import Words
import TestSupport
import Bitrix24REST
import BitrixJSON
import SandboxPortal
import Synchronization
import Testing

@testable import SIPLineService

/// Every way a call can fail, met for real on the loopback sandbox, and what the service makes of it.
@Suite struct ErrorTests {
    @Test func titleExistsIsCaseInsensitiveOnThePortal() async throws {
        try await ServiceHarness.with { h in
            _ = try #require(await h.service.add(cloudDraft("Sales line"), preflight: nil).createdLine)
            let result = h.recorded(await h.service.add(officeDraft("SALES LINE"), preflight: nil))
            guard case .failure(let error) = result else {
                Issue.record("expected TITLE_EXISTS, got \(result)")
                return
            }
            #expect(error.kind == .titleExists)
            #expect(error.portalCode == "TITLE_EXISTS")
            #expect(await h.storedLines().count == 1)
        }
    }

    @Test func maxCloudLinesAtTheLimitButOfficeStillWorks() async throws {
        try await ServiceHarness.with({ $0.maxCloudLines = 2 }) { h in
            for index in 1...2 {
                #expect(await h.service.add(cloudDraft("Cloud \(index)"), preflight: nil).createdLine != nil)
            }
            let result = h.recorded(await h.service.add(cloudDraft("Cloud 3"), preflight: nil))
            #expect(result.failureKind == .maxCloudLines)
            if case .failure(let error) = result { #expect(error.portalCode == "MAX_CLOUD_PBX") }
            #expect(await h.service.add(officeDraft(), preflight: nil).createdLine != nil)
        }
    }

    @Test func checkFieldsErrorKeepsEveryMessage() async throws {
        // The validator refuses everything the sandbox refuses, so the portal's CHECK_FIELDS_ERROR comes from a raw
        // client call (an unknown TYPE and an empty LOGIN) mapped the way the service maps every error.
        try await ServiceHarness.with { h in
            do throws(Bitrix24Error) {
                _ = try await h.client.call("voximplant.sip.add", [
                    "TYPE": "pstn", "TITLE": "x", "SERVER": "sip.example.com", "LOGIN": "", "PASSWORD": .string(Secret.password),
                ])
                Issue.record("the sandbox accepted an unknown TYPE")
            } catch {
                h.record(error.description)
                let mapped = SIPLineError(error, subject: .newLine)
                h.record(mapped.message)
                guard case .fieldErrors(let messages) = mapped.kind else {
                    Issue.record("expected fieldErrors, got \(mapped.kind)")
                    return
                }
                #expect(messages.count == 2)
                #expect(mapped.portalCode == "CHECK_FIELDS_ERROR")
            }
        }
    }

    @Test func invalidDraftSendsNothing() async throws {
        try await ServiceHarness.with { h in
            let draft = LineDraft(type: .cloud, title: "", server: "sip:user@host;transport=udp", login: "",
                                  password: " \(Secret.password) ")
            let result = h.recorded(await h.service.add(draft, preflight: nil))
            guard case .failure(let error) = result, case .invalidDraft(let issues) = error.kind else {
                Issue.record("expected invalidDraft, got \(result)")
                return
            }
            #expect(Set(issues.filter { $0.severity == .error }.map(\.field)) == [.title, .server, .login, .password])
            // Not even the preflight: nothing at all reached the portal.
            #expect(await h.server.requests().isEmpty)
        }
    }

    @Test func wrongWebhookCodeIsAuthentication() async throws {
        try await ServiceHarness.with(credentials: { server in
            .webhook(try Webhook.parse(server.baseURL + "rest/1/wrongcode0000/"))
        }) { h in
            let error = try #require(await h.failure { () async throws(SIPLineError) in try await h.service.preflight() })
            #expect(error.kind == .authentication)
            #expect(error.portalCode == "INVALID_CREDENTIALS")
            let add = h.recorded(await h.service.add(cloudDraft(), preflight: Preflight(lines: [])))
            #expect(add.failureKind == .authentication)
            #expect(await h.storedLines().isEmpty)
        }
    }

    @Test func accessDeniedAndInsufficientScopeInjected() async throws {
        try await ServiceHarness.with { h in
            await h.server.inject(.accessDeniedNext(1))
            let denied = h.recorded(await h.service.add(cloudDraft(), preflight: Preflight(lines: [])))
            #expect(denied.failureKind == .missingRight)
            await h.server.inject(.insufficientScopeNext(1))
            let scope = try #require(await h.failure { () async throws(SIPLineError) in try await h.service.connectorStatus() })
            #expect(scope.kind == .missingScope("telephony"))
            #expect(scope.portalCode == "insufficient_scope")
            #expect(await h.storedLines().isEmpty)
        }
    }

    @Test func webhookWithoutTheRightOrScope() async throws {
        try await ServiceHarness.with { h in
            await h.server.setWebhookPermissions(.noTelephonyRight)
            let right = try #require(await h.failure { () async throws(SIPLineError) in try await h.service.list() })
            #expect(right.kind == .missingRight)
            await h.server.setWebhookPermissions(.noTelephonyScope)
            let scope = try #require(await h.failure { () async throws(SIPLineError) in try await h.service.list() })
            #expect(scope.kind == .missingScope("telephony"))
        }
    }

    @Test func wrongAuthTypeAndOtherRefusals() async throws {
        try await ServiceHarness.with { h in
            await h.server.inject(.errorNext(1, code: "WRONG_AUTH_TYPE", description: "Current authorization type is denied for this method", status: 403))
            let wrongType = try #require(await h.failure { () async throws(SIPLineError) in try await h.service.list() })
            #expect(wrongType.kind == .wrongAuthType)
            await h.server.inject(.errorNext(1, code: "SOMETHING_NEW", description: "A new refusal", status: 400))
            let other = try #require(await h.failure { () async throws(SIPLineError) in try await h.service.list() })
            #expect(other.kind == .refused(code: "SOMETHING_NEW"))
            #expect(other.portalCode == "SOMETHING_NEW")
            await h.server.inject(.errorNext(1, code: "ERROR_METHOD_NOT_FOUND", description: "Method not found!", status: 404))
            let missing = try #require(await h.failure { () async throws(SIPLineError) in try await h.service.list() })
            #expect(missing.kind == .unavailable)
        }
    }

    @Test func overloadIsNotRetried() async throws {
        try await ServiceHarness.with { h in
            await h.server.inject(.overloadLimitNext(1))
            let result = h.recorded(await h.service.add(cloudDraft(), preflight: Preflight(lines: [])))
            #expect(result.failureKind == .unavailable)
            if case .failure(let error) = result { #expect(error.portalCode == "OVERLOAD_LIMIT") }
            #expect(await h.addCalls().count == 1)
            #expect(h.clock.sleeps.isEmpty)
            // A clean refusal is not an unknown outcome: no listing after it.
            #expect(await h.server.requests().map(\.method) == ["voximplant.sip.add"])
        }
    }

    @Test func rateLimitIsRetriedWithGrowingDelaysThenSucceeds() async throws {
        try await ServiceHarness.with { h in
            await h.server.inject(.rateLimitNext(3))
            let line = h.recorded(await h.service.add(cloudDraft(), preflight: Preflight(lines: []))).createdLine
            #expect(line != nil)
            #expect(h.clock.sleeps == [.milliseconds(500), .seconds(1), .seconds(2)])
            #expect(await h.storedLines().count == 1)
        }
    }

    @Test func rateLimitExhaustedIsUnavailableAndNothingWasAdded() async throws {
        try await ServiceHarness.with { h in
            await h.server.inject(.rateLimitNext(10))
            let result = h.recorded(await h.service.add(cloudDraft(), preflight: Preflight(lines: [])))
            #expect(result.failureKind == .unavailable)
            #expect(await h.addCalls().count == 6)
            #expect(await h.storedLines().isEmpty)
        }
    }

    @Test func oauthExpiredTokenIsRefreshedOnceAndStored() async throws {
        let app = SandboxOAuth(clientID: "local.svc", clientSecret: "svc-client-secret", accessToken: "svc-access-1",
                               refreshToken: "svc-refresh-1", memberID: "member")
        let stored = Mutex<[OAuthCredentials]>([])
        try await ServiceHarness.with(
            { $0.oauth = app },
            credentials: { server in
                .oauth(OAuthCredentials(
                    accessToken: app.accessToken, refreshToken: app.refreshToken, clientID: app.clientID,
                    clientSecret: app.clientSecret, clientEndpoint: server.baseURL + "rest/", serverEndpoint: server.baseURL))
            },
            tokenStore: { renewed in stored.withLock { $0.append(renewed) } }
        ) { h in
            _ = try #require(await h.service.add(cloudDraft(), preflight: nil).createdLine)
            await h.server.inject(.expireAccessToken)
            let lines = try await h.service.list()
            #expect(lines.count == 1)
            let renewed = try #require(stored.withLock { $0.first })
            #expect(stored.withLock { $0.count } == 1)
            let now = try #require(await h.server.currentTokens())
            #expect(renewed.accessToken == now.accessToken)
            #expect(renewed.refreshToken == now.refreshToken)
            #expect(renewed.accessToken != app.accessToken)
            #expect(await h.server.requests().filter { $0.method == "oauth/token" }.count == 1)
        }
    }

    @Test func connectionRefusedBeforeAnAddIsAFailureNotAReconciliation() async throws {
        let refusing = RefusingPort()
        let url = refusing.webhookURL
        let client = Bitrix24Client(credentials: .webhook(try Webhook.parse(url)),
                                    configuration: ClientConfiguration(connectTimeout: .seconds(5), proxy: .none),
                                    clock: RecordingClock())
        let service = SIPLineService(client: client, reconciliation: ReconciliationPolicy(attempts: 1, pause: .zero))
        let result = await service.add(cloudDraft(), preflight: Preflight(lines: []))
        await client.shutdown()
        guard case .failure(let error) = result else {
            Issue.record("expected a failure, got \(result)")
            return
        }
        #expect(error.kind == .unavailable)
        #expect(error.message.contains("Nothing was sent"))
    }

    @Test func timeoutAfterTheAddWasSentIsReconciled() async throws {
        try await ServiceHarness.with(
            clientConfiguration: ClientConfiguration(connectTimeout: .seconds(5), requestTimeout: .seconds(3), proxy: .none)
        ) { h in
            // The sandbox is empty: the add is compared against no lines, without a listing of its own beforehand
            // (a first request that, with the suite's other tests running, can itself outlast this short timeout).
            // The sandbox stores the line, then answers long after the client's deadline.
            await h.server.inject(.delayNext(1, .seconds(12)))
            let result = h.recorded(await h.service.add(cloudDraft(), preflight: Preflight(lines: [])))
            guard case .success(.createdAfterCheck(_, let reason)) = result else {
                Issue.record("expected createdAfterCheck, got \(result)")
                return
            }
            #expect(Words.english(reason) == "no answer in time")
            #expect(await h.addCalls().count <= 1)
            #expect(await h.storedLines().count == 1)
        }
    }
}
