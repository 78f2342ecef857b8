import Bitrix24REST
import Logging
import SandboxPortal
import TestSupport
import Testing

@testable import SIPLineService

@Suite struct LoggingTests {
    @Test func serviceLogsMethodAndOutcomeAtDebugWithoutSecrets() async throws {
        try await ServiceHarness.with { h in
            let log = CapturedLog()
            let client = Bitrix24Client(credentials: .webhook(try Webhook.parse(h.server.webhookURL)),
                                        configuration: ClientConfiguration(proxy: .none), clock: RecordingClock(),
                                        logger: log.logger())
            let service = SIPLineService(client: client, logger: log.logger(),
                                         reconciliation: ReconciliationPolicy(attempts: 1, pause: .zero))
            _ = h.recorded(await service.add(officeDraft(), preflight: nil))
            await h.server.inject(.garbageAfterAdd)
            _ = h.recorded(await service.add(cloudDraft(), preflight: nil))
            await h.server.inject(.errorNext(1, code: "TITLE_EXISTS", description: "exists", status: 400))
            _ = h.recorded(await service.add(cloudDraft("Third"), preflight: Preflight(lines: [])))
            _ = await h.failure { () async throws(SIPLineError) in try await service.delete(configID: 999) }
            await client.shutdown()

            let lines = log.all
            #expect(lines.contains { $0.contains("call succeeded") && $0.contains("method=voximplant.sip.get") })
            #expect(lines.contains { $0.contains("line created") && $0.contains("configID=") })
            #expect(lines.contains { $0.contains("add reconciled") && $0.contains("verdict=createdAfterCheck") })
            #expect(lines.contains { $0.contains("call failed") && $0.contains("code=TITLE_EXISTS") })
            #expect(lines.contains { $0.contains("call failed") && $0.contains("kind=notFound") })
            #expect(lines.allSatisfy { $0.hasPrefix("debug ") || $0.hasPrefix("info ") })
            let incoming = try #require(await h.storedLines().first?["INCOMING_PASSWORD"]?.stringValue)
            for line in lines {
                #expect(!line.contains(Secret.password), "\(line)")
                #expect(!line.contains(Secret.webhookCode), "\(line)")
                #expect(!line.contains(incoming), "\(line)")
            }
        }
    }
}
