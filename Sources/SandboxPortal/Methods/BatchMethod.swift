import Platform
import BitrixJSON

extension Portal {
    /// Commands in one `batch`, as the portal allows.
    static let batchLimit = 50

    /// `batch`: `cmd` is an object (or array) of `"method?query"` strings, at most 50; `halt` (1/true) stops at the
    /// first failing command. Always HTTP 200: each command's result goes to `result.result`, its error envelope to
    /// `result.result_error`, its `total`/`next`/`time` to `result_total`/`result_next`/`result_time`, keyed like
    /// `cmd` (a section with keys 0…n-1 is an array, as PHP encodes it; an empty one is `[]`). A command may use an
    /// earlier one's answer as `$result[key][FIELD]`. Commands run in the order the request wrote them; each is
    /// authorized and checked like a call of its own, but the batch passes the rate limit once.
    func batch(_ call: IncomingCall, segments: [String], parameters: CallParameters) -> PortalReply {
        let order = BatchKeyOrder.keys(body: call.body, query: call.query)
        guard let commands = BatchCommand.list(parameters["cmd"], order: order) else {
            return .error(PortalError(code: "INVALID_ARG_VALUE", description: "cmd must list the commands", status: 400))
        }
        guard commands.count <= Self.batchLimit else {
            return .error(PortalError(code: "ERROR_BATCH_LENGTH_EXCEEDED", description: "Max batch length exceeded",
                                      status: 400))
        }
        let halt = parameters["halt"]?.boolValue ?? false
        var sections = BatchSections()
        for command in commands {
            let method = Self.methodName(command.method)
            var values = BatchCommand.substituting(FormDecoding.parse(command.query), results: sections.result)
            if case .object(var object) = values, let auth = parameters["auth"] {
                object["auth"] = auth                        // an OAuth batch authorizes its commands
                values = .object(object)
            }
            let reply: PortalReply
            if method == "batch" {
                reply = .error(PortalError(code: "ERROR_BATCH_METHOD_NOT_ALLOWED",
                                           description: "Method is not allowed for batch usage", status: 400))
            } else {
                let inner = IncomingCall(httpMethod: call.httpMethod, path: call.path, query: nil,
                                         contentType: call.contentType, parameters: CallParameters(values),
                                         received: Date(), body: [])
                reply = execute(inner, segments: segments, method: method, insideBatch: true)
                records.append(SandboxRequestRecord(
                    method: method, parameters: values, httpMethod: call.httpMethod, contentType: call.contentType,
                    time: inner.received, status: reply.status, error: reply.errorCode))
            }
            let answer = (try? JSONValue.parse(reply.body)) ?? .object([:])
            if reply.status == 200, let result = answer["result"] {
                sections.result.append((command.key, result))
                if let total = answer["total"] { sections.total.append((command.key, total)) }
                if let next = answer["next"] { sections.next.append((command.key, next)) }
                if let time = answer["time"] { sections.time.append((command.key, time)) }
            } else {
                sections.error.append((command.key, .object([
                    "error": answer["error"] ?? .string("INTERNAL_SERVER_ERROR"),
                    "error_description": answer["error_description"] ?? .string(""),
                ])))
                if halt { break }
            }
        }
        return .json(Envelope.success(sections.json, total: nil, next: nil, start: call.received, finish: Date()))
    }
}

/// One command of a batch: its key in `cmd` and the `method?query` it holds.
struct BatchCommand: Equatable {
    var key: String
    var method: String
    var query: String

    /// In `order` (the keys as the request wrote them; others after them); nil when `cmd` is missing or holds
    /// something else than text.
    static func list(_ cmd: JSONValue?, order: [String] = []) -> [BatchCommand]? {
        let entries: [(String, JSONValue)]
        switch cmd {
        case .object(let object)?:
            let position = Dictionary(order.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { first, _ in first })
            entries = object.sorted { left, right in
                switch (position[left.key], position[right.key]) {
                case (let a?, let b?): return a < b
                case (.some, nil): return true
                case (nil, .some): return false
                case (nil, nil): return keyOrder(left.key, right.key)
                }
            }.map { ($0.key, $0.value) }
        case .array(let array)?: entries = array.enumerated().map { (String($0.offset), $0.element) }
        default: return nil
        }
        var commands: [BatchCommand] = []
        for (key, value) in entries {
            guard case .string(let text) = value else { return nil }
            let mark = text.firstIndex(of: "?")
            commands.append(BatchCommand(
                key: key, method: String(text[..<(mark ?? text.endIndex)]),
                query: mark.map { String(text[text.index(after: $0)...]) } ?? ""))
        }
        return commands
    }

    /// Numeric keys first, ascending, then the others alphabetically.
    private static func keyOrder(_ left: String, _ right: String) -> Bool {
        switch (Int(left), Int(right)) {
        case (let a?, let b?): return a < b
        case (.some, nil): return true
        case (nil, .some): return false
        case (nil, nil): return left < right
        }
    }

    /// Replaces `$result[key][FIELD]…` in the command's values with what an earlier command answered: a value that is
    /// only the reference takes the answer's own type, a reference inside text is replaced by its text.
    static func substituting(_ values: JSONValue, results: [(String, JSONValue)]) -> JSONValue {
        switch values {
        case .object(let object): return .object(object.mapValues { substituting($0, results: results) })
        case .array(let array): return .array(array.map { substituting($0, results: results) })
        case .string(let text) where text.contains("$result["):
            return substituted(text, results: results)
        default: return values
        }
    }

    private static func substituted(_ text: String, results: [(String, JSONValue)]) -> JSONValue {
        var output = ""
        var rest = Substring(text)
        while let start = rest.firstRange(of: "$result[") {
            output += rest[..<start.lowerBound]
            var path: [String] = []
            var cursor = start.upperBound
            while let close = rest[cursor...].firstIndex(of: "]") {
                path.append(String(rest[cursor..<close]))
                cursor = rest.index(after: close)
                guard cursor < rest.endIndex, rest[cursor] == "[" else { break }
                cursor = rest.index(after: cursor)
            }
            var value = path.first.flatMap { key in results.first { $0.0 == key }?.1 }
            for field in path.dropFirst() {
                if case .array(let items)? = value {
                    value = Int(field).flatMap { items.indices.contains($0) ? items[$0] : nil }
                } else {
                    value = value?[field]
                }
            }
            if output.isEmpty, cursor == rest.endIndex, let value { return value }
            output += value.flatMap(CallParameters.text(of:)) ?? ""
            rest = rest[cursor...]
        }
        return .string(output + rest)
    }
}

/// The five sections of a batch answer, in command order.
private struct BatchSections {
    var result: [(String, JSONValue)] = []
    var error: [(String, JSONValue)] = []
    var total: [(String, JSONValue)] = []
    var next: [(String, JSONValue)] = []
    var time: [(String, JSONValue)] = []

    var json: JSONValue {
        .object([
            "result": Self.phpArray(result), "result_error": Self.phpArray(error),
            "result_total": Self.phpArray(total), "result_next": Self.phpArray(next), "result_time": Self.phpArray(time),
        ])
    }

    /// PHP's json_encode of an array: keys 0…n-1 in order make a list (an empty one too), anything else an object.
    private static func phpArray(_ entries: [(String, JSONValue)]) -> JSONValue {
        if entries.enumerated().allSatisfy({ $0.element.0 == String($0.offset) }) { return .array(entries.map(\.1)) }
        return .object(Dictionary(entries, uniquingKeysWith: { _, last in last }))
    }
}
