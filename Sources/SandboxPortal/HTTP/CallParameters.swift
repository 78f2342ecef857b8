import BitrixJSON

/// The parameters of one REST call, merged from the query string and the body; keys are case-insensitive
/// (the portal upper-cases them), so every read goes through here.
struct CallParameters: Sendable {
    let values: JSONValue

    init(_ values: JSONValue) {
        self.values = values
    }

    subscript(key: String) -> JSONValue? {
        values[key]
    }

    func contains(_ key: String) -> Bool {
        values[key] != nil
    }

    /// A field as PHP would see it in a string context: numbers as text, `true` as "1", `false`/null as "".
    /// Arrays and objects are nil (not a text field).
    func text(_ key: String) -> String? {
        guard let value = values[key] else { return nil }
        return Self.text(of: value)
    }

    static func text(of value: JSONValue) -> String? {
        switch value {
        case .string(let text): return text
        case .int, .double: return value.stringValue
        case .bool(let flag): return flag ? "1" : ""
        case .null: return ""
        case .array, .object: return nil
        }
    }

    /// Query parameters first, the body's on top (as PHP merges `$_GET` and `$_POST` into `$_REQUEST`).
    static func merged(query: JSONValue, body: JSONValue) -> CallParameters {
        guard case .object(var merged) = query else { return CallParameters(body) }
        guard case .object(let fromBody) = body else { return CallParameters(.object(merged)) }
        for (key, value) in fromBody { merged[key] = value }
        return CallParameters(.object(merged))
    }
}
