import TextSafety
import WizardCore

/// An aligned table for a terminal: columns as wide as their widest cell in display columns (Cyrillic and CJK
/// titles line up), two spaces between columns, no trailing spaces. Cells must already be made visible.
struct TextTable {
    var headers: [String]
    var rows: [[String]] = []

    func render() -> String {
        let columns = headers.count
        var widths = headers.map { DisplayWidth.of($0) }
        for row in rows {
            for (index, cell) in row.prefix(columns).enumerated() { widths[index] = max(widths[index], DisplayWidth.of(cell)) }
        }
        func line(_ cells: [String]) -> String {
            var out = ""
            for index in 0..<columns {
                let cell = index < cells.count ? cells[index] : ""
                out += cell
                if index < columns - 1 {
                    out += String(repeating: " ", count: widths[index] - DisplayWidth.of(cell) + 2)
                }
            }
            while out.hasSuffix(" ") { out.removeLast() }
            return out
        }
        return ([line(headers)] + rows.map(line)).joined(separator: "\n")
    }
}

/// "Label:  value" lines with the values aligned.
struct FieldBlock {
    var fields: [(label: String, value: String)] = []

    mutating func add(_ label: String, _ value: String?) {
        guard let value, !value.isEmpty else { return }
        fields.append((label, value))
    }

    func render(indent: String = "  ") -> String {
        let width = fields.map { DisplayWidth.of($0.label) }.max() ?? 0
        return fields.map { field in
            indent + field.label + ":" + String(repeating: " ", count: width - DisplayWidth.of(field.label) + 2) + field.value
        }.joined(separator: "\n")
    }
}
