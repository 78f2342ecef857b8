import Testing
import Words

@Suite struct LanguageTests {
    @Test(arguments: [
        (["sipline", "--lang", "ru"], [:], Language.russian),
        (["sipline", "--lang=en"], ["LANG": "ru_RU.UTF-8"], .english),
        (["sipline"], ["LANG": "ru_RU.UTF-8"], .russian),
        (["sipline"], ["LC_ALL": "C", "LANG": "ru_RU.UTF-8"], .english),
        (["sipline"], ["LC_MESSAGES": "ru_RU", "LANG": "en_US.UTF-8"], .russian),
        (["sipline"], ["LC_ALL": "", "LANG": "ru"], .russian),
        (["sipline"], ["LANG": "de_DE.UTF-8"], .english),
        (["sipline"], [:], .english),
        (["sipline", "--", "--lang", "ru"], [:], .english),
    ] as [([String], [String: String], Language)])
    func choosesTheAskedLanguage(_ arguments: [String], _ environment: [String: String], _ expected: Language) {
        #expect(Language.chosen(arguments: arguments, environment: environment) == expected)
    }

    @Test(arguments: [(0, "many"), (1, "one"), (2, "few"), (4, "few"), (5, "many"), (11, "many"), (12, "many"),
                      (14, "many"), (21, "one"), (22, "few"), (25, "many"), (101, "one"), (111, "many"), (112, "many")])
    func russianPluralForms(_ count: Int, _ form: String) {
        #expect(["one", "few", "many"][Plural.form(count, in: .russian)] == form)
    }

    @Test(arguments: [(0, "other"), (1, "one"), (2, "other"), (21, "other")])
    func englishPluralForms(_ count: Int, _ form: String) {
        #expect(["one", "other"][Plural.form(count, in: .english)] == form)
    }
}

@Suite struct AnyPhraseTests {
    @Test func wrapsAnyAreaAndComparesByValue() {
        let a = AnyPhrase(ListPhrase.noLines(host: "x"))
        #expect(a == AnyPhrase(ListPhrase.noLines(host: "x")))
        #expect(a != AnyPhrase(ListPhrase.noLines(host: "y")))
        #expect(AnyPhrase(a) == a)
        #expect(Words(.russian)(a) == "На портале x нет SIP-линий.")
        #expect(Words.english(a) == "No SIP lines on x.")
    }
}
