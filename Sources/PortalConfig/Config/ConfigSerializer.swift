import Bitrix24REST
import TextSafety

/// Writes a `ConfigDocument` as TOML in a fixed layout (default first, portals by name), the layout
/// `ConfigParser` and the token write-back understand line by line.
public enum ConfigSerializer {
    public static func serialize(_ document: ConfigDocument) -> String {
        var out = "# sipline: named Bitrix24 portals. Holds secrets: keep it mode 600 (see docs/config.md).\n"
        if let name = document.defaultPortal { out += "default = \(quoted(name))\n" }
        for name in document.portals.keys.sorted() {
            out += "\n[portals.\(name)]\n"
            switch document.portals[name]! {
            case .webhook(let address):
                out += "webhook = \(quoted(address))\n"
            case .oauth(let oauth):
                out += "client_id = \(quoted(oauth.clientID))\n"
                out += "client_secret = \(quoted(oauth.clientSecret))\n"
                out += "access_token = \(quoted(oauth.accessToken))\n"
                out += "refresh_token = \(quoted(oauth.refreshToken))\n"
                out += "client_endpoint = \(quoted(oauth.clientEndpoint))\n"
                out += "server_endpoint = \(quoted(oauth.serverEndpoint))\n"
            }
        }
        return out
    }

    /// A TOML basic string.
    public static func quoted(_ text: String) -> String {
        "\"" + BackslashEscaping.toml.escape(text) + "\""
    }
}

/// Replaces one portal's tokens in the text, keeping every other line (comments, order, other portals) as the
/// person wrote it. Returns nil when the layout is not one it can edit safely; the caller then rewrites the file.
enum TokenLineEditor {
    static func replacingTokens(in text: String, portal name: String, accessToken: String, refreshToken: String) -> String? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let header = lines.firstIndex(where: { SourceLines.header(of: Substring($0)) == "portals.\(name)" }) else {
            return nil
        }
        var end = lines.count
        for index in (header + 1)..<lines.count where SourceLines.header(of: Substring(lines[index])) != nil {
            end = index
            break
        }
        var replaced: Set<String> = []
        for index in (header + 1)..<end {
            guard let key = SourceLines.key(of: Substring(lines[index])) else { continue }
            let value: String
            switch key {
            case "access_token": value = accessToken
            case "refresh_token": value = refreshToken
            default: continue
            }
            // A value continued on further lines or followed by a comment is left to the full rewrite.
            guard !replaced.contains(key) else { return nil }
            let indent = String(lines[index].prefix { $0 == " " || $0 == "\t" })
            lines[index] = "\(indent)\(key) = \(ConfigSerializer.quoted(value))"
            replaced.insert(key)
        }
        guard replaced.count == 2 else { return nil }
        return lines.joined(separator: "\n")
    }
}
