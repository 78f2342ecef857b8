/// A value the portal returned for a line, as it came: text, a number, a flag, an empty value (`null`), or
/// anything structured kept as its JSON text. The domain's form of the answer, so that screens and files can show
/// every key the portal sent without knowing JSON.
public enum LineValue: Sendable, Hashable {
    case text(String)
    case integer(Int64)
    case number(Double)
    case flag(Bool)
    case null
    /// An array or object, as JSON text.
    case structured(String)

    /// The value as a person reads it: text as is, numbers in decimal, flags as Bitrix24 writes them (`Y`/`N`),
    /// nothing for `null`.
    public var shown: String {
        switch self {
        case .text(let text): text
        case .integer(let number): String(number)
        case .number(let number): String(number)
        case .flag(let flag): flag ? "Y" : "N"
        case .null: ""
        case .structured(let json): json
        }
    }

    /// `""` or `null`: the portal left it empty.
    public var isEmpty: Bool { shown.isEmpty }
}
