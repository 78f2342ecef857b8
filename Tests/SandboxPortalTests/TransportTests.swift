import BitrixJSON
import Testing

@testable import SandboxPortal

@Suite struct TransportTests {
    @Test func webhookURLHasARandomCodeOfSixteenHexCharacters() async throws {
        try await Sandbox.with { sandbox in
            let url = sandbox.server.webhookURL
            #expect(url.hasPrefix("http://127.0.0.1:\(sandbox.server.port)/rest/1/"))
            let code = url.split(separator: "/").last.map(String.init) ?? ""
            #expect(code.count == 16)
            #expect(code.allSatisfy { $0.isHexDigit })
        }
    }

    @Test func aTakenPortFailsTheStartAndAFixedCodeIsUsed() async throws {
        try await Sandbox.with({ $0.webhookCode = "fixedcode"; $0.webhookUserID = 7 }) { (sandbox: Sandbox) async throws in
            #expect(sandbox.server.webhookURL == "http://127.0.0.1:\(sandbox.server.port)/rest/7/fixedcode/")
            var clash = SandboxConfiguration()
            clash.port = sandbox.server.port
            await #expect(throws: (any Error).self) { _ = try await SandboxServer.start(clash) }
            #expect(try await sandbox.call("voximplant.sip.get").status == 200)
        }
    }

    @Test func wrongCodeAndWrongUserAreAuthErrors() async throws {
        try await Sandbox.with { sandbox in
            let base = "http://127.0.0.1:\(sandbox.server.port)/rest/"
            let wrongCode = try await sandbox.send(url: base + "1/0000000000000000/voximplant.sip.get.json")
            #expect(wrongCode.status == 401)
            #expect(wrongCode.error == "INVALID_CREDENTIALS")
            let code = sandbox.server.webhookURL.split(separator: "/").last!
            let wrongUser = try await sandbox.send(url: base + "2/\(code)/voximplant.sip.get")
            #expect(wrongUser.status == 401)
            #expect(wrongUser.error == "NO_AUTH_FOUND")
            let records = await sandbox.server.requests()
            #expect(records.map(\.error) == ["INVALID_CREDENTIALS", "NO_AUTH_FOUND"])
        }
    }

    @Test func unknownMethodIsNotFoundAndMethodNamesIgnoreCase() async throws {
        try await Sandbox.with { sandbox in
            let unknown = try await sandbox.call("voximplant.sip.nonsense")
            #expect(unknown.status == 404)
            #expect(unknown.error == "ERROR_METHOD_NOT_FOUND")
            let shouting = try await sandbox.send(url: sandbox.server.webhookURL + "VOXIMPLANT.SIP.GET")
            #expect(shouting.status == 200)
            #expect(shouting.result == .array([]))
            let outside = try await sandbox.send(url: "http://127.0.0.1:\(sandbox.server.port)/elsewhere")
            #expect(outside.status == 404)
        }
    }

    @Test func successEnvelopeCarriesARealisticTime() async throws {
        try await Sandbox.with { sandbox in
            let answer = try await sandbox.call("voximplant.sip.connector.status")
            let time = try #require(answer.json?["time"])
            let start = try #require(time["start"]?.doubleValue)
            let finish = try #require(time["finish"]?.doubleValue)
            #expect(start > 1_700_000_000)
            #expect(finish >= start)
            #expect(time["duration"]?.doubleValue != nil)
            #expect(time["processing"]?.doubleValue != nil)
            let dateStart = try #require(time["date_start"]?.stringValue)
            // 2024-05-13T11:01:01+03:00
            #expect(dateStart.count == 25)
            #expect(dateStart.dropFirst(10).first == "T")
            #expect(["+", "-"].contains(dateStart.dropFirst(19).first))
            #expect(time["date_finish"]?.stringValue != nil)
        }
    }

    @Test func jsonFormAndQueryBodiesAllWorkWithAnyKeyCase() async throws {
        try await Sandbox.with({ $0.maxCloudLines = 10 }) { sandbox in
            let json = try await sandbox.call(
                "voximplant.sip.add", ["title": "From JSON", "Server": "a.example.com", "LOGIN": "1", "password": "p"])
            #expect(json.status == 200, "\(json.text)")
            let form = try await sandbox.send(
                url: sandbox.server.webhookURL + "voximplant.sip.add",
                body: .form("Title=From+form%21&server=b.example.com&Login=2&PASSWORD=p%26q"))
            #expect(form.status == 200, "\(form.text)")
            #expect(form.result?["TITLE"] == "From form!")
            #expect(form.result?["PASSWORD"] == "p&q")
            let query = try await sandbox.send(
                url: sandbox.server.webhookURL + "voximplant.sip.add.json?TITLE=From%20query&SERVER=c.example.com&login=3",
                httpMethod: .GET)
            #expect(query.status == 200, "\(query.text)")
            let titles = await sandbox.server.lines().compactMap { $0["TITLE"]?.stringValue }
            #expect(titles == ["From JSON", "From form!", "From query"])
            let records = await sandbox.server.requests()
            #expect(records.map(\.httpMethod) == ["POST", "POST", "GET"])
            #expect(records.allSatisfy { $0.method == "voximplant.sip.add" })
        }
    }

    @Test func formBracketsNestFilters() async throws {
        try await Sandbox.with { sandbox in
            try await sandbox.addLine(title: "Alpha")
            try await sandbox.addLine(title: "Beta")
            let answer = try await sandbox.send(
                url: sandbox.server.webhookURL + "voximplant.sip.get", body: .form("FILTER%5BTITLE%5D=beta"))
            #expect(answer.result?.arrayValue?.count == 1)
            #expect(answer.result?.arrayValue?.first?["TITLE"] == "Beta")
        }
    }

    @Test func malformedJSONBodyIsAnInvalidRequest() async throws {
        try await Sandbox.with { sandbox in
            let answer = try await sandbox.send(
                url: sandbox.server.webhookURL + "voximplant.sip.get", body: .raw("{\"FILTER\":", contentType: "application/json"))
            #expect(answer.status == 400)
            #expect(answer.error == "INVALID_REQUEST")
        }
    }
}

extension JSONValue {
    var doubleValue: Double? {
        switch self {
        case .double(let value): return value
        case .int(let value): return Double(value)
        default: return nil
        }
    }
}
