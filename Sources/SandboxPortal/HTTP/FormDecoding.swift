import BitrixJSON

/// Decodes `application/x-www-form-urlencoded` text and GET query strings the way PHP does:
/// `+` is a space, `%XX` a byte, and bracketed keys nest (`FILTER[TITLE]=x`, `a[]=1&a[]=2`).
enum FormDecoding {
    static func parse(_ text: String) -> JSONValue {
        var root = FormNode.map([])
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let key = percentDecode(String(parts[0]))
            let value = parts.count > 1 ? percentDecode(String(parts[1])) : ""
            let path = keyPath(key)
            guard let first = path.first, let name = first, !name.isEmpty else { continue }
            root.insert(value, at: path[...])
        }
        return root.json
    }

    /// `+` → space, `%XX` → byte; a malformed escape stays as written; bytes are read as UTF-8.
    static func percentDecode(_ text: String) -> String {
        var bytes: [UInt8] = []
        let input = Array(text.utf8)
        bytes.reserveCapacity(input.count)
        var index = 0
        while index < input.count {
            let byte = input[index]
            if byte == UInt8(ascii: "+") {
                bytes.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: "%"), index + 2 < input.count,
                let high = hexValue(input[index + 1]), let low = hexValue(input[index + 2])
            {
                bytes.append(high << 4 | low)
                index += 2
            } else {
                bytes.append(byte)
            }
            index += 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }

    /// `a[b][]` → ["a", "b", nil]; nil is PHP's "append". Text after an unclosed bracket is kept in the name, as PHP does.
    static func keyPath(_ key: String) -> [String?] {
        guard let open = key.firstIndex(of: "["), key[open...].contains("]") else { return [key] }
        var path: [String?] = [String(key[..<open])]
        var rest = key[open...]
        while rest.first == "[", let close = rest.firstIndex(of: "]") {
            let inner = rest[rest.index(after: rest.startIndex)..<close]
            path.append(inner.isEmpty ? nil : String(inner))
            rest = rest[rest.index(after: close)...]
        }
        return path
    }
}

/// A PHP array under construction: ordered keys, `[]` appends with the next integer key.
private enum FormNode {
    case leaf(String)
    case map([(String, FormNode)])

    mutating func insert(_ value: String, at path: ArraySlice<String?>) {
        guard let head = path.first else {
            self = .leaf(value)
            return
        }
        var entries: [(String, FormNode)]
        if case .map(let existing) = self { entries = existing } else { entries = [] }
        let key = head ?? String(nextIndex(entries))
        let rest = path.dropFirst()
        if let position = entries.firstIndex(where: { $0.0 == key }) {
            entries[position].1.insert(value, at: rest)
        } else {
            var child = FormNode.map([])
            child.insert(value, at: rest)
            entries.append((key, child))
        }
        self = .map(entries)
    }

    private func nextIndex(_ entries: [(String, FormNode)]) -> Int {
        (entries.compactMap { Int($0.0) }.max() ?? -1) + 1
    }

    /// PHP's json_encode: a list keyed 0…n-1 in order becomes an array, anything else an object.
    var json: JSONValue {
        switch self {
        case .leaf(let text):
            return .string(text)
        case .map(let entries):
            let isList = !entries.isEmpty && entries.enumerated().allSatisfy { String($0.offset) == $0.element.0 }
            if isList { return .array(entries.map { $0.1.json }) }
            var object: [String: JSONValue] = [:]
            for (key, node) in entries { object[key] = node.json }
            return .object(object)
        }
    }
}
