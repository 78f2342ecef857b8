/// Finds where a key or a section header is in the config text, so a message about a value can name its line.
/// TOMLKit reports positions only for syntax errors; this covers the rest for the simple layout sipline writes
/// (`[portals.NAME]` headers, `key = value` lines).
struct SourceLines {
    private let lines: [Substring]

    init(_ text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// 1-based line of `[section]`.
    func lineOfSection(_ section: String) -> Int? {
        lines.firstIndex { Self.header(of: $0) == section }.map { $0 + 1 }
    }

    /// 1-based line of the first header `[prefix]` or `[prefix.…]`.
    func lineOfSection(startingWith prefix: String) -> Int? {
        lines.firstIndex { line in
            guard let header = Self.header(of: line) else { return false }
            return header == prefix || header.hasPrefix(prefix + ".")
        }.map { $0 + 1 }
    }

    /// 1-based line of `key = …` inside `[section]` (nil section: before the first header). Dotted spellings like
    /// `portals.acme.webhook = …` at the top level are found too.
    func lineOfKey(_ key: String, inSection section: String?) -> Int? {
        var current: String? = nil
        for (index, line) in lines.enumerated() {
            if let header = Self.header(of: line) {
                current = header
                continue
            }
            guard let name = Self.key(of: line) else { continue }
            if current == section && name == key { return index + 1 }
            if let section, current == nil, name == "\(section).\(key)" { return index + 1 }
            if section == nil, current == nil, name.hasPrefix(key + ".") { return index + 1 }
        }
        return nil
    }

    static func header(of line: Substring) -> String? {
        let trimmed = line.trimmingSpaces
        guard trimmed.hasPrefix("["), !trimmed.hasPrefix("[["), let close = trimmed.firstIndex(of: "]") else { return nil }
        return normalizedKey(trimmed[trimmed.index(after: trimmed.startIndex)..<close])
    }

    static func key(of line: Substring) -> String? {
        let trimmed = line.trimmingSpaces
        guard !trimmed.hasPrefix("#"), !trimmed.hasPrefix("["), let equals = trimmed.firstIndex(of: "=") else { return nil }
        return normalizedKey(trimmed[..<equals])
    }

    /// `portals . "acme"` → `portals.acme`
    static func normalizedKey(_ text: Substring) -> String {
        text.split(separator: ".").map { part in
            var piece = part.trimmingSpaces
            if piece.count >= 2, let first = piece.first, first == "\"" || first == "'", piece.last == first {
                piece = String(piece.dropFirst().dropLast())
            }
            return piece
        }.joined(separator: ".")
    }
}

extension StringProtocol {
    var trimmingSpaces: String {
        guard let first = firstIndex(where: { $0 != " " && $0 != "\t" && $0 != "\r" }),
              let last = lastIndex(where: { $0 != " " && $0 != "\t" && $0 != "\r" })
        else { return "" }
        return String(self[first...last])
    }
}
