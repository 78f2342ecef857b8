import Foundation
import SandboxPortal
import TestSupport
import Testing

/// The real binary with `LANG=ru_RU.UTF-8` (a locale this machine does not have: the terminal falls back to
/// C.UTF-8, the words stay Russian), in tmux at 80×24, from the portal screen to two created lines. Every screen is
/// recognised by Russian words written out here, so a screen that fell back to English fails the run.
/// Part of the serialized "wizard in tmux" suite (see PortalScreenInTmuxTests for why).
extension WizardInTmuxTests {
    static let russianPassword = "Ru5-s3cret-PW"

    @Test("LANG=ru_RU.UTF-8: portal, form, review, result and help in Russian; a cloud and an office line created")
    func russianRun() async throws {
        let (portal, home) = try await WizardFixtures.sandboxAndHome {
            $0.connector = ConnectorState(freeMinutes: 2, paid: false)
        }
        defer { WizardFixtures.clean(portal, home: home) }
        let screen = try WizardScreen.launch(WizardFixtures.environment(home: home, webhook: nil, lang: "ru_RU.UTF-8"),
                                             unset: ["LC_MESSAGES"])

        // The portal screen: the webhook is checked, the connector's two free minutes told in the right form.
        try screen.waitForAll(["Новая SIP-линия", "Разработчикам → Другое → Входящий вебхук", "Enter проверить"])
        screen.type(portal.webhookURL)
        screen.press("Enter")
        try screen.waitForAll(["Вебхук работает на", "остались 2 бесплатные минуты", "Сохранить портал как",
                               "Esc без сохранения"])
        screen.press("Escape")

        // PBX type, then the form and review in Russian.
        try screen.waitForAll(["Шаг 1 из 5", "Облачная АТС", "Офисная АТС", "Линий, доступных этому вебхуку: 0",
                               "используется только в этом запуске", "Enter далее"])
        try screen.fillDraft(title: "Главный офис", server: "sip.provider.example", login: "user100",
                             password: Self.russianPassword, language: .russian)
        try screen.waitForAll(["Проверка", "Тип АТС", "Название   Главный офис", "Enter создать"])

        // The cloud result: the line, the registration followed until it succeeds, the help of the screen.
        screen.press("Enter")
        try screen.waitForAll(["SIP-линия создана", "Линия «Главный офис» подключена к Битрикс24 как облачная АТС.",
                               "Регистрация на sip.provider.example", "s сохранить данные"])
        try screen.waitFor("выполнена (200 OK)", seconds: 30)
        screen.press("F1")
        try screen.waitForAll(["Справка · Результат", "создать ещё одну линию", "Esc закрыть справку"])
        screen.press("Escape")
        try screen.waitUntil("the help closed") { !$0.contains("Справка · Результат") }

        // A second line, an office one: its incoming credentials are explained in Russian.
        screen.press("n")
        try screen.waitFor("Шаг 1 из 5")
        try screen.fillDraft(office: true, title: "Склад", server: "pbx.office.example", login: "office1",
                             password: Self.russianPassword, language: .russian)
        screen.press("Enter")
        try screen.waitForAll(["Линия офисной АТС «Склад» создана. Теперь настройте офисную АТС:",
                               "Введите на своей АТС эти данные", "r показать"])

        // Quitting leaves the summary in Russian, with the plural of two lines.
        screen.quitFromResult()
        try screen.waitForAll(["sipline: на ", "создано 2 линии", "облачная линия «Главный офис»",
                               "офисная линия «Склад»"])
        let titles = await portal.lines().compactMap { $0["TITLE"]?.stringValue }.sorted()
        #expect(titles == ["Главный офис", "Склад"])
        screen.expectTerminalRestored()
        screen.expectNeverShown(Self.russianPassword)
    }
}
