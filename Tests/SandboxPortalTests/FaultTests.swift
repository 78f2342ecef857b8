import AsyncHTTPClient
import BitrixJSON
import Testing

@testable import SandboxPortal

@Suite struct FaultTests {
    @Test func leakyBucketAdmitsABurstThenDrains() {
        var bucket = LeakyBucket(RateLimit(burst: 3, drainPerSecond: 2))
        #expect((0..<4).map { _ in bucket.admit(atSeconds: 10) } == [true, true, true, false])
        #expect(bucket.admit(atSeconds: 10.4) == false)  // 0.8 drained: still no room for a whole call
        #expect(bucket.admit(atSeconds: 10.5) == true)   // 1 drained
        #expect(bucket.admit(atSeconds: 10.5) == false)
        #expect(bucket.admit(atSeconds: 12) == true)     // 3 drained
    }

    @Test func fullBucketAnswersQueryLimitExceededAndDoesNotExecute() async throws {
        try await Sandbox.with({ $0.rateLimit = RateLimit(burst: 3, drainPerSecond: 0) }) { sandbox in
            for index in 0..<3 { try await sandbox.addLine(title: "ok \(index)") }
            let refused = try await sandbox.call("voximplant.sip.add", ["TITLE": "over", "SERVER": "s.example.com", "LOGIN": "1"])
            #expect(refused.status == 503)
            #expect(refused.error == "QUERY_LIMIT_EXCEEDED")
            #expect(await sandbox.server.lines().count == 3)
        }
    }

    @Test func rateLimitNextRefusesExactlyThatManyCalls() async throws {
        try await Sandbox.with { sandbox in
            await sandbox.server.inject(.rateLimitNext(2))
            let statuses = try await (0..<3).asyncMap { _ in try await sandbox.call("voximplant.sip.get").status }
            #expect(statuses == [503, 503, 200])
        }
    }

    @Test func serverErrorsAreHTMLExcept500() async throws {
        try await Sandbox.with { sandbox in
            await sandbox.server.inject(.serverErrorNext(1, status: 502))
            await sandbox.server.inject(.serverErrorNext(1, status: 500))
            let gateway = try await sandbox.call("voximplant.sip.get")
            #expect(gateway.status == 502)
            #expect(gateway.json == nil)
            #expect(gateway.text.contains("502 Bad Gateway"))
            let ownError = try await sandbox.call("voximplant.sip.get")
            #expect(ownError.status == 500)
            #expect(ownError.error == "INTERNAL_SERVER_ERROR")
            #expect(try await sandbox.call("voximplant.sip.get").status == 200)
        }
    }

    @Test func garbageAndTruncatedAnswersAreNotJSON() async throws {
        try await Sandbox.with { sandbox in
            await sandbox.server.inject(.garbageNext(1))
            await sandbox.server.inject(.truncatedNext(1))
            let garbage = try await sandbox.call("voximplant.sip.add", ["TITLE": "g", "SERVER": "s.example.com", "LOGIN": "1"])
            #expect(garbage.status == 200)
            #expect(garbage.json == nil)
            let truncated = try await sandbox.call("voximplant.sip.get")
            #expect(truncated.status == 200)
            #expect(truncated.json == nil)
            #expect(truncated.text.hasPrefix("{\""))
            #expect(await sandbox.server.lines().isEmpty)  // "…Next" faults do not execute the call
        }
    }

    @Test func delayExecutesAndAnswersLate() async throws {
        try await Sandbox.with { sandbox in
            await sandbox.server.inject(.delayNext(1, .milliseconds(300)))
            let clock = ContinuousClock()
            let started = clock.now
            try await sandbox.addLine(title: "slow")
            // A lower bound only: the sleep cannot end early, whatever the machine's load.
            #expect(clock.now - started >= .milliseconds(300))
            #expect(await sandbox.server.lines().count == 1)
        }
    }

    @Test func errorNextAnswersTheGivenEnvelope() async throws {
        try await Sandbox.with { sandbox in
            await sandbox.server.inject(.overloadLimitNext(1))
            await sandbox.server.inject(.accessDeniedNext(1))
            await sandbox.server.inject(.insufficientScopeNext(1))
            await sandbox.server.inject(.errorNext(1, code: "PORTAL_DELETED", description: "Portal was deleted", status: 410))
            let answers = try await (0..<4).asyncMap { _ in try await sandbox.call("voximplant.sip.get") }
            #expect(answers.map(\.status) == [503, 403, 403, 410])
            #expect(answers.map(\.error) == ["OVERLOAD_LIMIT", "ACCESS_DENIED", "insufficient_scope", "PORTAL_DELETED"])
        }
    }

    @Test func operationTimeLimitCarriesTheResetTime() async throws {
        try await Sandbox.with { sandbox in
            await sandbox.server.inject(.operationTimeLimit(resetIn: .seconds(120)))
            let answer = try await sandbox.call("voximplant.sip.get")
            #expect(answer.status == 429)
            #expect(answer.error == "OPERATION_TIME_LIMIT")
            let resetAt = try #require(answer.json?["time"]?["operating_reset_at"]?.intValue)
            let start = try #require(answer.json?["time"]?["start"]?.doubleValue)
            #expect(resetAt >= Int(start) + 119)
            #expect(try await sandbox.call("voximplant.sip.get").status == 200)
        }
    }

    @Test func redirectNamesTheNewAddress() async throws {
        try await Sandbox.with { sandbox in
            await sandbox.server.inject(.redirectNext(1, to: "http://127.0.0.1:9"))
            await sandbox.server.inject(.redirectNext(1, to: "http://other.example/rest/x"))
            let moved = try await sandbox.call("voximplant.sip.get")
            #expect(moved.status == 302)
            let code = sandbox.server.webhookURL.split(separator: "/").last!
            #expect(moved.headers.first(name: "Location") == "http://127.0.0.1:9/rest/1/\(code)/voximplant.sip.get.json")
            let verbatim = try await sandbox.call("voximplant.sip.get")
            #expect(verbatim.headers.first(name: "Location") == "http://other.example/rest/x")
            #expect(try await sandbox.call("voximplant.sip.get").status == 200)
        }
    }

    @Test func droppedConnectionAfterAddFailsTheClientButStoresTheLine() async throws {
        try await Sandbox.with { sandbox in
            await sandbox.server.inject(.dropConnectionAfterAdd)
            // A refused add does not consume the fault.
            let refused = try await sandbox.call("voximplant.sip.add", ["TITLE": "x"])
            #expect(refused.error == "CHECK_FIELDS_ERROR")
            await #expect(throws: (any Error).self) {
                _ = try await sandbox.call(
                    "voximplant.sip.add", ["TITLE": "Dropped", "SERVER": "s.example.com", "LOGIN": "1"])
            }
            let titles = await sandbox.server.lines().compactMap { $0["TITLE"]?.stringValue }
            #expect(titles == ["Dropped"])
            // The connection is gone, the server is not.
            #expect(try await sandbox.call("voximplant.sip.get").result?.arrayValue?.count == 1)
        }
    }

    @Test func brokenAnswersAfterAddStillStoreTheLine() async throws {
        try await Sandbox.with { sandbox in
            await sandbox.server.inject(.garbageAfterAdd)
            await sandbox.server.inject(.truncatedAfterAdd)
            await sandbox.server.inject(.serverErrorAfterAdd(status: 504))
            let garbage = try await sandbox.call("voximplant.sip.add", ["TITLE": "g", "SERVER": "s.example.com", "LOGIN": "1"])
            #expect(garbage.status == 200 && garbage.json == nil)
            let truncated = try await sandbox.call("voximplant.sip.add", ["TITLE": "t", "SERVER": "s.example.com", "LOGIN": "1"])
            #expect(truncated.status == 200 && truncated.json == nil)
            #expect(truncated.text.contains("\"result\""))
            let gateway = try await sandbox.call("voximplant.sip.add", ["TITLE": "e", "SERVER": "s.example.com", "LOGIN": "1"])
            #expect(gateway.status == 504)
            #expect(await sandbox.server.lines().count == 3)
            let normal = try await sandbox.call("voximplant.sip.add", ["TITLE": "n", "SERVER": "s.example.com", "LOGIN": "1"])
            #expect(normal.status == 200 && normal.result != nil)
        }
    }

    @Test func faultControlOverHTTPIsOffUnlessAskedFor() async throws {
        try await Sandbox.with { sandbox in
            let answer = try await sandbox.send(
                url: sandbox.server.baseURL + "_sandbox/faults", body: .json(["fault": "rateLimitNext", "count": 1]))
            #expect(answer.status == 404)
            #expect(try await sandbox.call("voximplant.sip.get").status == 200)
        }
        try await Sandbox.with({ $0.faultControlOverHTTP = true }) { (sandbox: Sandbox) async throws in
            let control = sandbox.server.baseURL + "_sandbox/faults"
            #expect(try await sandbox.send(url: control, body: .json(["fault": "rateLimitNext", "count": 1])).status == 200)
            #expect(try await sandbox.send(url: control, body: .json(["fault": "errorNext", "code": "ACCESS_DENIED", "status": 403])).status == 200)
            #expect(try await sandbox.send(url: control, body: .json(["fault": "webhookPermissions", "value": "noTelephonyScope"])).status == 200)
            #expect(try await sandbox.send(url: control, body: .json(["fault": "nonsense"])).status == 400)
            #expect(try await sandbox.call("voximplant.sip.get").error == "QUERY_LIMIT_EXCEEDED")
            #expect(try await sandbox.call("voximplant.sip.get").error == "ACCESS_DENIED")
            #expect(try await sandbox.call("voximplant.sip.get").error == "insufficient_scope")
        }
    }
}

extension Sequence {
    /// Runs one after another (order matters for faults).
    func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var results: [T] = []
        for element in self { results.append(try await transform(element)) }
        return results
    }
}
