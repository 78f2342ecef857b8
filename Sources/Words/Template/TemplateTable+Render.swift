extension TemplateTable {
    /// The words of `call` in this table's language; a key missing from the table (which the catalogue tests rule
    /// out) shows as ‹Area.key›, never as an empty line.
    func render(_ call: TemplateCall) -> String {
        guard let template = template(call) else { return "‹\(call.area).\(call.key)›" }
        var words = ""
        append(template, arguments: call.arguments, to: &words)
        return words
    }

    private func append(_ template: Template, arguments: [String: TemplateArgument], to words: inout String) {
        for part in template.parts {
            switch part {
            case .literal(let text):
                words += text
            case .value(let name):
                if let argument = arguments[name] { append(argument, to: &words) }
            case .plural(let name, let forms):
                if case .number(let count)? = arguments[name], !forms.isEmpty {
                    words += forms[min(Plural.form(count, in: language), forms.count - 1)]
                }
            case .optional(let name, let inner):
                if case .optional(let value?)? = arguments[name] {
                    append(inner, arguments: arguments.merging([name: value]) { _, new in new }, to: &words)
                }
            case .list(let name, let separator):
                if case .list(let elements)? = arguments[name] {
                    for (index, element) in elements.enumerated() {
                        if index > 0 { words += separator }
                        append(element, to: &words)
                    }
                }
            }
        }
    }

    private func append(_ argument: TemplateArgument, to words: inout String) {
        switch argument {
        case .text(let text): words += text
        case .number(let number): words += String(number)
        case .phrase(let phrase): words += phrase.text(in: language)
        case .sentence(let phrase):
            let text = phrase.text(in: language)
            words += text.hasSuffix(".") ? text : text + "."
        case .list(let elements): elements.forEach { append($0, to: &words) }  // {name*separator} joins them
        case .optional(let value): if let value { append(value, to: &words) }
        }
    }
}
