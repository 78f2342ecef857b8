/// Text written between the double quotes of a format that escapes with backslashes, so that a reader of the format
/// reads back exactly the text: one escaper, and a table per format of what it escapes.
public struct BackslashEscaping: Sendable {
    /// Scalars written as a backslash sequence instead of themselves. A list, not a dictionary: a handful of
    /// entries, and a dictionary keyed by a type not seen before costs a scan of the binary's conformance records
    /// at its first use, which for `jsonBody` is during start-up (the redactor learns the webhook's code).
    public var sequences: KeyValuePairs<Unicode.Scalar, String>
    /// Whether the other C0 controls and DEL are written as `\uXXXX` (else they are left as they are).
    public var controlsAsCodePoints: Bool

    /// A TOML basic string: the quote, the backslash, `\n`, `\t`, `\r`, and every other control as `\uXXXX`.
    public static let toml = BackslashEscaping(
        sequences: ["\"": "\\\"", "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"], controlsAsCodePoints: true)

    /// The quote, the backslash and the solidus, the way the portal's JSON writes them (`/` as `\/`): the spelling a
    /// text takes inside a JSON body the portal sent.
    public static let jsonBody = BackslashEscaping(
        sequences: ["\"": "\\\"", "\\": "\\\\", "/": "\\/"], controlsAsCodePoints: false)

    public func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if let sequence = sequences.first(where: { $0.key == scalar })?.value {
                out += sequence
            } else if controlsAsCodePoints && (scalar.value < 0x20 || scalar.value == 0x7F) {
                out += "\\u" + VisibleText.hex(scalar.value)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
