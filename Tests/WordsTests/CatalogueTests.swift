#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Testing
import Words

@Suite struct CatalogueTests {
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
            let declared = Set(source.split(separator: "\n").compactMap(Self.caseName))
            let sampled = Set(area.samples.map { Self.name(of: $0) })
            #expect(declared == sampled, "\(file): declared \(declared.sorted()), sampled \(sampled.sorted())")
        }
    }

    /// Every file under Sources/Words/Phrases is an area with samples.
    @Test func everyAreaIsSampled() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.phrasesFolder.path)
            .filter { $0.hasSuffix(".swift") }
        #expect(Set(files) == Set(sampledAreas.map(\.file)))
    }

    private static let phrasesFolder = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appending(path: "Sources/Words/Phrases")

    /// `case name(...)` or `case name` at the start of a line of an enum declaration.
    private static func caseName(_ line: Substring) -> String? {
        let trimmed = line.drop { $0 == " " }
        guard trimmed.hasPrefix("case ") else { return nil }
        return String(trimmed.dropFirst(5).prefix { $0.isLetter || $0.isNumber || $0 == "_" })
    }

    private static func name(of phrase: some Phrase) -> String {
        String(String(describing: phrase).prefix { $0 != "(" })
    }

    /// The sentinel values inside a sample: strings as they are, numbers as digits, nested phrases' own ones.
    private static func placeholders(of phrase: some Phrase) -> [String] {
        guard let payload = Mirror(reflecting: phrase).children.first?.value else { return [] }
        let values = Mirror(reflecting: payload).children.isEmpty ? [payload] : Mirror(reflecting: payload).children.map(\.value)
        return values.flatMap { value -> [String] in
            switch value {
            case let text as String: [text]
            case let number as Int: [String(number)]
            case let nested as any Phrase: placeholders(of: nested)
            default: []
            }
        }
    }
}
