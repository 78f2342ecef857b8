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
/// Logic beyond that stays in the key's mapping (`Keys/`): it picks a variant of the key (`sipURI.withoutSuggestion`)
/// or passes an empty text as absent, so that every language's words are plain text with holes.
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
        var reader = Reader(characters: Array(text))
        self = try reader.template(until: nil)
        if reader.index < reader.characters.count { throw reader.error("a } without its {") }
    }
}

struct TemplateSyntaxError: Error, Equatable, CustomStringConvertible {
    let reason: String
    let offset: Int
    var description: String { "\(reason) (at character \(offset))" }
}

private struct Reader {
    let characters: [Character]
    var index = 0

    func error(_ reason: String) -> TemplateSyntaxError { TemplateSyntaxError(reason: reason, offset: index) }

    /// Parts up to `end` (not consumed), or to the end of the text.
    mutating func template(until end: Character?) throws(TemplateSyntaxError) -> Template {
        var parts: [Template.Part] = []
        var literal = ""
        while index < characters.count, characters[index] != end {
            let character = characters[index]
            if character == "{" {
                if !literal.isEmpty { parts.append(.literal(literal)) }
                literal = ""
                index += 1
                parts.append(try placeholder())
            } else if character == "}" && end == nil {
                return Template(parts: parts + (literal.isEmpty ? [] : [.literal(literal)]))
            } else {
                literal.append(try self.literal())
            }
        }
        if !literal.isEmpty { parts.append(.literal(literal)) }
        return Template(parts: parts)
    }

    /// One character of plain text, an escape resolved.
    mutating func literal() throws(TemplateSyntaxError) -> Character {
        let character = characters[index]
        index += 1
        guard character == "\\" else { return character }
        guard index < characters.count else { throw error("a \\ at the end") }
        let escaped = characters[index]
        index += 1
        switch escaped {
        case "{", "}", "|", "\\": return escaped
        case "s": return " "
        default: throw error("unknown escape \\\(escaped)")
        }
    }

    /// After `{`: a name, then `}`, `|forms}`, `?words}` or `*separator}`.
    mutating func placeholder() throws(TemplateSyntaxError) -> Template.Part {
        var name = ""
        while index < characters.count, characters[index].isLetter || characters[index].isNumber {
            name.append(characters[index])
            index += 1
        }
        guard !name.isEmpty else { throw error("a { without a name") }
        guard index < characters.count else { throw error("{\(name) is not closed") }
        let kind = characters[index]
        index += 1
        switch kind {
        case "}":
            return .value(name)
        case "|":
            var forms = [try plain(until: ["|", "}"])]
            while characters[index - 1] == "|" { forms.append(try plain(until: ["|", "}"])) }
            return .plural(name, forms: forms)
        case "?":
            let words = try template(until: "}")
            guard index < characters.count else { throw error("{\(name)? is not closed") }
            index += 1
            return .optional(name, words)
        case "*":
            return .list(name, separator: try plain(until: ["}"]))
        default:
            throw error("{\(name) followed by \"\(kind)\"; expected }, |, ? or *")
        }
    }

    /// Plain text up to one of `ends`, which is consumed.
    mutating func plain(until ends: Set<Character>) throws(TemplateSyntaxError) -> String {
        var text = ""
        while index < characters.count, !ends.contains(characters[index]) {
            if characters[index] == "{" { throw error("a placeholder inside a plural form or a separator") }
            text.append(try literal())
        }
        guard index < characters.count else { throw error("a placeholder is not closed") }
        index += 1
        return text
    }
}
