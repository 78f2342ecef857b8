import Synchronization

/// One language's words for every key: its table text (`Tables/`), each area read the first time one of its keys is
/// shown (the wizard's first screen needs a handful of the areas; reading the whole table before it cost 3.2 M
/// instructions).
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
    private let text: TableText

    static let english = TemplateTable(parsing: englishText, language: .english)
    static let russian = TemplateTable(parsing: russianText, language: .russian)

    init(parsing text: String, language: Language) {
        self.language = language
        self.text = TableText(text)
    }

    static func of(_ language: Language) -> TemplateTable {
        switch language {
        case .english: english
        case .russian: russian
        }
    }

    func template(_ call: TemplateCall) -> Template? {
        text.area(call.area)?[call.key]
    }

    /// Area → key → template, the whole table read anew on each call (for the catalogue tests; keep the result).
    var areas: [String: [String: Template]] { text.readAll().areas }
    /// What could not be read, by line (the whole table read anew): the catalogue tests require none.
    var problems: [String] { text.readAll().problems }
}

/// A table's text cut into lines, and where each area's lines are; an area is read on first use and kept.
private final class TableText: Sendable {
    private let lines: [Range<Int>]
    private let bytes: [UInt8]
    /// Area name → the ranges of `lines` under its `[Area]` headers (more than one when the table repeats it).
    private let areaLines: [String: [Range<Int>]]
    private let read = Mutex<[String: [String: Template]]>([:])

    init(_ text: String) {
        bytes = Array(text.utf8)
        var lines: [Range<Int>] = []
        var lineStart = 0
        while lineStart <= bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != .newline { lineEnd += 1 }
            var end = lineEnd
            while end > lineStart, bytes[end - 1] == .space { end -= 1 }
            lines.append(lineStart..<end)
            lineStart = lineEnd + 1
        }
        var areaLines: [String: [Range<Int>]] = [:]
        var current: (name: String, first: Int)?
        for (index, line) in lines.enumerated() {
            guard let name = Self.areaName(bytes[line]) else { continue }
            if let current { areaLines[current.name, default: []].append(current.first..<index) }
            current = (name, index)
        }
        if let current { areaLines[current.name, default: []].append(current.first..<lines.count) }
        self.lines = lines
        self.areaLines = areaLines
    }

    /// `[Name]` → Name.
    static func areaName(_ line: ArraySlice<UInt8>) -> String? {
        guard line.first == UInt8(ascii: "["), line.last == UInt8(ascii: "]"), line.count > 1 else { return nil }
        return String(decoding: line.dropFirst().dropLast(), as: UTF8.self)
    }

    func area(_ name: String) -> [String: Template]? {
        if let templates = read.withLock({ $0[name] }) { return templates }
        guard let ranges = areaLines[name] else { return nil }
        var reading = TableReading()
        for range in ranges { readLines(range, into: &reading) }
        let templates = reading.areas[name] ?? [:]
        read.withLock { $0[name] = templates }
        return templates
    }

    func readAll() -> TableReading {
        var reading = TableReading()
        readLines(lines.indices, into: &reading)
        return reading
    }

    private func readLines(_ range: Range<Int>, into reading: inout TableReading) {
        bytes.withUnsafeBufferPointer { buffer in
            for index in range {
                reading.read(UnsafeBufferPointer(rebasing: buffer[lines[index]]), lineNumber: index + 1)
            }
        }
        reading.finishEntry()
        reading.finishArea()
    }
}

/// The state of reading a table's text, line by line as UTF-8 bytes: the area and the entry under way.
struct TableReading {
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
