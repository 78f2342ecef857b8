import BitrixJSON
import Testing

@testable import SandboxPortal

@Suite struct AddRulesTests {
    @Test func cloudAddAnswersNumbersAndARegistration() async throws {
        try await Sandbox.with { sandbox in
            let result = try await sandbox.addLine(title: "Main line")
            guard case .int = result["ID"], case .int = result["CONFIG_ID"], case .int = result["REG_ID"] else {
                Issue.record("ID, CONFIG_ID and REG_ID must be JSON numbers in add: \(result)")
                return
            }
            #expect(result["ID"] != result["CONFIG_ID"])
            #expect(result["TYPE"] == "cloud")
            #expect(result["PASSWORD"] == "secret")
            #expect(result["AUTH_USER"] == "")
            #expect(result["DETECT_LINE_NUMBER"] == "N")
            #expect(result["INCOMING_SERVER"] == nil)
        }
    }

    @Test func officeAddAnswersIncomingCredentialsAndNoRegistration() async throws {
        try await Sandbox.with { sandbox in
            let result = try await sandbox.addLine(title: "Office", type: "office")
            #expect(result["TYPE"] == "office")
            #expect(result["REG_ID"] == nil)
            let server = try #require(result["INCOMING_SERVER"]?.stringValue)
            #expect(server.hasPrefix("ip.b24-") && server.hasSuffix(".bitrixphone.com"))
            #expect(result["INCOMING_LOGIN"]?.stringValue?.hasPrefix("sip") == true)
            #expect((result["INCOMING_PASSWORD"]?.stringValue?.count ?? 0) >= 8)
        }
    }

    @Test func fieldsAreTrimmedAndTheSchemeStripped() async throws {
        try await Sandbox.with { sandbox in
            let answer = try await sandbox.call(
                "voximplant.sip.add",
                ["TITLE": "  Padded \t", "SERVER": " HTTPS://sip.example.com:5060 ", "LOGIN": "\n 42 ", "PASSWORD": "  pw  "])
            #expect(answer.status == 200, "\(answer.text)")
            #expect(answer.result?["TITLE"] == "Padded")
            #expect(answer.result?["SERVER"] == "sip.example.com:5060")
            #expect(answer.result?["LOGIN"] == "42")
            #expect(answer.result?["PASSWORD"] == "pw")
        }
    }

    @Test func trimmingStripsPHPsSetOnly() {
        #expect(FieldRules.phpTrim("\u{00A0}x\u{00A0}") == "\u{00A0}x\u{00A0}")
        #expect(FieldRules.phpTrim(" \t\n\r\u{0B}x\0") == "x")
    }

    @Test func lengthsAreCountedInCodePoints() async throws {
        try await Sandbox.with({ $0.maxCloudLines = 10 }) { sandbox in
            // 100 Cyrillic letters are 200 bytes but 100 code points: allowed.
            let hundred = String(repeating: "ж", count: 100)
            let fits = try await sandbox.call(
                "voximplant.sip.add", ["TITLE": "a", "SERVER": "s.example.com", "LOGIN": .string(hundred)])
            #expect(fits.status == 200, "\(fits.text)")
            // A family emoji is one grapheme but 5 code points: 20 of them are 100, 21 are too many.
            let family = "👨‍👩‍👧"
            #expect(family.unicodeScalars.count == 5)
            let tooLong = try await sandbox.call(
                "voximplant.sip.add",
                ["TITLE": "b", "SERVER": "s.example.com", "LOGIN": "1",
                 "PASSWORD": .string(String(repeating: family, count: 20) + "x")])
            #expect(tooLong.status == 400)
            #expect(tooLong.error == "CHECK_FIELDS_ERROR")
            #expect(tooLong.errorDescription?.contains("PASSWORD") == true)
        }
    }

    @Test func passwordIsCountedBeforeTrimming() async throws {
        try await Sandbox.with { sandbox in
            let padded = " " + String(repeating: "p", count: 99) + " "
            let answer = try await sandbox.call(
                "voximplant.sip.add", ["TITLE": "t", "SERVER": "s.example.com", "LOGIN": "1", "PASSWORD": .string(padded)])
            #expect(answer.error == "CHECK_FIELDS_ERROR")
            // SERVER is counted after the scheme is stripped.
            let server = "https://" + String(repeating: "s", count: 100)
            let stripped = try await sandbox.call(
                "voximplant.sip.add", ["TITLE": "t", "SERVER": .string(server), "LOGIN": "1"])
            #expect(stripped.status == 200, "\(stripped.text)")
        }
    }

    @Test func titleHasNoServerSideLimit() async throws {
        try await Sandbox.with { sandbox in
            let answer = try await sandbox.call(
                "voximplant.sip.add",
                ["TITLE": .string(String(repeating: "t", count: 150)), "SERVER": "s.example.com", "LOGIN": "1"])
            #expect(answer.status == 200)
        }
    }

    @Test func violationsAreJoinedWithBreaks() async throws {
        try await Sandbox.with { sandbox in
            let answer = try await sandbox.call(
                "voximplant.sip.add",
                ["TYPE": "pbx", "TITLE": "x", "SERVER": "   ", "LOGIN": .string(String(repeating: "l", count: 101))])
            #expect(answer.status == 400)
            #expect(answer.error == "CHECK_FIELDS_ERROR")
            let parts = answer.errorDescription?.split(separator: "<br>").map(String.init) ?? []
            #expect(parts.count == 3, "\(parts)")
            #expect(parts.contains { $0.contains("TYPE") })
            #expect(parts.contains { $0.contains("SERVER") })
            #expect(parts.contains { $0.contains("LOGIN") })
            #expect(await sandbox.server.lines().isEmpty)
        }
    }

    @Test func missingServerOrLoginIsAFieldError() async throws {
        try await Sandbox.with { sandbox in
            let noLogin = try await sandbox.call("voximplant.sip.add", ["TITLE": "x", "SERVER": "s.example.com"])
            #expect(noLogin.error == "CHECK_FIELDS_ERROR")
            let noServer = try await sandbox.call("voximplant.sip.add", ["TITLE": "x", "LOGIN": "1"])
            #expect(noServer.error == "CHECK_FIELDS_ERROR")
            let typeIgnoresCase = try await sandbox.call(
                "voximplant.sip.add", ["TYPE": "OFFICE", "TITLE": "x", "SERVER": "s.example.com", "LOGIN": "1"])
            #expect(typeIgnoresCase.result?["TYPE"] == "office")
        }
    }

    @Test func titlesAreUniqueIgnoringCase() async throws {
        try await Sandbox.with { sandbox in
            try await sandbox.addLine(title: "Main Line")
            let again = try await sandbox.call(
                "voximplant.sip.add", ["TYPE": "office", "TITLE": " main line ", "SERVER": "s.example.com", "LOGIN": "2"])
            #expect(again.status == 400)
            #expect(again.error == "TITLE_EXISTS")
            // Untitled lines never clash: a blind retry makes a duplicate.
            try await sandbox.addLine(title: "")
            try await sandbox.addLine(title: "")
            #expect(await sandbox.server.lines().count == 3)
        }
    }

    @Test func cloudLinesStopAtTheConfiguredLimitButOfficeLinesDoNot() async throws {
        try await Sandbox.with({ $0.maxCloudLines = 2 }) { sandbox in
            try await sandbox.addLine(title: "c1")
            try await sandbox.addLine(title: "c2")
            let third = try await sandbox.call(
                "voximplant.sip.add", ["TITLE": "c3", "SERVER": "s.example.com", "LOGIN": "3"])
            #expect(third.status == 400)
            #expect(third.error == "MAX_CLOUD_PBX")
            try await sandbox.addLine(title: "o1", type: "office")
        }
    }

    @Test func defaultLimitIsFive() async throws {
        #expect(SandboxConfiguration().maxCloudLines == 5)
        try await Sandbox.with { sandbox in
            for index in 1...5 { try await sandbox.addLine(title: "line \(index)") }
            let sixth = try await sandbox.call("voximplant.sip.add", ["TITLE": "six", "SERVER": "s.example.com", "LOGIN": "6"])
            #expect(sixth.error == "MAX_CLOUD_PBX")
        }
    }
}
