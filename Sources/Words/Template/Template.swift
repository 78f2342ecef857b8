/// One key's words in one language, parsed from its table's text.
///
/// The template language, all of it:
///
///     {name}               the argument: text as it is, a number in digits, a phrase in the same language
///     {name|one|other}     the form for the number `name` by the language's plural rule: English one|other,
///                          Russian one|few|many ({count|линия|линии|линий}: 1 линия, 2 линии, 5 линий, 21 линия)
///     {name?words}         `words` (a template itself) when the optional `name` is present, nothing when it is
///                          absent; inside, {name} is its value ({until? until {until}})
///     {name*separator}     the list `name`, each element as {name} would show it, joined by `separator`
///     \{ \} \| \\          a brace, a bar, a backslash as they are; \s a space (one at the end of a line is kept)
///
/// Logic beyond that stays in the key's mapping (`Keys/`), the same for every language: it picks a variant of the key
/// (`sipURI.withoutSuggestion`), passes an empty text as absent, or hands a phrase over as a sentence (which gets a
/// full stop when its words end without one), so that every language's words are plain text with holes.
struct Template: Sendable, Equatable {
    let parts: [Part]

    indirect enum Part: Sendable, Equatable {
        case literal(String)
        case value(String)
        case plural(String, forms: [String])
        case optional(String, Template)
        case list(String, separator: String)
    }

    /// Every placeholder's name with how the template uses it, nested ones included.
    var placeholders: [String: Use] {
        var uses: [String: Use] = [:]
        for part in parts {
            switch part {
            case .literal: break
            case .value(let name): uses[name] = uses[name] ?? .value
            case .plural(let name, let forms): uses[name] = .plural(forms: forms.count)
            case .list(let name, _): uses[name] = .list
            case .optional(let name, let inner):
                uses.merge(inner.placeholders.filter { $0.key != name }) { first, _ in first }
                uses[name] = .optional
            }
        }
        return uses
    }

    enum Use: Sendable, Equatable {
        case value
        case plural(forms: Int)
        case optional
        case list
    }
}

extension Template {
    /// Parses `text`; a syntax error is thrown with the offset where it was found.
    init(parsing text: String) throws(TemplateSyntaxError) {
        try self.init(parsing: Array(text.utf8))
    }

    /// Parses UTF-8 bytes: every character the syntax gives a meaning is ASCII, so the table is read a byte at a
    /// time and the words between are decoded as runs (Characters one by one cost the start-up milliseconds).
    init(parsing bytes: [UInt8]) throws(TemplateSyntaxError) {
        self = try bytes.withUnsafeBufferPointer { buffer throws(TemplateSyntaxError) in
            var reader = Reader(bytes: buffer)
            let template = try reader.template(until: nil)
            if reader.index < buffer.count { throw reader.error("a } without its {") }
            return template
        }
    }
}

struct TemplateSyntaxError: Error, Equatable, CustomStringConvertible {
    let reason: String
    let offset: Int
    var description: String { "\(reason) (at byte \(offset))" }
}

private struct Reader {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    func error(_ reason: String) -> TemplateSyntaxError { TemplateSyntaxError(reason: reason, offset: index) }

    /// Parts up to `end` (not consumed), or to the end of the text (or a stray `}`, which the caller reports).
    mutating func template(until end: UInt8?) throws(TemplateSyntaxError) -> Template {
        var parts: [Template.Part] = []
        parts.reserveCapacity(4)  // most templates: words, a placeholder, words
        var literal = ""
        func flush() {
            if !literal.isEmpty { parts.append(.literal(literal)) }
            literal = ""
        }
        while index < bytes.count, bytes[index] != end {
            switch bytes[index] {
            case .openBrace:
                flush()
                index += 1
                parts.append(try placeholder())
            case .closeBrace:
                flush()
                return Template(parts: parts)
            case .backslash:
                literal.unicodeScalars.append(Unicode.Scalar(try self.literal()))
            default:
                let start = index
                while index < bytes.count, bytes[index] != .openBrace, bytes[index] != .closeBrace,
                      bytes[index] != .backslash { index += 1 }
                literal += String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
            }
        }
        flush()
        return Template(parts: parts)
    }

    /// One byte of plain text, an escape resolved.
    mutating func literal() throws(TemplateSyntaxError) -> UInt8 {
        let byte = bytes[index]
        index += 1
        guard byte == .backslash else { return byte }
        guard index < bytes.count else { throw error("a \\ at the end") }
        let escaped = bytes[index]
        index += 1
        switch escaped {
        case .openBrace, .closeBrace, .bar, .backslash: return escaped
        case UInt8(ascii: "s"): return UInt8(ascii: " ")
        default: throw error("unknown escape \\\(String(decoding: [escaped], as: UTF8.self))")
        }
    }

    /// After `{`: a name, then `}`, `|forms}`, `?words}` or `*separator}`.
    mutating func placeholder() throws(TemplateSyntaxError) -> Template.Part {
        let start = index
        while index < bytes.count, bytes[index].isNameByte { index += 1 }
        guard index > start else { throw error("a { without a name") }
        let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        guard index < bytes.count else { throw error("{\(name) is not closed") }
        let kind = bytes[index]
        index += 1
        switch kind {
        case .closeBrace:
            return .value(name)
        case .bar:
            var forms = [try plain(until: [.bar, .closeBrace])]
            while bytes[index - 1] == .bar { forms.append(try plain(until: [.bar, .closeBrace])) }
            return .plural(name, forms: forms)
        case UInt8(ascii: "?"):
            let words = try template(until: .closeBrace)
            guard index < bytes.count else { throw error("{\(name)? is not closed") }
            index += 1
            return .optional(name, words)
        case UInt8(ascii: "*"):
            return .list(name, separator: try plain(until: [.closeBrace]))
        default:
            throw error("{\(name) followed by \"\(String(decoding: [kind], as: UTF8.self))\"; expected }, |, ? or *")
        }
    }

    /// Plain text up to one of `ends`, which is consumed.
    mutating func plain(until ends: [UInt8]) throws(TemplateSyntaxError) -> String {
        var text: [UInt8] = []
        while index < bytes.count, !ends.contains(bytes[index]) {
            if bytes[index] == .openBrace { throw error("a placeholder inside a plural form or a separator") }
            text.append(try literal())
        }
        guard index < bytes.count else { throw error("a placeholder is not closed") }
        index += 1
        return String(decoding: text, as: UTF8.self)
    }
}

extension UInt8 {
    static let openBrace = UInt8(ascii: "{")
    static let closeBrace = UInt8(ascii: "}")
    static let bar = UInt8(ascii: "|")
    static let backslash = UInt8(ascii: "\\")

    /// A placeholder's name is an identifier of the key's mapping: ASCII letters and digits.
    fileprivate var isNameByte: Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(self) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(self)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self)
    }
}
