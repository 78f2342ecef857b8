/// One language's words for every key: its table text (`Tables/`) parsed once, the first time a phrase of that
/// language is shown.
///
/// The table text, line by line:
///
///     [ListPhrase]                     the keys of an area (the enum under Phrases/ that declares them)
///     noLines: No SIP lines on {host}. a key's template (Template.swift)
///       continues after a space        a long template goes on, on indented lines
///       |continues on a new line       … or after a line break, the text after the bar as it is
///     # a comment                      (and empty lines) ignored
///
/// Spaces at the end of a line are not part of the words (write \s for one that is).
struct TemplateTable: Sendable {
    let language: Language
    /// Area → key → template.
    let areas: [String: [String: Template]]
    /// What could not be read, by line: the catalogue tests require none.
    let problems: [String]

    static let english = TemplateTable(parsing: englishText, language: .english)
    static let russian = TemplateTable(parsing: russianText, language: .russian)

    static func of(_ language: Language) -> TemplateTable {
        switch language {
        case .english: english
        case .russian: russian
        }
    }

    func template(_ call: TemplateCall) -> Template? {
        areas[call.area]?[call.key]
    }
}

extension TemplateTable {
    init(parsing text: String, language: Language) {
        var reading = TableReading()
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            reading.read(line.droppingTrailingSpaces, lineNumber: number + 1)
        }
        reading.finishEntry()
        self.init(language: language, areas: reading.areas, problems: reading.problems)
    }
}

/// The state of reading a table's text: the area and the entry under way.
private struct TableReading {
    var areas: [String: [String: Template]] = [:]
    var problems: [String] = []
    var area: String?
    var entry: (key: String, text: String, line: Int)?

    mutating func read(_ line: Substring, lineNumber: Int) {
        if line.isEmpty || line.hasPrefix("#") { return }
        if line.first == " " {
            continueEntry(line.drop { $0 == " " }, lineNumber: lineNumber)
            return
        }
        finishEntry()
        if line.hasPrefix("[") && line.hasSuffix("]") {
            area = String(line.dropFirst().dropLast())
            if areas[area!] != nil { problems.append("line \(lineNumber): [\(area!)] again") }
            areas[area!, default: [:]] = areas[area!] ?? [:]
        } else if let colon = line.firstIndex(of: ":"), area != nil {
            let rest = line[line.index(after: colon)...]
            entry = (String(line[..<colon]), String(rest.hasPrefix(" ") ? rest.dropFirst() : rest), lineNumber)
        } else {
            problems.append("line \(lineNumber): neither [Area], key: words, a continuation nor a comment")
        }
    }

    mutating func continueEntry(_ text: Substring, lineNumber: Int) {
        guard var current = entry else {
            problems.append("line \(lineNumber): an indented line continues no key")
            return
        }
        if text.first == "|" {
            current.text += "\n" + text.dropFirst()
        } else {
            current.text += (current.text.isEmpty ? "" : " ") + text
        }
        entry = current
    }

    mutating func finishEntry() {
        guard let (key, text, line) = entry, let area else { return }
        entry = nil
        if areas[area]?[key] != nil { problems.append("line \(line): \(area).\(key) again") }
        do {
            areas[area, default: [:]][key] = try Template(parsing: text)
        } catch {
            problems.append("line \(line): \(area).\(key): \(error)")
        }
    }
}

extension Substring {
    fileprivate var droppingTrailingSpaces: Substring {
        var line = self
        while line.last == " " { line = line.dropLast() }
        return line
    }
}
