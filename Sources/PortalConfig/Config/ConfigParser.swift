import Bitrix24REST
import TOMLKit
import Words

/// Reads the config file's TOML into a `ConfigDocument`, refusing anything it does not understand with the line
/// where it is: a misspelt key silently ignored would send the next call to the wrong portal.
///
/// ```toml
/// default = "acme"
/// [portals.acme]
/// webhook = "https://acme.bitrix24.com/rest/1/CODE/"
/// [portals.beta]
/// client_id = "local.…"
/// client_secret = "…"
/// access_token = "…"
/// refresh_token = "…"
/// client_endpoint = "https://beta.bitrix24.com/rest/"
/// server_endpoint = "https://oauth.bitrix.info/"
/// ```
public enum ConfigParser {
    static let topLevelKeys: Set<String> = ["default", "portals"]
    static let webhookKeys: Set<String> = ["webhook"]
    static let oauthKeys: Set<String> = [
        "client_id", "client_secret", "access_token", "refresh_token", "client_endpoint", "server_endpoint",
    ]
    static let requiredOAuthKeys: [String] = ["client_id", "client_secret", "access_token", "refresh_token", "client_endpoint"]

    public static func parse(_ text: String, path: String) throws(ConfigError) -> ConfigDocument {
        let lines = SourceLines(text)
        let table = try parseTOML(text, path: path)

        for key in table.keys.sorted() where !topLevelKeys.contains(key) {
            throw ConfigError(path: path, line: lines.lineOfKey(key, inSection: nil) ?? lines.lineOfSection(startingWith: key),
                              problem: .unknownTopLevelKey(key: key))
        }

        var document = ConfigDocument()
        if let value = table["default"] {
            guard let name = value.string else {
                throw ConfigError(path: path, line: lines.lineOfKey("default", inSection: nil),
                                  problem: .defaultNotString)
            }
            document.defaultPortal = name
        }

        if let value = table["portals"] {
            guard let portals = value.table else {
                throw ConfigError(path: path, line: lines.lineOfKey("portals", inSection: nil),
                                  problem: .portalsNotSections)
            }
            document.portals = try parsePortals(portals, lines: lines, path: path)
        }

        if let name = document.defaultPortal, document.portals[name] == nil {
            throw ConfigError(path: path, line: lines.lineOfKey("default", inSection: nil),
                              problem: .defaultWithoutSection(name: name))
        }
        return document
    }

    private static func parseTOML(_ text: String, path: String) throws(ConfigError) -> TOMLTable {
        if let line = TableHeaderGuard.firstMalformedHeader(in: text) {
            throw ConfigError(path: path, line: line, problem: .headerWithoutName)
        }
        do {
            return try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ConfigError(path: path, line: error.source.begin.line, problem: .notTOML(detail: error.description))
        } catch {
            throw ConfigError(path: path, problem: .notTOMLWithoutDetail)
        }
    }

    private static func parsePortals(
        _ portals: TOMLTable, lines: SourceLines, path: String
    ) throws(ConfigError) -> [String: PortalEntry] {
        var entries: [String: PortalEntry] = [:]
        for name in portals.keys.sorted() {
            let section = "portals.\(name)"
            guard ConfigDocument.isValidName(name) else {
                throw ConfigError(path: path, line: lines.lineOfSection(section), problem: .invalidPortalName(name: name))
            }
            guard let entry = portals[name]?.table else {
                throw ConfigError(path: path, line: lines.lineOfKey(name, inSection: "portals"),
                                  problem: .portalNotSection(name: name, section: section))
            }
            entries[name] = try parseEntry(entry, name: name, section: section, lines: lines, path: path)
        }
        return entries
    }

    private static func parseEntry(
        _ entry: TOMLTable, name: String, section: String, lines: SourceLines, path: String
    ) throws(ConfigError) -> PortalEntry {
        let keys = Set(entry.keys)
        for key in keys.sorted() where !webhookKeys.contains(key) && !oauthKeys.contains(key) {
            throw ConfigError(path: path, line: lines.lineOfKey(key, inSection: section),
                              problem: .unknownPortalKey(key: key, section: section, oauthKeys: oauthKeys.sorted()))
        }
        var strings: [String: String] = [:]
        for key in keys {
            guard let text = entry[key]?.string else {
                throw ConfigError(path: path, line: lines.lineOfKey(key, inSection: section),
                                  problem: .valueNotString(key: key, section: section))
            }
            strings[key] = text
        }
        if let webhook = strings["webhook"] {
            if let other = keys.first(where: { oauthKeys.contains($0) }) {
                throw ConfigError(path: path, line: lines.lineOfKey(other, inSection: section),
                                  problem: .webhookAndOAuth(section: section))
            }
            // Checked here so a broken address is reported with its line, not at the first call.
            do { _ = try Webhook.parse(webhook) } catch {
                throw ConfigError(path: path, line: lines.lineOfKey("webhook", inSection: section),
                                  problem: .credentials(error.phrase))
            }
            return .webhook(webhook)
        }
        guard !keys.isEmpty else {
            throw ConfigError(path: path, line: lines.lineOfSection(section),
                              problem: .emptyPortal(section: section))
        }
        for key in requiredOAuthKeys where (strings[key] ?? "").isEmpty {
            throw ConfigError(path: path, line: lines.lineOfKey(key, inSection: section) ?? lines.lineOfSection(section),
                              problem: .missingOAuthKey(section: section, key: key, required: requiredOAuthKeys))
        }
        let credentials = OAuthCredentials(
            accessToken: strings["access_token"]!, refreshToken: strings["refresh_token"]!,
            clientID: strings["client_id"]!, clientSecret: strings["client_secret"]!,
            clientEndpoint: strings["client_endpoint"]!,
            serverEndpoint: strings["server_endpoint"].flatMap { $0.isEmpty ? nil : $0 }
                ?? OAuthCredentials.defaultServerEndpoint)
        do { _ = try credentials.validated() } catch {
            let key = error.field == .oauthServerEndpoint ? "server_endpoint" : "client_endpoint"
            throw ConfigError(path: path, line: lines.lineOfKey(key, inSection: section) ?? lines.lineOfSection(section),
                              problem: .credentials(error.phrase))
        }
        return .oauth(credentials)
    }
}
