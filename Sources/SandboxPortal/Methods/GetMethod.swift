import BitrixJSON

extension PortalBook {
    static let pageSize = 50

    /// `voximplant.sip.get`: FILTER (with `!`, `%`, `<`, `>`, `<=`, `>=`, `=` prefixes; an array value means "any of"),
    /// SORT + ORDER (only together), pages of 50 from `start`.
    func get(_ parameters: CallParameters, rules: PortalRules) -> MethodOutcome {
        var items = lines.map { $0.getItem(registrationReport: $0.currentReport(rules: rules)) }
        if let filter = parameters["FILTER"]?.objectValue {
            let conditions = filter.map { FilterCondition(key: $0.key, value: $0.value) }
            items = items.filter { item in conditions.allSatisfy { $0.matches(item) } }
        }
        if let sortField = parameters.text("SORT"), !sortField.isEmpty, let order = parameters.text("ORDER") {
            let descending = order.lowercased() == "desc"
            items.sort { left, right in
                let ordering = PortalComparison.compare(
                    left[sortField]?.stringValue ?? "", right[sortField]?.stringValue ?? "")
                return descending ? ordering == .greater : ordering == .less
            }
        }
        guard !items.isEmpty else { return .success(.array([])) }
        let start = max(0, parameters["start"]?.intValue ?? 0)
        let page = Array(items.dropFirst(start).prefix(Self.pageSize))
        let next = start + Self.pageSize < items.count ? start + Self.pageSize : nil
        return .success(.array(page), total: items.count, next: next)
    }
}

extension StoredLine {
    /// The registration as last seen by a status call (get never advances it).
    func currentReport(rules: PortalRules) -> Registration.Report? {
        guard let registration else { return nil }
        return registration.report(steps: rules.registrationSteps, server: server, password: password)
    }
}

/// Bitrix compares numbers as numbers and text case-insensitively (the database's collation).
enum PortalComparison {
    enum Ordering { case less, equal, greater }

    static func compare(_ left: String, _ right: String) -> Ordering {
        if let leftNumber = Double(left), let rightNumber = Double(right) {
            return leftNumber < rightNumber ? .less : (leftNumber > rightNumber ? .greater : .equal)
        }
        let leftText = left.lowercased(), rightText = right.lowercased()
        return leftText < rightText ? .less : (leftText > rightText ? .greater : .equal)
    }
}

private struct FilterCondition {
    enum Operation { case equal, notEqual, contains, less, lessOrEqual, greater, greaterOrEqual }

    var field: String
    var operation: Operation
    var values: [String]

    init(key: String, value: JSONValue) {
        let prefixes: [(String, Operation)] = [
            ("!=", .notEqual), ("<=", .lessOrEqual), (">=", .greaterOrEqual), ("!", .notEqual), ("%", .contains),
            ("<", .less), (">", .greater), ("=", .equal),
        ]
        var field = Substring(key)
        var operation = Operation.equal
        for (prefix, candidate) in prefixes where field.hasPrefix(prefix) {
            operation = candidate
            field = field.dropFirst(prefix.count)
            break
        }
        self.field = String(field)
        self.operation = operation
        if case .array(let list) = value {
            values = list.map { CallParameters.text(of: $0) ?? "" }
        } else {
            values = [CallParameters.text(of: value) ?? ""]
        }
    }

    func matches(_ item: JSONValue) -> Bool {
        let actual = CallParameters.text(of: item[field] ?? .null) ?? ""
        let anyMatch = values.contains { expected in
            let ordering = PortalComparison.compare(actual, expected)
            switch operation {
            case .equal, .notEqual: return ordering == .equal
            case .contains: return expected.isEmpty || actual.lowercased().contains(expected.lowercased())
            case .less: return ordering == .less
            case .lessOrEqual: return ordering != .greater
            case .greater: return ordering == .greater
            case .greaterOrEqual: return ordering != .less
            }
        }
        return operation == .notEqual ? !anyMatch : anyMatch
    }
}
