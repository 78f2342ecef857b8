import WizardCore

/// Decodes the `get_wch` results of one drain of the input queue, remembering across drains what can span them.
///
/// Beyond `KeyDecoder`, it handles what only makes sense across several results:
/// - escape sequences ncurses passed through because terminfo did not name them (`ESC [ Z`, `ESC [ 1 ; 5 A`, …):
///   known ones become their key (modifiers dropped), unknown ones — terminal answers such as a cursor position
///   report `ESC [ 12 ; 40 R`, focus events `ESC [ I`, device attributes, OSC replies — are swallowed whole instead of
///   leaking into a field as text;
/// - a bracketed paste (`ESC [ 200 ~` … `ESC [ 201 ~`) becomes one `.paste` with its control characters removed, so
///   a newline in it is not Enter and a pasted webhook or password arrives whole, even across several drains;
/// - Escape followed by a character or a key in the same burst (Esc then a key typed within ESCDELAY, or an Alt
///   chord) is Escape and then that key: nothing typed is dropped;
/// - a base character followed by combining marks (or a ZWJ sequence) that arrived together becomes one `Character`.
///
/// A sequence cut at the end of a drain is kept for the next one; `flush()` ends it when nothing more came.
public struct KeyBatchDecoder: Sendable {
    /// Results of an escape sequence (or a paste's end marker) that the last drain cut short.
    private var carried: [RawKey] = []
    /// Text of a bracketed paste whose end has not arrived yet.
    private var paste: String.UnicodeScalarView?

    /// A paste longer than this is no field's value; the rest is dropped (the paste still ends at its marker).
    public static let pasteLimit = 4096

    public init() {}

    /// Whether part of a sequence or a paste is waiting for the next drain; the caller flushes when none comes.
    public var isWaiting: Bool { paste != nil || !carried.isEmpty }

    /// One drain, decoded (stateless convenience: a fresh decoder, flushed at the end).
    public static func decode(_ batch: [RawKey]) -> [DecodedInput] {
        var decoder = KeyBatchDecoder()
        return decoder.decode(batch) + decoder.flush()
    }

    public mutating func decode(_ batch: [RawKey]) -> [DecodedInput] {
        let input = carried + batch
        carried = []
        var output: [DecodedInput] = []
        var index = 0
        while index < input.count {
            let step = paste == nil ? decodeKey(input, at: index, into: &output) : decodePaste(input, at: index, into: &output)
            guard case .next(let next) = step else {
                carried = Array(input[index...])
                break
            }
            index = next
        }
        return output
    }

    /// Nothing more arrived: an unfinished paste is delivered as it is; a cut sequence is dropped, except a lone
    /// `ESC [` or `ESC O`, which a person typed (Escape, then the character).
    public mutating func flush() -> [DecodedInput] {
        defer {
            carried = []
            paste = nil
        }
        if let text = paste {
            return text.isEmpty ? [] : [.key(.paste(String(text)))]
        }
        if carried.count == 2, carried[0].isCharacter(Control.escape),
           let typed = KeyDecoder.decode(carried[1]), carried[1].isCharacter(0x5B) || carried[1].isCharacter(0x4F) {
            return [.key(.escape), typed]
        }
        return []
    }

    // MARK: - Steps

    private enum Step {
        case next(Int)
        /// The input ended inside a sequence: keep it for the next drain.
        case incomplete
    }

    private enum Control {
        static let escape: UInt32 = 0x1B
        static let bell: UInt32 = 0x07
        /// C1 controls as sent by 8-bit terminals: CSI, SS3, ST and the string introducers DCS, SOS, OSC, PM, APC.
        static let csi: UInt32 = 0x9B
        static let ss3: UInt32 = 0x8F
        static let stringTerminator: UInt32 = 0x9C
        static let stringIntroducers: Set<UInt32> = [0x90, 0x98, 0x9D, 0x9E, 0x9F]
        /// The characters that follow ESC to open a string sequence: DCS `P`, SOS `X`, OSC `]`, PM `^`, APC `_`.
        static let stringFollowers: Set<UInt32> = [0x50, 0x58, 0x5D, 0x5E, 0x5F]
    }

    private mutating func decodeKey(_ input: [RawKey], at index: Int, into output: inout [DecodedInput]) -> Step {
        let raw = input[index]
        if raw.isCharacter(Control.escape) { return decodeEscape(input, at: index, into: &output) }
        if raw.isCharacter(Control.csi) { return decodeSequence(input, introducer: 0x5B, from: index + 1, into: &output) }
        if raw.isCharacter(Control.ss3) { return decodeSequence(input, introducer: 0x4F, from: index + 1, into: &output) }
        if raw.status == CursesCodes.ok, Control.stringIntroducers.contains(raw.value) {
            return .next(Self.endOfString(input, from: index + 1) ?? index + 1)
        }
        guard let decoded = KeyDecoder.decode(raw) else { return .next(index + 1) }
        if case .key(.character(let typed)) = decoded, case .key(.character(let previous))? = output.last,
           let joined = Self.joinedCharacter(previous, typed) {
            output[output.count - 1] = .key(.character(joined))
        } else {
            output.append(decoded)
        }
        return .next(index + 1)
    }

    /// The ESC at `start`, with what follows it in the same burst.
    private mutating func decodeEscape(_ input: [RawKey], at start: Int, into output: inout [DecodedInput]) -> Step {
        let next = start + 1
        guard next < input.count else {
            // curses gives a lone ESC only after ESCDELAY passed with nothing behind it: the Escape key.
            output.append(.key(.escape))
            return .next(next)
        }
        let follower = input[next]
        if follower.isCharacter(0x5B) {
            return decodeSequence(input, introducer: 0x5B, from: next + 1, into: &output)
        }
        if follower.isCharacter(0x4F) {
            // SS3 takes exactly one final character; anything else after "ESC O" was typed.
            guard next + 1 < input.count else { return .incomplete }
            if let final = input[next + 1].finalByte {
                if let key = EscapeSequences.key(introducer: 0x4F, parameters: "", final: final) { output.append(.key(key)) }
                return .next(next + 2)
            }
        }
        if follower.status == CursesCodes.ok, Control.stringFollowers.contains(follower.value),
           let end = Self.endOfString(input, from: next + 1) {
            return .next(end)                       // a terminal's string answer (OSC colour reply, DCS, …): swallowed
        }
        // Escape, then whatever followed it: typed fast, or an Alt chord. The follower is decoded on its own.
        output.append(.key(.escape))
        return .next(next)
    }

    /// A CSI (`[`) or SS3 (`O`) sequence from `start` (just after its introducer).
    private mutating func decodeSequence(
        _ input: [RawKey], introducer: UInt32, from start: Int, into output: inout [DecodedInput]
    ) -> Step {
        var parameters = ""
        var index = start
        while index < input.count {
            let raw = input[index]
            index += 1
            guard raw.status == CursesCodes.ok, let scalar = Unicode.Scalar(raw.value) else { return .next(index) }
            switch raw.value {
            case 0x20...0x3F where introducer == 0x5B:
                parameters.unicodeScalars.append(scalar)
            case 0x40...0x7E:
                if introducer == 0x5B, scalar == "~", parameters == "200" {
                    paste = String.UnicodeScalarView()
                } else if let key = EscapeSequences.key(introducer: introducer, parameters: parameters, final: scalar) {
                    output.append(.key(key))
                }
                return .next(index)
            default:
                return .next(index)                 // malformed: dropped
            }
        }
        return .incomplete
    }

    /// Inside a bracketed paste: text until `ESC [ 201 ~`.
    private mutating func decodePaste(_ input: [RawKey], at index: Int, into output: inout [DecodedInput]) -> Step {
        let raw = input[index]
        if raw.isCharacter(Control.escape) {
            switch Self.match(Self.pasteEnd, in: input, at: index) {
            case .whole:
                let text = paste ?? String.UnicodeScalarView()
                paste = nil
                if !text.isEmpty { output.append(.key(.paste(String(text)))) }
                return .next(index + Self.pasteEnd.count)
            case .cut:
                return .incomplete
            case .different:
                return .next(index + 1)             // an ESC inside pasted text is a control character: dropped
            }
        }
        if raw.status == CursesCodes.keyCodeYes {
            if KeyDecoder.decode(raw) == .resize { output.append(.resize) }
            return .next(index + 1)
        }
        if raw.status == CursesCodes.ok, let scalar = Unicode.Scalar(raw.value), !Self.isControl(scalar),
           (paste?.count ?? 0) < Self.pasteLimit {
            paste?.append(scalar)
        }
        return .next(index + 1)
    }

    // MARK: - Helpers

    private static let pasteEnd: [UInt32] = [0x1B, 0x5B, 0x32, 0x30, 0x31, 0x7E]   // ESC [ 2 0 1 ~

    private enum Match { case whole, cut, different }

    private static func match(_ expected: [UInt32], in input: [RawKey], at start: Int) -> Match {
        for (offset, value) in expected.enumerated() {
            guard start + offset < input.count else { return .cut }
            guard input[start + offset].isCharacter(value) else { return .different }
        }
        return .whole
    }

    /// Just past the BEL, ST or `ESC \` that ends a string sequence begun before `start`; nil when none is there.
    private static func endOfString(_ input: [RawKey], from start: Int) -> Int? {
        var index = start
        while index < input.count {
            let raw = input[index]
            if raw.isCharacter(Control.bell) || raw.isCharacter(Control.stringTerminator) { return index + 1 }
            if raw.isCharacter(Control.escape), index + 1 < input.count, input[index + 1].isCharacter(0x5C) {
                return index + 2
            }
            index += 1
        }
        return nil
    }

    /// C0, DEL and C1: never text, in a paste either.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    private static func joinedCharacter(_ previous: Character, _ typed: Character) -> Character? {
        let joined = String(previous) + String(typed)
        guard joined.count == 1 else { return nil }
        return joined.first
    }
}

extension RawKey {
    fileprivate func isCharacter(_ code: UInt32) -> Bool { status == CursesCodes.ok && value == code }

    /// The character as the final byte of an SS3 sequence (`@` … `~`), if it is one.
    fileprivate var finalByte: Unicode.Scalar? {
        guard status == CursesCodes.ok, (0x40...0x7E).contains(value) else { return nil }
        return Unicode.Scalar(value)
    }
}
