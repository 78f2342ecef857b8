import Testing
@testable import Words

/// The template language and the table format on their own, with made-up keys (the catalogue tests check the
/// real tables).
@Suite struct TemplateTests {
    private func render(_ text: String, _ arguments: [String: any TemplateValue] = [:],
                        in language: Language = .english) throws -> String {
        let table = TemplateTable(parsing: "[Test]\nkey: " + text, language: language)
        try #require(table.problems == [])
        return table.render(TemplateCall(area: "Test", key: "key", arguments: arguments.mapValues(\.templateArgument)))
    }

    @Test func substitutesTextNumbersAndPhrasesInTheTemplatesLanguage() throws {
        #expect(try render("{host} has {count} lines", ["host": "pbx", "count": 12]) == "pbx has 12 lines")
        let phrase = ListPhrase.noLines(host: "x")
        #expect(try render("«{reason}»", ["reason": phrase]) == "«No SIP lines on x.»")
        #expect(try render("«{reason}»", ["reason": phrase], in: .russian) == "«На портале x нет SIP-линий.»")
    }

    @Test(arguments: [(0, "0 lines"), (1, "1 line"), (2, "2 lines"), (21, "21 lines")])
    func choosesEnglishPluralForms(_ count: Int, _ expected: String) throws {
        #expect(try render("{n} {n|line|lines}", ["n": count]) == expected)
    }

    @Test(arguments: [(0, "0 линий"), (1, "1 линия"), (3, "3 линии"), (5, "5 линий"), (11, "11 линий"),
                      (21, "21 линия"), (22, "22 линии"), (112, "112 линий")])
    func choosesRussianPluralForms(_ count: Int, _ expected: String) throws {
        #expect(try render("{n} {n|линия|линии|линий}", ["n": count], in: .russian) == expected)
    }

    @Test func leavesOutAnOptionalPartWhenItsValueIsAbsent() throws {
        let template = "paid{until? until {until}}: ok"
        #expect(try render(template, ["until": Optional("May")]) == "paid until May: ok")
        #expect(try render(template, ["until": String?.none]) == "paid: ok")
        #expect(try render("a{x? {x} and {y}}", ["x": Optional(1), "y": "why"]) == "a 1 and why")
    }

    @Test func joinsAListWithTheSeparatorWritten() throws {
        #expect(try render("[{names*, }]", ["names": ["a", "b", "c"]]) == "[a, b, c]")
        #expect(try render("[{names*; }]", ["names": [String]()]) == "[]")
    }

    @Test func aSentenceGetsItsFullStopOnlyWhenItLacksOne() throws {
        let withStop = TemplateArgument.sentence(AnyPhrase(PrivateFilePhrase.missing(path: "p")))
        let withoutStop = TemplateArgument.sentence(AnyPhrase(ConfigPhrase.notUTF8))
        #expect(try render("{r} Next", ["r": withStop]) == "p does not exist. Next")
        #expect(try render("{r} Next", ["r": withoutStop]) == "not UTF-8 text. Next")
    }

    @Test func escapesKeepBracesBarsBackslashesAndSpaces() throws {
        #expect(try render(#"\{"error"\} a\|b c\\d [y/N]\s"#) == #"{"error"} a|b c\d [y/N] "#)
    }

    @Test func aTableEntryContinuesAfterASpaceOrOnANewLine() {
        let table = TemplateTable(parsing: """
            # a comment
            [Test]
            key: first part
              continues here
              |  an indented line
              |
              |last
            other: x

            [Other]
            key: y
            """, language: .english)
        #expect(table.problems == [])
        #expect(table.render(TemplateCall(area: "Test", key: "key", arguments: [:]))
                == "first part continues here\n  an indented line\n\nlast")
        #expect(table.render(TemplateCall(area: "Other", key: "key", arguments: [:])) == "y")
        #expect(table.render(TemplateCall(area: "Test", key: "missing", arguments: [:])) == "‹Test.missing›")
    }

    @Test(arguments: ["{", "{name", "{name|a", "{}", "a}", "{name?x", "{name-x}", "{n|a{b}|c}", #"\q"#])
    func aSyntaxErrorIsAProblemOfTheTable(_ template: String) {
        let table = TemplateTable(parsing: "[Test]\nkey: " + template, language: .english)
        #expect(table.problems.count == 1, "\(template)")
    }

    @Test func aKeyTwiceOrAStrayLineIsAProblemOfTheTable() {
        let table = TemplateTable(parsing: "[Test]\nkey: a\nkey: b\n  \nno colon here\n[Test]", language: .english)
        #expect(table.problems.count == 3, "\(table.problems)")
        #expect(TemplateTable(parsing: "  continues nothing\nkey: before any area", language: .english).problems.count == 2)
    }
}
