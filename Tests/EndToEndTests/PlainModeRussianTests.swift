import Foundation
import SandboxPortal
import Testing
import TestSupport

/// Plain mode from a pipe with `LANG=ru_RU.UTF-8` (chosen by itself: stdin is no terminal): the same dialogue in
/// Russian, still plain text within 80 columns.
/// The Russian words are written out here, so a prompt that fell back to English fails.
@Suite struct PlainModeRussianTests {
    static let password = "Pl41n-ru-s3cret"

    @Test func aCloudLineFromAPipeInRussian() async throws {
        try await withSandbox { sandbox in
            let home = try CommandHome()
            let answers = ["", "Главный офис", "sip.provider.example", "user100", Self.password, "y", "3"]
            let run = try await home.run([], webhook: sandbox.webhookURL,
                                         stdin: answers.joined(separator: "\n") + "\n",
                                         environment: ["LANG": "ru_RU.UTF-8"])
            #expect(run.status == 0)
            #expect(!run.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x9B })
            let long = run.stdout.split(separator: "\n").filter { $0.count > 80 }
            #expect(long.isEmpty, "lines over 80 columns: \(long)")
            #expect(!run.allOutput.contains(Self.password))
            #expect(run.stderr.contains("sipline: простой режим (вопросы по строкам), потому что"))
            for said in ["Отвечайте на вопросы и нажимайте Enter", "Шаг 1 из 5 · Тип АТС", "Тип АТС, 1 или 2 [1]: ",
                         "Шаг 2 из 5 · Название подключения", "Пароль (не виден при вводе): ", "Пароль:   (скрыт)",
                         "Создать линию? [Y/n]", "Линия «Главный офис» подключена к Битрикс24 как облачная АТС.",
                         "Регистрация: выполнена (200 OK)", "1  сохранить данные в файл", "Дальше [4]: "] {
                #expect(run.stdout.contains(said), "not said: \(said)\n\(run.stdout)")
            }
            let host = String(sandbox.webhookURL.split(separator: "/")[1])
            let summary = run.stdout.split(separator: "\n").last { $0.hasPrefix("sipline: ") }
            #expect(summary?.hasPrefix("sipline: создана облачная линия «Главный офис» (CONFIG_ID ") == true)
            #expect(summary?.hasSuffix(") на \(host)") == true, "summary: \(summary ?? "none")")
            #expect(await sandbox.lines().first?["TITLE"]?.stringValue == "Главный офис")
        }
    }
}
