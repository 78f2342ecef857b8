import Testing
import TextSafety

@Suite struct BackslashEscapingTests {
    /// TOML's basic string: the quote, the backslash and the named controls as sequences, every other control (and
    /// DEL) as `\uXXXX`; the solidus and the rest as they are.
    @Test(arguments: [
        ("plain text/ok", "plain text/ok"), ("a\"b\\c", "a\\\"b\\\\c"), ("1\n2\t3\r4", "1\\n2\\t3\\r4"),
        ("\u{1}\u{1B}\u{7F}", "\\u0001\\u001B\\u007F"), ("Линия 你", "Линия 你"),
    ])
    func toml(_ text: String, _ escaped: String) {
        #expect(BackslashEscaping.toml.escape(text) == escaped)
    }

    /// A secret as the portal's JSON spells it: the quote, the backslash and the solidus escaped, controls left.
    @Test(arguments: [
        ("zz9/secret", "zz9\\/secret"), ("a\"b\\c", "a\\\"b\\\\c"), ("line\nbreak", "line\nbreak"),
    ])
    func jsonBody(_ text: String, _ escaped: String) {
        #expect(BackslashEscaping.jsonBody.escape(text) == escaped)
    }
}
