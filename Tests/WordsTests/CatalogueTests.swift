#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Testing
@testable import Words

@Suite struct CatalogueTests {
    /// Both tables read without a problem (a syntax error, a key twice, a line that is not a key).
    @Test func tablesReadWithoutProblems() {
        for language in Language.allCases {
            #expect(TemplateTable.of(language).problems == [], "\(language)")
        }
    }

    /// Every key, with every value that picks a variant, has a template in every language's table, and the
    /// template's placeholders are exactly the arguments the key's mapping hands it (none missing, none extra),
    /// each used as its kind allows: an optional in {name?…}, a list in {name*…}, a plural only of a number.
    @Test func everyKeyHasATemplateWithExactlyItsArguments() {
        for (area, _) in sampledAreas {
            for phrase in area.samples + area.variants {
                guard let call = Self.call(of: phrase) else { continue }
                for language in Language.allCases {
                    guard let template = TemplateTable.of(language).template(call) else {
                        Issue.record("\(language) has no \(call.area).\(call.key), for \(phrase)")
                        continue
                    }
                    let uses = template.placeholders
                    #expect(Set(uses.keys) == Set(call.arguments.keys),
                            "\(language) \(call.area).\(call.key) uses \(uses.keys.sorted()), gets \(call.arguments.keys.sorted())")
                    for (name, use) in uses {
                        guard let argument = call.arguments[name] else { continue }
                        #expect(Self.fits(argument, use), "\(language) \(call.area).\(call.key): {\(name)} used as \(use)")
                    }
                }
            }
        }
    }

    /// A plural has as many forms as its language has (English one|other, Russian one|few|many), and every key of
    /// a table is one the areas' mappings ask for, with the same placeholders in every language.
    @Test func tablesHoldOnlyDeclaredKeysWithTheirLanguagesPluralForms() {
        var asked: Set<String> = []
        for (area, _) in sampledAreas {
            for phrase in area.samples + area.variants {
                if let call = Self.call(of: phrase) { asked.insert("\(call.area).\(call.key)") }
            }
        }
        let english = TemplateTable.of(.english).areas
        for language in Language.allCases {
            let table = TemplateTable.of(language)
            for (area, templates) in table.areas {
                for (key, template) in templates {
                    let isAsked = asked.contains("\(area).\(key)")
                    #expect(isAsked, "\(language) has \(area).\(key), which no key asks for")
                    #expect(Self.kinds(template) == english[area]?[key].map(Self.kinds),
                            "\(area).\(key): \(language) uses other placeholders than English")
                    for forms in Self.pluralForms(in: template) {
                        #expect(forms == Plural.formCount(in: language), "\(language) \(area).\(key): \(forms) plural forms")
                    }
                }
            }
        }
    }

    /// Every key has words in every language, and those words carry every placeholder the key has.
    @Test func everyKeyCarriesItsPlaceholdersInEveryLanguage() {
        for (area, _) in sampledAreas {
            for sample in area.samples {
                let placeholders = Self.placeholders(of: sample)
                for language in Language.allCases {
                    let text = sample.text(in: language)
                    #expect(!text.isEmpty, "\(sample) has no \(language) words")
                    for placeholder in placeholders {
                        #expect(text.contains(placeholder), "\(language) \(sample) lacks \(placeholder): \(text)")
                    }
                }
            }
        }
    }

    /// A key added to an area without a sample would escape the test above: the samples name every case the
    /// area's source file declares.
    @Test func everyDeclaredKeyHasASample() throws {
        let phrases = Self.phrasesFolder
        for (area, file) in sampledAreas {
            let source = try String(contentsOf: phrases.appending(path: file), encoding: .utf8)
            let declared = Set(source.split(separator: "\n").flatMap(Self.caseNames))
            let sampled = Set(area.samples.map { Self.name(of: $0) })
            #expect(declared == sampled, "\(file): declared \(declared.sorted()), sampled \(sampled.sorted())")
        }
    }

    /// Every area speaks Russian: some key of it reads differently in Russian (a section copied from the English
    /// table would not). Only areas made of the portal's own words and layout are the same in both.
    @Test func everyAreaSpeaksRussian() {
        let sameInEveryLanguage: Set<String> = ["PortalReplyPhrase.swift"]
        for (area, file) in sampledAreas where !sameInEveryLanguage.contains(file) {
            let translated = area.samples.contains { $0.text(in: .russian) != $0.text(in: .english) }
            #expect(translated, "\(file) has no Russian table")
        }
    }

    /// Nested phrases and optional or list placeholders are found in the words (the check above relies on it).
    @Test func placeholdersAreFoundInNestedListAndOptionalValues() {
        let nested = ServicePhrase.lineNotFound(configID: 900001, .notFound(reply: .codeAndText(code: "‹C›", text: "‹T›")))
        #expect(Self.placeholders(of: nested) == ["900001", "‹C›", "‹T›"])
        #expect(Self.placeholders(of: RESTPhrase.transport(.dns(target: "‹H›", detail: .system("‹D›")))) == ["‹H›", "‹D›"])
        #expect(Self.placeholders(of: RESTPhrase.fieldErrors(messages: ["‹A›", "‹B›"])) == ["‹A›", "‹B›"])
        #expect(Self.placeholders(of: RESTPhrase.operatingLimit(portalText: "‹P›", resetAt: nil)) == ["‹P›"])
        #expect(Self.placeholders(of: AnyPhrase(ListPhrase.noLines(host: "‹H›"))) == ["‹H›"])
    }

    /// Every file under Sources/Words/Phrases is an area with samples.
    @Test func everyAreaIsSampled() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.phrasesFolder.path)
            .filter { $0.hasSuffix(".swift") }
        #expect(Set(files) == Set(sampledAreas.map(\.file)))
    }

    private static func call(of phrase: some Phrase) -> TemplateCall? {
        (phrase as? any CataloguePhrase)?.template
    }

    private static func fits(_ argument: TemplateArgument, _ use: Template.Use) -> Bool {
        switch (argument, use) {
        case (.optional, .optional), (.list, .list), (.number, .plural): true
        case (.text, .value), (.number, .value), (.phrase, .value), (.sentence, .value): true
        default: false
        }
    }

    /// Each placeholder's kind, a plural counted as the number it is (a language may say a number with or
    /// without a plural form).
    private static func kinds(_ template: Template) -> [String: Template.Use] {
        template.placeholders.mapValues { if case .plural = $0 { .value } else { $0 } }
    }

    private static func pluralForms(in template: Template) -> [Int] {
        template.parts.flatMap { part -> [Int] in
            switch part {
            case .plural(_, let forms): [forms.count]
            case .optional(_, let inner): pluralForms(in: inner)
            default: []
            }
        }
    }

    private static let phrasesFolder = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appending(path: "Sources/Words/Phrases")

    /// `case name(...)`, `case name` or `case one, two` (cases without values) at the start of a line of an enum
    /// declaration.
    private static func caseNames(_ line: Substring) -> [String] {
        let trimmed = line.drop { $0 == " " }
        guard trimmed.hasPrefix("case ") else { return [] }
        let names = trimmed.dropFirst(5)
        guard !names.contains("(") else { return [String(names.prefix { $0.isLetter || $0.isNumber || $0 == "_" })] }
        return names.split(separator: ",").map { String($0.filter { $0 != " " }) }
    }

    private static func name(of phrase: some Phrase) -> String {
        String(String(describing: phrase).prefix { $0 != "(" })
    }

    /// The sentinel values inside a sample: strings as they are, numbers as digits, nested phrases' own ones,
    /// every element of a list; an absent optional has none.
    private static func placeholders(of phrase: any Phrase) -> [String] {
        let phrase = (phrase as? AnyPhrase)?.base ?? phrase
        guard let payload = Mirror(reflecting: phrase).children.first?.value else { return [] }
        // Several associated values are a tuple; a single one (a phrase, a string) is the payload itself.
        let payloadMirror = Mirror(reflecting: payload)
        let values = payloadMirror.displayStyle == .tuple ? payloadMirror.children.map(\.value) : [payload]
        return values.flatMap(placeholders(inValue:))
    }

    private static func placeholders(inValue value: Any) -> [String] {
        switch value {
        case let text as String: [text]
        case let number as Int: [String(number)]
        case let nested as any Phrase: placeholders(of: nested)
        case let list as [Any]: list.flatMap(placeholders(inValue:))
        default: []
        }
    }
}
