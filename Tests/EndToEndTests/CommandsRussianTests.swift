import Foundation
import Testing
import BitrixJSON
import SandboxPortal
import TestSupport

/// The commands in Russian: asked for by `LANG=ru_RU.UTF-8` (whether or not that locale is installed) or by
/// `--lang ru`. `--json` keeps Bitrix24's keys and codes; only `error_description` is in the person's language.
@Suite struct CommandsRussianTests {
    static let russianLocale = ["LANG": "ru_RU.UTF-8"]
    static let password = "Ru-unique-Pa55word"

    func add(_ home: CommandHome, _ server: SandboxServer, title: String, host: String = "sip.example.com",
             extra: [String] = [], environment: [String: String] = russianLocale) async throws -> CommandRun {
        try await home.run(["add", "--title", title, "--server", host, "--login", "100", "--password-stdin"] + extra,
                           webhook: server.webhookURL, stdin: Self.password, environment: environment)
    }

    @Test func invalidFieldsOfAddAreExplainedInRussianAndNothingIsSent() async throws {
        try await withSandbox { server in
            let home = try CommandHome()
            let human = try await add(home, server, title: "", host: "sip:100@pbx.example.com")
            #expect(human.status == 65)
            #expect(human.stderr.contains("sipline: Ничего не отправлено: ошибки в 2 полях."), "\(human.stderr)")
            #expect(human.stderr.contains("  TITLE: Укажите название: под ним эту линию будут видеть в Битрикс24."))
            #expect(human.stderr.contains("  SERVER: Сервер указан как SIP-адрес (sip:…), а портал принимает только хост"))
            #expect(!human.stderr.contains("Nothing was sent"))

            // --lang ru over an English locale; in JSON the keys and the code stay Bitrix24's.
            let json = try await add(home, server, title: "Офис", host: "bad server", extra: ["--json", "--lang", "ru"],
                                     environment: ["LANG": "en_US.UTF-8"])
            #expect(json.status == 65)
            let document = try JSONValue.parse(json.stdout)
            #expect(document.objectValue?.keys.sorted() == ["error", "error_description"])
            #expect(document["error"] == "INVALID_FIELDS")
            let description = try #require(document["error_description"]?.stringValue)
            #expect(description.hasPrefix("Ничего не отправлено: в поле ошибка."), "\(description)")
            #expect(description.contains("SERVER: В адресе сервера «bad server» есть пробел"))
            #expect(!json.allOutput.contains(Self.password))
            #expect(await server.requests().isEmpty)
        }
    }

    @Test func portalRefusalsAreExplainedInRussianWithThePortalsOwnCode() async throws {
        try await withSandbox({ $0.maxCloudLines = 1 }) { server in
            let home = try CommandHome()
            let created = try await add(home, server, title: "Первая")
            #expect(created.status == 0, "\(created.stderr)")
            #expect(created.stdout.contains("SIP-линия "), "\(created.stdout)")
            #expect(created.stdout.contains(" создана на портале 127.0.0.1:\(server.port)."))
            #expect(created.stdout.contains("Теперь Битрикс24 регистрируется на sip.example.com."))
            #expect(created.stdout.contains("TITLE:      Первая"))

            let full = try await add(home, server, title: "Вторая")
            #expect(full.status == 1)
            #expect(full.stderr.contains("sipline: На портале уже максимальное число линий облачной АТС (MAX_CLOUD_PBX"),
                    "\(full.stderr)")
            let fullJSON = try await add(home, server, title: "Вторая", extra: ["--json"])
            #expect(fullJSON.status == 1)
            let document = try JSONValue.parse(fullJSON.stdout)
            #expect(document["error"] == "MAX_CLOUD_PBX")
            #expect(document["error_description"]?.stringValue?.contains("Подключите офисную АТС") == true)

            let refused = try await home.run(["list", "--lang", "ru"], webhook: CommandsPortalTests.wrongCode(server.webhookURL))
            #expect(refused.status == 77)
            #expect(refused.stderr.contains("sipline: Портал не принял вебхук"), "\(refused.stderr)")
            #expect(refused.stderr.contains("Разработчикам → Другое → Входящий вебхук"))
            #expect(!refused.allOutput.contains("wrongcode123"))
        }
    }

    @Test func listSpeaksRussianWithRussianPluralsAndJSONKeepsBitrix24Keys() async throws {
        try await withSandbox { server in
            let home = try CommandHome()
            let empty = try await home.run(["list"], webhook: server.webhookURL, environment: Self.russianLocale)
            #expect(empty.status == 0)
            #expect(empty.stdout == "На портале 127.0.0.1:\(server.port) нет SIP-линий.\n")

            for (title, type) in [("Офис", "cloud"), ("Склад", "office")] {
                #expect(try await add(home, server, title: title, extra: ["--type", type]).status == 0)
            }
            let two = try await home.run(["list", "--lang", "ru"], webhook: server.webhookURL)
            #expect(two.status == 0, "\(two.stderr)")
            #expect(two.stdout.hasPrefix("CONFIG_ID  TYPE    TITLE"))
            #expect(two.stdout.contains("2 линии на 127.0.0.1:\(server.port): облачных — 1, офисных — 1."), "\(two.stdout)")

            let json = try await home.run(["list", "--json"], webhook: server.webhookURL, environment: Self.russianLocale)
            let lines = try #require(try JSONValue.parse(json.stdout).arrayValue)
            #expect(lines.count == 2)
            #expect(lines.allSatisfy { $0["CONFIG_ID"]?.intValue != nil && $0["PASSWORD"] == "********" })
            #expect(Set(lines.compactMap { $0["TITLE"]?.stringValue }) == ["Офис", "Склад"])
        }
    }

    @Test func helpAndUsageErrorsSpeakRussian() async throws {
        let home = try CommandHome()
        let help = try await home.run(["add", "--help"], environment: Self.russianLocale)
        #expect(help.status == 0)
        #expect(help.stdout.contains("Создать SIP-линию (voximplant.sip.add)."), "\(help.stdout)")
        #expect(help.stdout.contains("Название подключения в Битрикс24 (TITLE)."))
        #expect(help.stdout.contains("Пароль"))
        let english = try await home.run(["add", "--help", "--lang", "en"], environment: Self.russianLocale)
        #expect(english.stdout.contains("Create a SIP line (voximplant.sip.add)."))

        let usage = try await home.run(["update", "0", "--title", "T", "--lang", "ru"])
        #expect(usage.status == 64)
        #expect(usage.stderr.contains("CONFIG_ID должен быть положительным числом, а не 0."), "\(usage.stderr)")
        let unknownLanguage = try await home.run(["list", "--lang", "de"])
        #expect(unknownLanguage.status == 64)
    }
}
