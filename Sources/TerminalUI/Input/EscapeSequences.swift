import WizardCore

/// The xterm/VT220 escape sequences a terminal may send for the keys the wizard uses.
enum EscapeSequences {
    static func key(introducer: UInt32, parameters: String, final: Unicode.Scalar) -> Key? {
        switch final {
        case "A": return .up
        case "B": return .down
        case "C": return .right
        case "D": return .left
        case "H": return .home
        case "F": return .end
        case "Z": return introducer == 0x5B ? .backTab : nil
        case "P", "Q", "R", "S":
            // CSI with other parameters than a modifier ("1;5") is an answer, not a key: `ESC [ 12 ; 40 R` is a
            // cursor position report.
            guard introducer == 0x4F || parameters.isEmpty || parameters.hasPrefix("1;") else { return nil }
            return .function(Int(final.value - 0x50) + 1)
        case "~":
            let first = parameters.split(separator: ";").first.flatMap { Int($0) }
            return first.flatMap(tildeKey)
        default:
            return nil
        }
    }

    private static func tildeKey(_ code: Int) -> Key? {
        switch code {
        case 1, 7: return .home
        case 4, 8: return .end
        case 3: return .delete
        case 5: return .pageUp
        case 6: return .pageDown
        case 11...15: return .function(code - 10)
        case 17...21: return .function(code - 11)
        case 23, 24: return .function(code - 12)
        default: return nil
        }
    }
}
