import BitrixJSON
import Testing

@testable import SandboxPortal

@Suite struct OtherMethodsTests {
    @Test func getAnswersStringsWithoutID() async throws {
        try await Sandbox.with { sandbox in
            let added = try await sandbox.addLine(title: "Cloud")
            try await sandbox.addLine(title: "Office", type: "office")
            let answer = try await sandbox.call("voximplant.sip.get")
            let items = try #require(answer.result?.arrayValue)
            #expect(items.count == 2)
            #expect(answer.json?["total"] == 2)
            #expect(answer.json?["next"] == nil)
            let cloud = items[0]
            #expect(cloud["ID"] == nil)
            #expect(cloud["CONFIG_ID"] == .string(added["CONFIG_ID"]?.stringValue ?? "?"))
            #expect(cloud["REG_ID"] == .string(added["REG_ID"]?.stringValue ?? "?"))
            #expect(items[1]["INCOMING_LOGIN"]?.stringValue != nil)
            #expect(items[1]["REG_ID"] == nil)
        }
    }

    @Test func emptyGetHasNoTotal() async throws {
        try await Sandbox.with { sandbox in
            let answer = try await sandbox.call("voximplant.sip.get")
            #expect(answer.result == .array([]))
            #expect(answer.json?["total"] == nil)
        }
    }

    @Test func getPagesAreFiftyRows() async throws {
        try await Sandbox.with({ $0.maxCloudLines = 200; $0.rateLimit = .unlimited }) { sandbox in
            for index in 0..<120 {
                try await sandbox.addLine(title: "Line \(index)", login: String(index))
            }
            var titles: [String] = []
            var start: Int? = 0
            var pages = 0
            while let offset = start {
                let answer = try await sandbox.call("voximplant.sip.get", ["start": .int(Int64(offset))])
                #expect(answer.json?["total"] == 120)
                titles += answer.result?.arrayValue?.compactMap { $0["TITLE"]?.stringValue } ?? []
                start = answer.json?["next"]?.intValue
                pages += 1
            }
            #expect(pages == 3)
            #expect(titles == (0..<120).map { "Line \($0)" })
        }
    }

    @Test func getFiltersAndSorts() async throws {
        try await Sandbox.with { sandbox in
            try await sandbox.addLine(title: "b-cloud")
            try await sandbox.addLine(title: "a-office", type: "office")
            try await sandbox.addLine(title: "c-cloud")
            let clouds = try await sandbox.call(
                "voximplant.sip.get", ["FILTER": ["type": "cloud"], "SORT": "TITLE", "ORDER": "DESC"])
            #expect(clouds.result?.arrayValue?.compactMap { $0["TITLE"]?.stringValue } == ["c-cloud", "b-cloud"])
            let notCloud = try await sandbox.call("voximplant.sip.get", ["FILTER": ["!TYPE": "cloud"]])
            #expect(notCloud.result?.arrayValue?.compactMap { $0["TITLE"]?.stringValue } == ["a-office"])
            let like = try await sandbox.call("voximplant.sip.get", ["filter": ["%TITLE": "CLOUD"], "sort": "title", "order": "asc"])
            #expect(like.result?.arrayValue?.compactMap { $0["TITLE"]?.stringValue } == ["b-cloud", "c-cloud"])
        }
    }

    @Test func updateAppliesTheRulesAndRestartsRegistration() async throws {
        try await Sandbox.with({ $0.registrationSteps = RegistrationSteps(wait: 0, inProgress: 0) }) { sandbox in
            let line = try await sandbox.addLine(title: "One")
            try await sandbox.addLine(title: "Two")
            let configID = try #require(line["CONFIG_ID"])
            let regID = try #require(line["REG_ID"])
            let first = try await sandbox.call("voximplant.sip.status", ["REG_ID": regID])
            #expect(first.result?["STATUS_RESULT"] == "success")

            let nothing = try await sandbox.call("voximplant.sip.update", ["CONFIG_ID": configID])
            #expect(nothing.error == "CHECK_FIELDS_ERROR")
            let clash = try await sandbox.call("voximplant.sip.update", ["CONFIG_ID": configID, "TITLE": "TWO"])
            #expect(clash.error == "TITLE_EXISTS")
            let sameTitle = try await sandbox.call("voximplant.sip.update", ["CONFIG_ID": configID, "TITLE": "one"])
            #expect(sameTitle.result == 1)
            let emptyServer = try await sandbox.call("voximplant.sip.update", ["CONFIG_ID": configID, "SERVER": " "])
            #expect(emptyServer.error == "CHECK_FIELDS_ERROR")
            let changed = try await sandbox.call(
                "voximplant.sip.update", ["config_id": .string(configID.stringValue ?? ""), "server": "http://new.invalid "])
            #expect(changed.status == 200)
            #expect(changed.result == 1)
            let stored = await sandbox.server.lines().first { $0["CONFIG_ID"]?.stringValue == configID.stringValue }
            #expect(stored?["SERVER"] == "new.invalid")
            #expect(stored?["TITLE"] == "one")
            let after = try await sandbox.call("voximplant.sip.status", ["REG_ID": regID])
            #expect(after.result?["STATUS_RESULT"] == "error")
            let unknown = try await sandbox.call("voximplant.sip.update", ["CONFIG_ID": 99999, "TITLE": "x"])
            #expect(unknown.status == 404)
            #expect(unknown.error == "ERROR_NOT_FOUND")
        }
    }

    @Test func deleteRemovesTheLineAndItsRegistration() async throws {
        try await Sandbox.with { sandbox in
            let line = try await sandbox.addLine(title: "Doomed")
            let deleted = try await sandbox.call("voximplant.sip.delete", ["CONFIG_ID": line["CONFIG_ID"]!])
            #expect(deleted.result == 1)
            #expect(await sandbox.server.lines().isEmpty)
            let again = try await sandbox.call("voximplant.sip.delete", ["CONFIG_ID": line["CONFIG_ID"]!])
            #expect(again.status == 400)
            #expect(again.error == "ERROR_NOT_FOUND")
            let status = try await sandbox.call("voximplant.sip.status", ["REG_ID": line["REG_ID"]!])
            #expect(status.error == "REG_ID_NOT_FOUND")
        }
    }

    @Test func registrationMovesThroughItsStages() async throws {
        try await Sandbox.with({ $0.registrationSteps = RegistrationSteps(wait: 2, inProgress: 1) }) { sandbox in
            let line = try await sandbox.addLine(title: "Reg")
            var stages: [String] = []
            for _ in 0..<5 {
                let answer = try await sandbox.call("voximplant.sip.status", ["REG_ID": .string(line["REG_ID"]?.stringValue ?? "")])
                stages.append(answer.result?["STATUS_RESULT"]?.stringValue ?? "?")
                if answer.result?["STATUS_RESULT"] == "success" {
                    #expect(answer.result?["STATUS_CODE"] == 200)
                    #expect(answer.result?["ERROR_MESSAGE"] == "")
                    let updated = answer.result?["LAST_UPDATED"]?.stringValue ?? ""
                    #expect(updated.count == 19)
                    #expect(updated.dropFirst(10).first == " ")
                }
            }
            #expect(stages == ["wait", "wait", "in_progress", "success", "success"])
            #expect(await sandbox.server.lines().first?["REGISTRATION_STATUS_CODE"] == "200")
        }
    }

    @Test func invalidServersFailToResolve() async throws {
        try await Sandbox.with { sandbox in
            let line = try await sandbox.addLine(title: "Nowhere", server: "pbx.example.invalid:5060")
            var last: JSONValue?
            for _ in 0..<3 { last = try await sandbox.call("voximplant.sip.status", ["REG_ID": line["REG_ID"]!]).result }
            #expect(last?["STATUS_RESULT"] == "error")
            #expect(last?["STATUS_CODE"] == 502)
            #expect(last?["ERROR_MESSAGE"] == "Unable to resolve hostname")
            let unknown = try await sandbox.call("voximplant.sip.status", ["REG_ID": 1])
            #expect(unknown.status == 400)
            #expect(unknown.error == "REG_ID_NOT_FOUND")
        }
    }

    @Test func connectorStatusReportsMinutesAndPayment() async throws {
        try await Sandbox.with { sandbox in
            let free = try await sandbox.call("voximplant.sip.connector.status")
            #expect(free.result?["FREE_MINUTES"] == 100)
            #expect(free.result?["PAID"] == false)
            #expect(free.result?["PAID_DATE_END"] == nil)
        }
        try await Sandbox.with({ $0.connector = ConnectorState(freeMinutes: 0, paid: true) }) { sandbox in
            let paid = try await sandbox.call("voximplant.sip.connector.status")
            #expect(paid.result?["PAID"] == true)
            #expect(paid.result?["PAID_DATE_END"]?.stringValue != nil)
        }
    }

    @Test func webhookWithoutScopeOrRightIsRefused() async throws {
        try await Sandbox.with({ $0.webhookPermissions = .noTelephonyScope }) { sandbox in
            let answer = try await sandbox.call("voximplant.sip.connector.status")
            #expect(answer.status == 403)
            #expect(answer.error == "insufficient_scope")
            await sandbox.server.setWebhookPermissions(.noTelephonyRight)
            let denied = try await sandbox.call("voximplant.sip.get")
            #expect(denied.status == 403)
            #expect(denied.error == "ACCESS_DENIED")
        }
    }
}
