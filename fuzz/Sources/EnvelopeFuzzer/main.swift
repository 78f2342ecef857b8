#if canImport(Glibc)
import Glibc
#endif
import CLibFuzzer
import Bitrix24REST

/// One input: two bytes of HTTP status (100…599), then the body. The decoder must never crash, and whatever it
/// says about a failure must carry no control or bidirectional character to a terminal.
func fuzzEnvelope(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bytes = UnsafeBufferPointer(start: data, count: size)
    guard bytes.count >= 2 else { return 0 }
    let status = 100 + (Int(bytes[0]) << 8 | Int(bytes[1])) % 500
    let body = Array(bytes.dropFirst(2))
    let redactor = Redactor(secrets: ["q8x2secretcode7"])
    switch EnvelopeDecoder.decode(status: status, body: body, method: "voximplant.sip.add", redactor: redactor) {
    case .success(let response):
        _ = response.result.stringValue
    case .failure(let error):
        let text = error.description
        if text.unicodeScalars.contains(where: unsafe) { fatalError("unsafe character in: \(text.debugDescription)") }
        if text.contains("q8x2secretcode7") { fatalError("the secret leaked: \(text)") }
    }
    return 0
}

/// C0, DEL, C1, bidi controls and the line/paragraph separators.
func unsafe(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value)
        || (0x2066...0x2069).contains(value) || value == 0x200E || value == 0x200F || value == 0x061C
        || value == 0x2028 || value == 0x2029
}

var arguments = CommandLine.argc
var vector: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&arguments, &vector) { data, size in fuzzEnvelope(data, size) })
