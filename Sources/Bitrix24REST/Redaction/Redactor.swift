import TextSafety

/// Scrubs secrets from text before it reaches an error message, a description or a log line.
///
/// Two layers: the literal secrets the client knows (webhook code, tokens, client secret, passwords it sent; also in
/// their JSON-escaped and percent-encoded spellings), and patterns that catch secrets it does not know:
/// `/rest/<n>/<code>` path segments, `auth=`/`access_token=`/`refresh_token=`/`client_secret=`/`password=` query or
/// form values, and JSON string values of `PASSWORD`, `INCOMING_PASSWORD`, `auth`, the token keys and
/// `client_secret` (keys case-insensitive; an unterminated value, as in a cut-short body, is masked to the end).
public struct Redactor: Sendable, Hashable {
    public static let mask = "****"
    /// Literal secrets shorter than this are left to the patterns: masking every "1" would garble the message.
    public static let minimumLiteralLength = 3

    public private(set) var secrets: [String]

    public init(secrets: [String] = []) {
        self.secrets = []
        for secret in secrets { add(secret) }
    }

    public mutating func add(_ secret: String) {
        guard secret.count >= Self.minimumLiteralLength else { return }
        for spelling in [secret, BackslashEscaping.jsonBody.escape(secret), Self.percentEncoded(secret)] where !secrets.contains(spelling) {
            secrets.append(spelling)
        }
        // Longest first, so a secret containing another is masked whole.
        secrets.sort { $0.count > $1.count }
    }

    public func adding(_ more: [String]) -> Redactor {
        var copy = self
        for secret in more { copy.add(secret) }
        return copy
    }

    public func redact(_ text: String) -> String {
        var result = text
        for secret in secrets where result.contains(secret) {
            result = result.replacing(secret, with: Self.mask)
        }
        return Self.redactPatterns(result)
    }

    /// The pattern layer alone, for text where no client is at hand (e.g. a log handler of another module).
    public static func redactPatterns(_ text: String) -> String {
        var result = text
        result = result.replacing(webhookPath) { match in "/rest/\(match.output.1)/\(mask)" }
        result = result.replacing(queryValue) { match in "\(match.output.1)\(match.output.2)=\(mask)" }
        result = result.replacing(jsonValue) { match in
            "\"\(match.output.1)\"\(match.output.2)\"\(mask)\(match.output.3)"
        }
        return result
    }

    nonisolated(unsafe) private static let webhookPath = try! Regex(
        #"/rest/([0-9]+)/([^/\s?#&"'<>\\]+)"#, as: (Substring, Substring, Substring).self)
    nonisolated(unsafe) private static let queryValue = try! Regex(
        #"(auth|access_token|refresh_token|client_secret|incoming_password|password)(\]?)=([^&\s"'<>]*)"#,
        as: (Substring, Substring, Substring, Substring).self
    ).ignoresCase()
    nonisolated(unsafe) private static let jsonValue = try! Regex(
        #""(password|incoming_password|auth|access_token|refresh_token|client_secret)"(\s*:\s*)"(?:[^"\\]|\\.)*("|\\?$)"#,
        as: (Substring, Substring, Substring, Substring).self
    ).ignoresCase()

    static func percentEncoded(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            if (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte == 0x2D || byte == 0x2E || byte == 0x5F || byte == 0x7E
            {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }
}

extension String {
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
