import BitrixJSON
import Testing
@testable import SandboxPortal

/// `batch` as the portal serves it, and what SDKs ask on the way (`profile`, `scope`, `app.info`).
@Suite struct BatchAndIntrospectionTests {
    @Test func batchRunsCommandsInTheWrittenOrderAndSplitsResultsFromErrors() async throws {
        try await Sandbox.with { sandbox in
            try await sandbox.addLine(title: "First")
            // Raw JSON: the keys in an order no sorting would give.
            let body = """
                {"halt": 0, "cmd": {
                  "zadd": "voximplant.sip.add?TITLE=Second&SERVER=s.example.com&LOGIN=2&PASSWORD=pw",
                  "missing": "voximplant.sip.delete?CONFIG_ID=999",
                  "again": "voximplant.sip.get?FILTER%5BTITLE%5D=Second",
                  "ref": "voximplant.sip.get?FILTER%5BCONFIG_ID%5D=$result[zadd][CONFIG_ID]"}}
                """
            let answer = try await sandbox.send(url: sandbox.server.webhookURL + "batch.json",
                                                body: .raw(body, contentType: "application/json"))
            #expect(answer.status == 200)
            let result = try #require(answer.result)
            // "again" ran after "zadd" (written first), so it sees the new line.
            #expect(result["result"]?["again"]?.arrayValue?.count == 1)
            #expect(result["result"]?["zadd"]?["TITLE"] == "Second")
            #expect(result["result"]?["ref"]?.arrayValue?.first?["TITLE"] == "Second")
            #expect(result["result_error"]?["missing"]?["error"] == "ERROR_NOT_FOUND")
            #expect(result["result_total"]?["again"]?.intValue == 1)
            #expect(result["result_time"]?["zadd"]?["start"] != nil)
            #expect(answer.json?["time"]?["start"] != nil)
        }
    }

    @Test func haltStopsAtTheFirstErrorAndAListOfCommandsAnswersLists() async throws {
        try await Sandbox.with { sandbox in
            let halted = try await sandbox.call("batch", [
                "halt": 1,
                "cmd": .array(["voximplant.sip.delete?CONFIG_ID=1", "voximplant.sip.get"]),
            ])
            #expect(halted.status == 200)
            #expect(halted.result?["result"] == .array([]))
            #expect(halted.result?["result_error"]?.arrayValue?.first?["error"] == "ERROR_NOT_FOUND")
            let both = try await sandbox.call("batch", ["cmd": .array(["voximplant.sip.get", "profile"])])
            #expect(both.result?["result"]?.arrayValue?.count == 2)
            #expect(both.result?["result_error"] == .array([]))
        }
    }

    @Test func formEncodedBatchKeepsItsOrderToo() async throws {
        try await Sandbox.with { sandbox in
            let form = "halt=1&cmd%5Bb%5D=voximplant.sip.delete%3FCONFIG_ID%3D5&cmd%5Ba%5D=voximplant.sip.get"
            let answer = try await sandbox.send(url: sandbox.server.webhookURL + "batch", body: .form(form))
            #expect(answer.result?["result_error"]?["b"]?["error"] == "ERROR_NOT_FOUND")
            #expect(answer.result?["result"] == .array([]), "a ran although b failed first and halt was set")
        }
    }

    @Test func limitsNestingAndPermissions() async throws {
        try await Sandbox.with { sandbox in
            let tooMany = try await sandbox.call("batch", ["cmd": .array(Array(repeating: "profile", count: 51))])
            #expect(tooMany.error == "ERROR_BATCH_LENGTH_EXCEEDED")
            let fifty = try await sandbox.call("batch", ["cmd": .array(Array(repeating: "profile", count: 50))])
            #expect(fifty.result?["result"]?.arrayValue?.count == 50)
            let nested = try await sandbox.call("batch", ["cmd": ["inner": "batch?cmd%5Ba%5D=profile"]])
            #expect(nested.result?["result_error"]?["inner"]?["error"] == "ERROR_BATCH_METHOD_NOT_ALLOWED")
            let malformed = try await sandbox.call("batch", ["cmd": 5])
            #expect(malformed.status == 400)

            await sandbox.server.setWebhookPermissions(.noTelephonyScope)
            let refused = try await sandbox.call("batch", ["cmd": ["get": "voximplant.sip.get", "me": "profile"]])
            #expect(refused.status == 200)
            #expect(refused.result?["result_error"]?["get"]?["error"] == "insufficient_scope")
            #expect(refused.result?["result"]?["me"]?["ID"] == "1")
            #expect(try await sandbox.call("scope").result == .array(["user_basic"]))
            // Each command is recorded, so tests can count adds made through a batch.
            #expect(await sandbox.server.requests().contains { $0.method == "voximplant.sip.get" && $0.error == "insufficient_scope" })
        }
    }

    @Test func profileScopeAndAppInfo() async throws {
        try await Sandbox.with { sandbox in
            let profile = try await sandbox.call("profile")
            #expect(profile.result?["ID"] == "1" && profile.result?["ADMIN"] == .bool(true))
            #expect(try await sandbox.call("scope").result == .array(["telephony", "user_basic"]))
            let full = try await sandbox.call("scope", ["full": true])
            #expect(full.result?.arrayValue?.contains("crm") == true)
            let info = try await sandbox.call("app.info")
            #expect(info.result?["SCOPE"] == .array(["telephony", "user_basic"]))
            #expect(info.result?["LICENSE"] != nil)
        }
    }

    @Test func aFaultForOneMethodLeavesTheOthersAlone() async throws {
        try await Sandbox.with { sandbox in
            await sandbox.server.inject(.only(method: "voximplant.sip.add", .serverErrorNext(1, status: 502)))
            #expect(try await sandbox.call("voximplant.sip.get").status == 200)
            #expect(try await sandbox.call("voximplant.sip.add", ["TITLE": "x", "SERVER": "s", "LOGIN": "l", "PASSWORD": "p"]).status == 502)
            #expect(try await sandbox.call("voximplant.sip.add", ["TITLE": "x", "SERVER": "s", "LOGIN": "l", "PASSWORD": "p"]).status == 200)
            await sandbox.server.inject(.emptyNext(1))
            let empty = try await sandbox.call("voximplant.sip.get")
            #expect(empty.status == 200 && empty.bytes.isEmpty)
        }
    }
}
