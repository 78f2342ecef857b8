#if canImport(Glibc)
import Glibc
#endif
import CLibFuzzer
import TerminalUI
import WizardCore

/// One input: records of 5 bytes — a kind (0: a character, 1: a key code, 2: an error, 3: end of this drain) and a
/// 32-bit value — fed to one decoder drain by drain, then flushed. The decoder must never crash, never hand a
/// control character over as text, and never make a paste longer than its limit.
func fuzzKeys(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bytes = UnsafeBufferPointer(start: data, count: size)
    var decoder = KeyBatchDecoder()
    var drain: [RawKey] = []
    var decoded: [DecodedInput] = []
    var index = 0
    while index + 5 <= bytes.count {
        let value = UInt32(bytes[index + 1]) << 24 | UInt32(bytes[index + 2]) << 16 | UInt32(bytes[index + 3]) << 8
            | UInt32(bytes[index + 4])
        switch bytes[index] % 4 {
        case 0: drain.append(.character(value % 0x11_0000))
        case 1: drain.append(.keyCode(Int32(value % 1024)))
        case 2: drain.append(RawKey(status: CursesCodes.err, value: value))
        default:
            decoded += decoder.decode(drain)
            drain.removeAll()
        }
        index += 5
    }
    decoded += decoder.decode(drain) + decoder.flush()
    for input in decoded {
        switch input {
        case .key(.character(let character)):
            if character.unicodeScalars.contains(where: control) { fatalError("a control as text: \(character.debugDescription)") }
        case .key(.paste(let text)):
            if text.unicodeScalars.contains(where: control) { fatalError("a control in a paste: \(text.debugDescription)") }
            if text.unicodeScalars.count > KeyBatchDecoder.pasteLimit { fatalError("a paste over the limit") }
        default:
            break
        }
    }
    if decoder.isWaiting { fatalError("still waiting after a flush") }
    return 0
}

func control(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
}

var arguments = CommandLine.argc
var vector: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&arguments, &vector) { data, size in fuzzKeys(data, size) })
