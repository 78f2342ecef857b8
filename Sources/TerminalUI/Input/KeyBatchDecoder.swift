import WizardCore

/// Decodes the `get_wch` results that arrived together (one drain of the input queue).
///
/// Beyond `KeyDecoder`, it handles what only makes sense across several results:
/// - escape sequences ncurses passed through because terminfo did not name them (`ESC [ Z`, `ESC [ 1 ; 5 A`, …):
///   known ones become their key (modifiers dropped), unknown ones are swallowed whole instead of leaking as text;
/// - Alt chords (`ESC` + a character in the same burst) are swallowed: the wizard gives Alt no meaning, and turning
///   them into Escape + text would go back a screen and type a letter;
/// - a base character followed by combining marks (or a ZWJ sequence) that arrived together becomes one `Character`.
public enum KeyBatchDecoder {
    public static func decode(_ batch: [RawKey]) -> [DecodedInput] {
        var output: [DecodedInput] = []
        var index = 0
        while index < batch.count {
            let raw = batch[index]
            if raw.isCharacter(27) {
                index = decodeEscape(batch, at: index, into: &output)
                continue
            }
            index += 1
            guard let decoded = KeyDecoder.decode(raw) else { continue }
            if case .key(.character(let typed)) = decoded, case .key(.character(let previous))? = output.last,
               let joined = joinedCharacter(previous, typed) {
                output[output.count - 1] = .key(.character(joined))
            } else {
                output.append(decoded)
            }
        }
        return output
    }

    /// Handles the ESC at `start`; returns the index of the first result not consumed.
    private static func decodeEscape(_ batch: [RawKey], at start: Int, into output: inout [DecodedInput]) -> Int {
        let next = start + 1
        guard next < batch.count else {
            output.append(.key(.escape))
            return next
        }
        let follower = batch[next]
        if follower.status == CursesCodes.keyCodeYes { return next }      // Alt + a named key: the key itself
        if follower.isCharacter(27) {
            output.append(.key(.escape))
            return next
        }
        if follower.isCharacter(0x5B) || follower.isCharacter(0x4F) {     // CSI "[" or SS3 "O"
            return decodeSequence(batch, introducer: follower.value, from: next + 1, into: &output)
        }
        return next + 1                                                   // Alt chord: swallowed
    }

    private static func decodeSequence(
        _ batch: [RawKey], introducer: UInt32, from start: Int, into output: inout [DecodedInput]
    ) -> Int {
        var parameters = ""
        var index = start
        while index < batch.count {
            let raw = batch[index]
            index += 1
            guard raw.status == CursesCodes.ok, let scalar = Unicode.Scalar(raw.value) else { return index }
            switch raw.value {
            case 0x20...0x3F where introducer == 0x5B:
                parameters.unicodeScalars.append(scalar)
            case 0x40...0x7E:
                if let key = EscapeSequences.key(introducer: introducer, parameters: parameters, final: scalar) {
                    output.append(.key(key))
                }
                return index
            default:
                return index                                              // malformed: dropped
            }
        }
        return index                                                      // cut short: dropped
    }

    private static func joinedCharacter(_ previous: Character, _ typed: Character) -> Character? {
        let joined = String(previous) + String(typed)
        guard joined.count == 1 else { return nil }
        return joined.first
    }
}

extension RawKey {
    fileprivate func isCharacter(_ code: UInt32) -> Bool { status == CursesCodes.ok && value == code }
}
