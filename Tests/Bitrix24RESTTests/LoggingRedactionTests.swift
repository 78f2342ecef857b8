import Foundation
import Testing
import Logging
import TestSupport
@testable import Bitrix24REST

/// Every log line the client writes (message and metadata), at trace level, is free of secrets.
@Suite struct LoggingRedactionTests {
    static let secrets = ["zz9secretcode77", "Pa55-w0rd!XYZ", "inc0ming-S3cret", "old-access", "old-refresh",
                          "app-secret", "new-access", "new-refresh"]

    @Test func webhookCallsLogNoSecrets() async throws {
        let capture = CapturedLog()
        let logger = capture.logger()
        let webhook = try Webhook.parse("https://b24-4711.bitrix24.com/rest/1/zz9secretcode77/")
        let transport = ScriptedTransport([
            ScriptedTransport.json(503, #"{"error":"QUERY_LIMIT_EXCEEDED","error_description":"slow down"}"#),
            ScriptedTransport.json(302, "", headers: [HTTPHeader("Location", "https://new.example/rest/1/zz9secretcode77/voximplant.sip.add")]),
            ScriptedTransport.json(200, #"{"result":{"PASSWORD":"Pa55-w0rd!XYZ","INCOMING_PASSWORD":"inc0ming-S3cret"}}"#),
            .fail(TransportFailure(kind: .other, target: "new.example:443", detail: "at /rest/1/zz9secretcode77/ Pa55-w0rd!XYZ")),
        ])
        let client = Bitrix24Client(credentials: .webhook(webhook), configuration: ClientConfiguration(proxy: .none),
                                    clock: RecordingClock(), logger: logger, transport: transport)
        _ = try await client.call("voximplant.sip.add", ["PASSWORD": "Pa55-w0rd!XYZ", "TITLE": "t"])
        _ = try? await client.call("voximplant.sip.add", ["PASSWORD": "Pa55-w0rd!XYZ"])
        let lines = capture.all
        #expect(lines.count >= 6)
        #expect(lines.contains { $0.contains("/rest/1/****/voximplant.sip.add") })
        for line in lines {
            for secret in Self.secrets { #expect(!line.contains(secret), "\(line)") }
        }
    }

    @Test func oauthRefreshLogsNoSecrets() async throws {
        let capture = CapturedLog()
        let logger = capture.logger()
        let transport = ScriptedTransport([
            ClientLogicTests.expired, ClientLogicTests.refreshed,
            ScriptedTransport.json(200, #"{"result":1}"#),
        ])
        let client = Bitrix24Client(credentials: .oauth(ClientLogicTests.oauth),
                                    configuration: ClientConfiguration(proxy: .none), clock: RecordingClock(),
                                    logger: logger, transport: transport)
        _ = try await client.call("voximplant.sip.get")
        let lines = capture.all
        #expect(lines.contains { $0.contains("oauth/token") })
        for line in lines {
            for secret in Self.secrets { #expect(!line.contains(secret), "\(line)") }
        }
    }
}
