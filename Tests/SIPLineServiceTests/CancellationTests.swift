import Words
import Bitrix24REST
import SandboxPortal
import Testing

@testable import SIPLineService

/// Ctrl-C while submitting means "stop waiting": the service still finds out what became of the add.
@Suite struct CancellationTests {
    @Test func cancellingWhileTheAnswerIsAwaitedFindsTheStoredLine() async throws {
        try await ServiceHarness.with { h in
            let preflight = try await h.service.preflight()
            // The add runs at once; only its answer waits. The test cancels once the line is stored, so the outcome
            // does not depend on timing as long as the answer is slower than a few polls of the sandbox.
            await h.server.inject(.delayNext(1, .seconds(6)))
            let service = h.service
            let adding = Task { await service.add(cloudDraft(), preflight: preflight) }
            var stored = false
            for _ in 0..<2000 where !stored {
                stored = await h.storedLines().count == 1
                if !stored { try await Task.sleep(for: .milliseconds(5)) }
            }
            #expect(stored)
            adding.cancel()
            let result = h.recorded(await adding.value)
            guard case .success(.createdAfterCheck(let line, let reason)) = result else {
                Issue.record("expected createdAfterCheck, got \(result)")
                return
            }
            #expect(Words.english(reason) == "stopped waiting for the answer")
            #expect(line.title == "Sales line")
            #expect(await h.storedLines().count == 1)
        }
    }

    @Test func cancelledBeforeSendingIsNotCreated() async throws {
        try await ServiceHarness.with { h in
            let service = h.service
            let adding = Task {
                // Cancelled before the add is sent: the client refuses to send, and the check says so.
                withUnsafeCurrentTask { $0?.cancel() }
                return await service.add(cloudDraft(), preflight: Preflight(lines: []))
            }
            let result = h.recorded(await adding.value)
            #expect(result.isNotCreated, "\(result)")
            #expect(await h.addCalls().isEmpty)
            #expect(await h.server.requests().map(\.method) == ["voximplant.sip.get"])
        }
    }
}
