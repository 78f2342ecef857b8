/// A sentence (or a label) a person reads, as a key of the catalogue with its placeholders as typed parameters.
/// Each area of the product declares its keys as one enum under `Phrases/`; one mapping per area (`Keys/`) names
/// each key's template and hands it the key's values; each language's table (`Tables/`) gives every key its words
/// as a template (Template/Template.swift), so a second language is a second table and no painter, command or
/// error changes.
///
/// Conventions (the catalogue tests rely on them): one `case` per line in a `Phrases/` file; placeholders are
/// `String`, `Int` or another phrase, or an optional or a list of these (an optional where the words leave a part
/// out); every area has samples in Tests/WordsTests/Support/PhraseSamples.swift.
///
/// Placeholders carry values as they are (a title from the portal, a path): the front ends escape what is not safe
/// to show (`TextSafety.VisibleText`), so a table never escapes or cuts anything.
public protocol Phrase: Sendable, Hashable, TemplateValue {
    /// This key in English.
    var english: String { get }
    /// This key in Russian.
    var russian: String { get }
}

/// A key of the catalogue: its words are each language's template for it, filled by its mapping's call.
public protocol CataloguePhrase: Phrase {
    /// The key's template and the values of its placeholders: one mapping per area, the same in every language.
    var template: TemplateCall { get }
}

extension CataloguePhrase {
    public var english: String { TemplateTable.english.render(template) }
    public var russian: String { TemplateTable.russian.render(template) }

    /// This case's call: its name (with `variant`, for a key that has several templates) and its values by
    /// placeholder name.
    func call(_ arguments: [String: any TemplateValue] = [:], variant: String? = nil) -> TemplateCall {
        // The case's own name is the key (the mapping's switch already told which case it is, so no second list
        // of names is needed).
        let name = enumCaseName(self).map { String(cString: $0) } ?? String(describing: self)
        return TemplateCall(area: _typeName(Self.self, qualified: false), key: variant.map { "\(name).\($0)" } ?? name,
                            arguments: arguments.mapValues(\.templateArgument))
    }
}

/// The name of an enum value's case, read by the Swift runtime from the type's reflection metadata: the function that
/// `String(describing:)` and `Mirror` end in, without the protocol-conformance checks they make first. Each of those
/// checks on a type not seen before walks every conformance record of the binary (about 9 000): 10.7 M instructions
/// of the 32 M before the wizard's first frame were spent that way (bench/STARTUP.md). Nil for a value that is not
/// an enum.
@_silgen_name("swift_EnumCaseName")
private func enumCaseName<T>(_ value: T) -> UnsafePointer<CChar>?

extension Phrase {
    /// A phrase in a template is rendered in the template's language.
    public var templateArgument: TemplateArgument { .phrase(AnyPhrase(self)) }

    /// This key in `language`.
    public func text(in language: Language) -> String {
        switch language {
        case .english: english
        case .russian: russian
        }
    }
}

/// Any phrase, for values that hold phrases of different areas (a notice on a screen, an error's words).
public struct AnyPhrase: Phrase {
    private let box: any PhraseBox

    public init(_ phrase: some Phrase) {
        if let wrapped = phrase as? AnyPhrase {
            self = wrapped
        } else {
            box = Box(phrase: phrase)
        }
    }

    public var english: String { box.text(in: .english) }
    public var russian: String { box.text(in: .russian) }

    /// The phrase inside, for tests and for callers that switch on a particular area.
    public var base: any Phrase { box.base }

    public static func == (lhs: AnyPhrase, rhs: AnyPhrase) -> Bool { lhs.box.isEqual(to: rhs.box) }
    public func hash(into hasher: inout Hasher) { box.hash(into: &hasher) }
}

private protocol PhraseBox: Sendable {
    var base: any Phrase { get }
    func text(in language: Language) -> String
    func isEqual(to other: any PhraseBox) -> Bool
    func hash(into hasher: inout Hasher)
}

private struct Box<P: Phrase>: PhraseBox {
    let phrase: P
    var base: any Phrase { phrase }
    func text(in language: Language) -> String { phrase.text(in: language) }
    func isEqual(to other: any PhraseBox) -> Bool { (other as? Box<P>)?.phrase == phrase }
    func hash(into hasher: inout Hasher) {
        hasher.combine(ObjectIdentifier(P.self))
        hasher.combine(phrase)
    }
}
