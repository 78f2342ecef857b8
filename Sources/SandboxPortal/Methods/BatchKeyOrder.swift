/// The order in which a request wrote the keys of `cmd`: a batch runs its commands in that order (`halt` and
/// `$result[…]` depend on it), but a decoded JSON object or form keeps no order, so the raw request is read again.
enum BatchKeyOrder {
    /// The keys of `cmd` as written in the JSON body, or in the form body / query string (`cmd[key]=…`).
    static func keys(body: [UInt8], query: String?) -> [String] {
        if let keys = jsonKeys(of: "cmd", in: body) { return keys }
        let form = String(decoding: body, as: UTF8.self) + "&" + (query ?? "")
        var keys: [String] = []
        for pair in form.split(separator: "&") {
            let name = FormDecoding.percentDecode(String(pair.prefix { $0 != "=" }))
            guard name.hasPrefix("cmd["), let close = name.firstIndex(of: "]") else { continue }
            let key = String(name[name.index(name.startIndex, offsetBy: 4)..<close])
            if !keys.contains(key) { keys.append(key) }
        }
        return keys
    }

    /// The keys of the object under the top-level `name`, in document order; nil when the body is not such JSON.
    static func jsonKeys(of name: String, in body: [UInt8]) -> [String]? {
        var scanner = Scanner(bytes: body)
        guard scanner.skipSpace() == UInt8(ascii: "{") else { return nil }
        scanner.index += 1
        while let key = scanner.string() {
            guard scanner.skipSpace() == UInt8(ascii: ":") else { return nil }
            scanner.index += 1
            if key == name {
                guard scanner.skipSpace() == UInt8(ascii: "{") else { return nil }
                scanner.index += 1
                var keys: [String] = []
                while let inner = scanner.string() {
                    keys.append(inner)
                    guard scanner.skipSpace() == UInt8(ascii: ":") else { return nil }
                    scanner.index += 1
                    guard scanner.skipValue(), scanner.skipSeparator() else { return keys }
                }
                return keys
            }
            guard scanner.skipValue(), scanner.skipSeparator() else { return nil }
        }
        return nil
    }

    private struct Scanner {
        let bytes: [UInt8]
        var index = 0

        mutating func skipSpace() -> UInt8? {
            while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
            return index < bytes.count ? bytes[index] : nil
        }

        /// After a value: a comma (more follows, true) or the end of the object (false).
        mutating func skipSeparator() -> Bool {
            guard skipSpace() == UInt8(ascii: ",") else { return false }
            index += 1
            return true
        }

        /// A JSON string at the cursor, decoded (escapes kept simple: `\"` and `\\` matter for keys).
        mutating func string() -> String? {
            guard skipSpace() == UInt8(ascii: "\"") else { return nil }
            index += 1
            var text: [UInt8] = []
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                if byte == UInt8(ascii: "\"") { return String(decoding: text, as: UTF8.self) }
                if byte == UInt8(ascii: "\\"), index < bytes.count {
                    text.append(bytes[index])
                    index += 1
                } else {
                    text.append(byte)
                }
            }
            return nil
        }

        /// Skips one value of any kind (strings, nested objects and arrays included).
        mutating func skipValue() -> Bool {
            guard let first = skipSpace() else { return false }
            if first == UInt8(ascii: "\"") { return string() != nil }
            guard first == UInt8(ascii: "{") || first == UInt8(ascii: "[") else {
                while index < bytes.count, ![UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]")].contains(bytes[index]) {
                    index += 1
                }
                return true
            }
            var depth = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    guard string() != nil else { return false }
                    continue
                }
                index += 1
                if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") { depth += 1 }
                if byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") {
                    depth -= 1
                    if depth == 0 { return true }
                }
            }
            return false
        }
    }
}
