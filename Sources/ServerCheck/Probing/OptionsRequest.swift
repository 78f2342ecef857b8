import SIPLineService

/// A SIP OPTIONS request as RFC 3261 §11 shapes it (the example of §11.1): Via with a `z9hG4bK` branch and
/// `rport`, Max-Forwards, To, From with a tag, Call-ID, CSeq, Contact, Accept, Content-Length 0. A retransmission
/// sends the same text (same branch), as §17.1.2 asks.
struct OptionsRequest: Sendable {
    /// The server as the person wrote it (the Request-URI keeps the name, RFC 3263 §4: DNS only finds where to send).
    var requestHost: String
    var requestPort: Int?
    var transport: SIPTransport
    /// This side of the socket, for Via and Contact.
    var localAddress: String
    var localPort: Int
    var branch = "z9hG4bK" + Self.randomToken()
    var tag = Self.randomToken()
    var callID = Self.randomToken() + Self.randomToken()

    var text: String {
        let hostPart = requestHost.contains(":") ? "[\(requestHost)]" : requestHost
        let portPart = requestPort.map { ":\($0)" } ?? ""
        let transportParameter = transport == .udp ? "" : ";transport=\(transport.rawValue)"
        let local = localAddress.contains(":") ? "[\(localAddress)]" : localAddress
        let lines = [
            "OPTIONS sip:\(hostPart)\(portPart)\(transportParameter) SIP/2.0",
            "Via: SIP/2.0/\(transport.rawValue.uppercased()) \(local):\(localPort);branch=\(branch);rport",
            "Max-Forwards: 70",
            "To: <sip:\(hostPart)\(portPart)>",
            "From: <sip:sipline@\(local)>;tag=\(tag)",
            "Call-ID: \(callID)@sipline",
            "CSeq: 1 OPTIONS",
            "Contact: <sip:sipline@\(local):\(localPort)\(transportParameter)>",
            "Accept: application/sdp",
            "User-Agent: sipline server check",
            "Content-Length: 0",
        ]
        return lines.joined(separator: "\r\n") + "\r\n\r\n"
    }

    /// 16 hex digits from the system's random source.
    static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        let value = generator.next() as UInt64
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

/// The parts of a SIP response the report keeps: status line and the software that answered.
struct SIPResponseHead: Sendable, Hashable {
    var statusCode: Int
    var statusLine: String
    var software: String?

    /// Longest status line or header value kept: a report line, not a dump of what came.
    static let maximumLength = 200

    /// nil when `text` does not start with a SIP status line.
    init?(_ text: String) {
        let lines = text.split(separator: "\r\n", omittingEmptySubsequences: false)
            .flatMap { $0.split(separator: "\n", omittingEmptySubsequences: false) }
        guard let first = lines.first, first.hasPrefix("SIP/2.0 ") else { return nil }
        let codeText = first.dropFirst("SIP/2.0 ".count).prefix(3)
        guard codeText.count == 3, let code = Int(codeText), (100...699).contains(code) else { return nil }
        statusCode = code
        statusLine = String(first.prefix(Self.maximumLength))
        var server: String?
        var userAgent: String?
        for line in lines.dropFirst() {
            if line.isEmpty { break }
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].trimmingSpaces().lowercased()
            let value = String(line[line.index(after: colon)...].trimmingSpaces().prefix(Self.maximumLength))
            if name == "server", server == nil { server = value }
            if name == "user-agent", userAgent == nil { userAgent = value }
        }
        software = server ?? userAgent
    }
}

extension Substring {
    fileprivate func trimmingSpaces() -> Substring {
        var text = self
        while let first = text.first, first == " " || first == "\t" { text.removeFirst() }
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return text
    }
}
