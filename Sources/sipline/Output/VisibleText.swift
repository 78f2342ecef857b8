/// Text from the portal or the network shown with its control characters made visible, never interpreted:
/// an escape sequence in a TITLE must not move the cursor or recolour the terminal.
enum VisibleText {
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x00..<0x20: out += "^" + String(Unicode.Scalar(UInt8(scalar.value + 0x40)))
            case 0x7F: out += "^?"
            case 0x80..<0xA0, 0x202A...0x202E, 0x2066...0x2069:
                // C1 controls and bidirectional overrides, which can reorder what the person reads.
                out += "<U+" + hex(scalar.value) + ">"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
