/// Reads `tmux capture-pane -e` output: plain text plus the rendition in force at each character. tmux emits only
/// changes, carried across lines, so the state must be tracked from the top.
struct SGRScreen {
    struct Rendition: Equatable {
        var bold = false
        var reverse = false
        var foreground: Int?      // 30…37, 90…97, or 256-colour index + 1000; nil = default
    }

    private(set) var text = ""
    private(set) var renditions: [Rendition] = []

    init(_ capture: String) {
        var state = Rendition()
        let scalars = Array(capture.unicodeScalars)
        var index = 0
        while index < scalars.count {
            if scalars[index] == "\u{1B}", index + 1 < scalars.count, scalars[index + 1] == "[" {
                var end = index + 2
                var parameters = ""
                while end < scalars.count, !(0x40...0x7E).contains(scalars[end].value) {
                    parameters.unicodeScalars.append(scalars[end])
                    end += 1
                }
                if end < scalars.count, scalars[end] == "m" { Self.apply(parameters, to: &state) }
                index = end + 1
                continue
            }
            text.unicodeScalars.append(scalars[index])
            renditions.append(state)
            index += 1
        }
    }

    /// The rendition at the first character of the first occurrence of `needle`.
    func rendition(at needle: String) -> Rendition? {
        guard let range = text.unicodeScalars.firstRange(of: needle.unicodeScalars) else { return nil }
        return renditions[text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)]
    }

    private static func apply(_ parameters: String, to state: inout Rendition) {
        var codes = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }
        if codes.isEmpty { codes = [0] }
        var index = 0
        while index < codes.count {
            switch codes[index] {
            case 0: state = Rendition()
            case 1: state.bold = true
            case 22: state.bold = false
            case 7: state.reverse = true
            case 27: state.reverse = false
            case 30...37, 90...97: state.foreground = codes[index]
            case 39: state.foreground = nil
            case 38:
                if index + 2 < codes.count, codes[index + 1] == 5 {
                    state.foreground = 1000 + codes[index + 2]
                    index += 2
                }
            default: break
            }
            index += 1
        }
    }
}
