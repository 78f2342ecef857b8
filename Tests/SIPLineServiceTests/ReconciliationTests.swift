import Words
import Bitrix24REST
import BitrixJSON
import SandboxPortal
import Testing

@testable import SIPLineService

/// The add is never repeated blindly: a lost answer is settled by listing again.
@Suite struct ReconciliationTests {
    static let lostAfterStoring: [SandboxFault] = [
        .dropConnectionAfterAdd, .garbageAfterAdd, .truncatedAfterAdd, .serverErrorAfterAdd(status: 500),
        .serverErrorAfterAdd(status: 502),
    ]

    @Test(arguments: lostAfterStoring)
    func lostAnswerOfAStoredLineIsFoundAgain(fault: SandboxFault) async throws {
        try await ServiceHarness.with { h in
            let result = try await h.addAfterPreflight(faults: fault)
            let line = try #require(result.createdAfterCheck, "\(fault): \(result)")
            #expect(line.title == "Sales line")
            #expect(await h.storedLines().count == 1)
            #expect(await h.addCalls().count == 1)
            #expect(line.configID == (await h.storedLines().first?["CONFIG_ID"]?.intValue))
        }
    }

    @Test(arguments: [502, 503, 500])
    func serverErrorInsteadOfTheAddIsNotCreated(status: Int) async throws {
        try await ServiceHarness.with { h in
            let result = try await h.addAfterPreflight(faults: .serverErrorNext(1, status: status))
            #expect(result.isNotCreated, "\(result)")
            #expect(await h.storedLines().isEmpty)
            #expect(await h.addCalls().count == 1)
        }
    }

    @Test func anExistingLineWithTheSameFieldsIsNotTheNewOne() async throws {
        try await ServiceHarness.with { h in
            _ = try #require(await h.service.add(cloudDraft(), preflight: nil).createdLine)
            let result = try await h.addAfterPreflight(faults: .serverErrorNext(1, status: 502))
            #expect(result.isNotCreated, "\(result)")
            #expect(await h.storedLines().count == 1)
        }
    }

    /// Someone else makes a line with the same title but another server or login after the pre-flight: its
    /// CONFIG_ID is new to the check, but it is not the line that was asked for.
    @Test(arguments: [cloudDraft("Sales line", server: "other.provider.example"),
                      cloudDraft("Sales line", login: "someone.else")])
    func aNewLineWithTheSameTitleButAnotherServerOrLoginIsNotTheNewOne(other: LineDraft) async throws {
        try await ServiceHarness.with { h in
            let preflight = try await h.service.preflight()
            _ = try #require(await h.service.add(other, preflight: nil).createdLine)
            await h.server.inject(.serverErrorNext(1, status: 502))
            let result = h.recorded(await h.service.add(cloudDraft("Sales line"), preflight: preflight))
            #expect(result.isNotCreated, "\(result)")
        }
    }

    @Test func listingFailingAfterALostAnswerIsUnknown() async throws {
        try await ServiceHarness.with { h in
            // The add runs (the zero delay consumes the first place in the queue), its answer is garbage, and every
            // listing after it meets a 502.
            let result = try await h.addAfterPreflight(
                faults: .garbageAfterAdd, .delayNext(1, .zero), .serverErrorNext(10, status: 502))
            guard case .success(.unknown(let reason)) = result else {
                Issue.record("expected unknown, got \(result)")
                return
            }
            #expect(Words.english(reason).contains("sipline list"))
            #expect(await h.storedLines().count == 1)
            #expect(await h.addCalls().count == 1)
            // The policy's two listings, no more.
            let listings = await h.server.requests().filter { $0.method == "voximplant.sip.get" }
            #expect(listings.count == 1 + 2)
        }
    }

    @Test func aListingRetriedAfterOneFailureStillFindsTheLine() async throws {
        try await ServiceHarness.with { h in
            let result = try await h.addAfterPreflight(
                faults: .dropConnectionAfterAdd, .delayNext(1, .zero), .serverErrorNext(1, status: 503))
            #expect(result.createdAfterCheck != nil, "\(result)")
        }
    }
}

/// The edges of the check itself: its deadline and a failing preflight.
@Suite struct ReconciliationEdgeTests {
    @Test func aListingSlowerThanTheDeadlineIsUnknown() async throws {
        try await ServiceHarness.with(reconciliation: ReconciliationPolicy(attempts: 1, pause: .zero, deadline: .milliseconds(200))) { h in
            let result = try await h.addAfterPreflight(
                faults: .garbageAfterAdd, .delayNext(1, .zero), .delayNext(1, .seconds(5)))
            guard case .success(.unknown(let reason)) = result else {
                Issue.record("expected unknown, got \(result)")
                return
            }
            #expect(Words.english(reason).contains("took longer than 200 ms"))
            #expect(Words.english(reason).contains("sipline list"))
        }
    }

    @Test func aFailingPreflightSendsNoAdd() async throws {
        try await ServiceHarness.with { h in
            await h.server.inject(.overloadLimitNext(1))
            let result = h.recorded(await h.service.add(cloudDraft(), preflight: nil))
            #expect(result.failureKind == .unavailable)
            #expect(await h.addCalls().isEmpty)
        }
    }
}
