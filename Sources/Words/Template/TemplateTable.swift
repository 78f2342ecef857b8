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
        var text = text
        text.withUTF8 { bytes in
            var lineStart = 0
            var number = 1
            while lineStart <= bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count, bytes[lineEnd] != .newline { lineEnd += 1 }
                var end = lineEnd
                while end > lineStart, bytes[end - 1] == .space { end -= 1 }
                reading.read(UnsafeBufferPointer(rebasing: bytes[lineStart..<end]), lineNumber: number)
                lineStart = lineEnd + 1
                number += 1
            }
        }
        reading.finishEntry()
        reading.finishArea()
        self.init(language: language, areas: reading.areas, problems: reading.problems)
    }
}

/// The state of reading a table's text, line by line as UTF-8 bytes: the area and the entry under way.
private struct TableReading {
    var areas: [String: [String: Template]] = [:]
    var problems: [String] = []
    /// The area under way, stored in `areas` when the next one starts.
    var area: (name: String, templates: [String: Template])?
    /// The entry under way: its key and first line; its words gather in `text` (one buffer for every entry).
    var entry: (key: String, line: Int)?
    var text: [UInt8] = []

    mutating func read(_ line: UnsafeBufferPointer<UInt8>, lineNumber: Int) {
        guard let first = line.first, first != UInt8(ascii: "#") else { return }
        if first == .space {
            continueEntry(line.drop { $0 == .space }, lineNumber: lineNumber)
            return
        }
        finishEntry()
        if first == UInt8(ascii: "["), line.last == UInt8(ascii: "]") {
            finishArea()
            let name = String(decoding: line.dropFirst().dropLast(), as: UTF8.self)
            if areas[name] != nil { problems.append("line \(lineNumber): [\(name)] again") }
            area = (name, areas[name] ?? Dictionary(minimumCapacity: 64))
        } else if let colon = line.firstIndex(of: UInt8(ascii: ":")), area != nil {
            var rest = line[(colon + 1)...]
            if rest.first == .space { rest = rest.dropFirst() }
            entry = (String(decoding: line[..<colon], as: UTF8.self), lineNumber)
            text.removeAll(keepingCapacity: true)
            text += rest
        } else {
            problems.append("line \(lineNumber): neither [Area], key: words, a continuation nor a comment")
        }
    }

    mutating func continueEntry(_ words: Slice<UnsafeBufferPointer<UInt8>>, lineNumber: Int) {
        guard entry != nil else {
            problems.append("line \(lineNumber): an indented line continues no key")
            return
        }
        if words.first == .bar {
            text.append(.newline)
            text += words.dropFirst()
        } else {
            if !text.isEmpty { text.append(.space) }
            text += words
        }
    }

    mutating func finishEntry() {
        guard let (key, line) = entry, area != nil else { return }
        entry = nil
        do {
            if area!.templates.updateValue(try Template(parsing: text), forKey: key) != nil {
                problems.append("line \(line): \(area!.name).\(key) again")
            }
        } catch {
            problems.append("line \(line): \(area!.name).\(key): \(error)")
        }
    }

    mutating func finishArea() {
        if let (name, templates) = area { areas[name] = templates }
        area = nil
    }
}

extension UInt8 {
    fileprivate static let newline = UInt8(ascii: "\n")
    fileprivate static let space = UInt8(ascii: " ")
}
