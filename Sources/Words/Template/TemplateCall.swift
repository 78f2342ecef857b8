/// What a key asks of a language's table: the template to use (the area and the key's name, plus a variant where
/// one key has several templates) and the values its placeholders stand for.
public struct TemplateCall: Sendable {
    /// The enum that declares the key, e.g. "ListPhrase": the table's section.
    let area: String
    /// The case's name, e.g. "noLines"; "sipURI.withoutSuggestion" for a variant.
    let key: String
    let arguments: [String: TemplateArgument]
}

/// A value a template's placeholder stands for.
public indirect enum TemplateArgument: Sendable {
    case text(String)
    case number(Int)
    /// Rendered in the template's language.
    case phrase(AnyPhrase)
    /// A phrase that ends a sentence: rendered in the template's language, with a full stop added when its words
    /// end without one (a config problem reads "… line 3: unknown key", a file problem "… does not exist.").
    case sentence(AnyPhrase)
    case list([TemplateArgument])
    /// Absent (`nil`) leaves out the template's `{name?…}` part.
    case optional(TemplateArgument?)
}

/// A value a key's mapping can hand a template as it is: text, a number, a phrase, or an optional or a list of these.
public protocol TemplateValue: Sendable {
    var templateArgument: TemplateArgument { get }
}

extension TemplateArgument: TemplateValue {
    public var templateArgument: TemplateArgument { self }
}

extension String: TemplateValue {
    public var templateArgument: TemplateArgument { .text(self) }
}

extension Int: TemplateValue {
    public var templateArgument: TemplateArgument { .number(self) }
}

extension Optional: TemplateValue where Wrapped: TemplateValue {
    public var templateArgument: TemplateArgument { .optional(self?.templateArgument) }
}

extension Array: TemplateValue where Element: TemplateValue {
    public var templateArgument: TemplateArgument { .list(map(\.templateArgument)) }
}

extension String {
    /// An empty text as absent, for a template's `{name?…}` part that an empty value leaves out.
    var nonEmpty: String? { isEmpty ? nil : self }
}
