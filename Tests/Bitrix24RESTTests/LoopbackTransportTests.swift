import TestSupport
import Foundation
import Testing
import BitrixJSON
@testable import Bitrix24REST

/// The real async-http-client transport against plain sockets on 127.0.0.1: what reaches the wire, and which
/// failures say "not sent" versus "may have run".
@Suite struct LoopbackTransportTests {
    static func client(port: Int, requestTimeout: Duration = .seconds(10)) throws -> Bitrix24Client {
        let webhook = try Webhook.parse("http://127.0.0.1:\(port)/rest/1/zz9secretcode77/")
        return Bitrix24Client(
            credentials: .webhook(webhook),
            configuration: ClientConfiguration(connectTimeout: .seconds(5), requestTimeout: requestTimeout,
                                               userAgent: "sipline/test", proxy: .none))
    }

    @Test func refusedPortIsNotSent() async throws {
        let refusing = RefusingPort()
        let client = try Self.client(port: refusing.port)
        let error = await callFailure(client, "voximplant.sip.add", ["PASSWORD": "Pa55-w0rd!XYZ"])
        #expect(error?.transportFailure?.kind == .refused)
        #expect(error?.mayHaveExecuted == false)
        #expect(error?.transportFailure?.target.hasPrefix("127.0.0.1:") == true)
        #expect(error?.description.contains("Nothing was sent") == true)
        await client.shutdown()
    }

    @Test func requestOnTheWireAndAnswerDecoded() async throws {
        let body = #"{"result":{"CONFIG_ID":"42","PASSWORD":"Pa55-w0rd!XYZ"},"time":{"start":1}}"#
        let server = try LoopbackServer(.answer(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: \(body.utf8.count)\r\nConnection: close\r\n\r\n\(body)"))
        let client = try Self.client(port: server.port)
        let response = try await client.call("voximplant.sip.add", ["TITLE": "Офис", "PASSWORD": "Pa55-w0rd!XYZ"])
        await client.shutdown()
        server.stop()
        #expect(response.result["CONFIG_ID"]?.intValue == 42)
        let request = server.request
        #expect(request.hasPrefix("POST /rest/1/zz9secretcode77/voximplant.sip.add HTTP/1.1\r\n"))
        let head = request.lowercased()
        #expect(head.contains("content-type: application/json\r\n"))
        #expect(head.contains("accept: application/json\r\n"))
        #expect(head.contains("user-agent: sipline/test\r\n"))
        let sentBody = try #require(request.components(separatedBy: "\r\n\r\n").last)
        #expect(try JSONValue.parse(sentBody) == ["TITLE": "Офис", "PASSWORD": "Pa55-w0rd!XYZ"])
    }

    @Test func redirectIsNotFollowedByTheHTTPLibrary() async throws {
        let server = try LoopbackServer(.answer(
            "HTTP/1.1 302 Found\r\nLocation: http://203.0.113.9/rest/1/zz9secretcode77/x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"))
        let client = try Self.client(port: server.port)
        do {
            _ = try await client.call("voximplant.sip.add", ["PASSWORD": "Pa55-w0rd!XYZ"])
            Issue.record("redirect to plain http followed")
        } catch {
            #expect(error == .redirectRefused(status: 302, location: "http://203.0.113.9/rest/1/****/x", reason: .insecureTarget))
        }
        await client.shutdown()
        server.stop()
    }

    @Test func connectionClosedAfterRequestMayHaveRun() async throws {
        let server = try LoopbackServer(.closeAfterRequest)
        let client = try Self.client(port: server.port)
        let error = await callFailure(client, "voximplant.sip.add", ["TITLE": "t"])
        #expect(error?.transportFailure?.kind == .connectionLost)
        #expect(error?.mayHaveExecuted == true)
        await client.shutdown()
        server.stop()
    }

    @Test func truncatedAnswerMayHaveRun() async throws {
        let server = try LoopbackServer(.answer(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{\"result\":{\"CONFIG_ID\":"))
        let client = try Self.client(port: server.port)
        let error = await callFailure(client, "voximplant.sip.add", ["TITLE": "t"])
        #expect(error?.mayHaveExecuted == true, "\(String(describing: error))")
        await client.shutdown()
        server.stop()
    }

    @Test func clientDroppedWithoutShutdownDoesNotTrap() async throws {
        // AHC traps in debug builds when an HTTPClient is released running; the transport's deinit shuts it down.
        let refusing = RefusingPort()
        var client: Bitrix24Client? = try Self.client(port: refusing.port)
        _ = try? await client?.call("profile")
        client = nil
        #expect(client == nil)
    }

    @Test func silentPortalTimesOutAfterSending() async throws {
        let server = try LoopbackServer(.silent)
        let client = try Self.client(port: server.port, requestTimeout: .milliseconds(300))
        let error = await callFailure(client, "voximplant.sip.add", ["TITLE": "t"])
        #expect(error?.transportFailure?.kind == .timeoutAfterSend)
        #expect(error?.mayHaveExecuted == true)
        await client.shutdown()
        server.stop()
    }
}

@Suite struct NameResolutionTests {
    // `.invalid` never resolves (RFC 6761); the failure happens before anything is sent.
    @Test func unknownHostIsNotSent() async throws {
        let webhook = try Webhook.parse("https://no-such-portal.invalid/rest/1/zz9secretcode77/")
        let client = Bitrix24Client(credentials: .webhook(webhook),
                                    configuration: ClientConfiguration(connectTimeout: .seconds(5), proxy: .none))
        let error = await callFailure(client, "profile")
        #expect(error?.transportFailure?.kind == .dns, "\(String(describing: error))")
        #expect(error?.mayHaveExecuted == false)
        #expect(error?.transportFailure?.target == "no-such-portal.invalid:443")
        await client.shutdown()
    }
}
