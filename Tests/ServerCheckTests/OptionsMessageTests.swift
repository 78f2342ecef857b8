import SIPLineService
import Testing

@testable import ServerCheck

/// The OPTIONS text (RFC 3261 §11) and the reading of an answer's head.
@Suite struct OptionsMessageTests {
    @Test func theRequestCarriesEveryHeaderOfSection11() {
        let request = OptionsRequest(requestHost: "sip.provider.example", requestPort: nil, transport: .tcp,
                                     localAddress: "192.0.2.7", localPort: 40_000)
        let lines = request.text.split(separator: "\r\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "OPTIONS sip:sip.provider.example;transport=tcp SIP/2.0")
        #expect(lines[1].hasPrefix("Via: SIP/2.0/TCP 192.0.2.7:40000;branch=z9hG4bK"))
        #expect(lines.contains("Max-Forwards: 70"))
        #expect(lines.contains("To: <sip:sip.provider.example>"))
        #expect(lines.contains { $0.hasPrefix("From: <sip:sipline@192.0.2.7>;tag=") })
        #expect(lines.contains { $0.hasPrefix("Call-ID: ") })
        #expect(lines.contains("CSeq: 1 OPTIONS"))
        #expect(lines.contains("Contact: <sip:sipline@192.0.2.7:40000;transport=tcp>"))
        #expect(request.text.hasSuffix("Content-Length: 0\r\n\r\n"))
        #expect(request.branch != OptionsRequest(requestHost: "x", requestPort: nil, transport: .udp,
                                                 localAddress: "::1", localPort: 1).branch)
    }

    @Test func ipv6IsBracketedInURIsAndVia() {
        let request = OptionsRequest(requestHost: "2001:db8::1", requestPort: 5070, transport: .udp,
                                     localAddress: "::1", localPort: 5000)
        #expect(request.text.hasPrefix("OPTIONS sip:[2001:db8::1]:5070 SIP/2.0\r\nVia: SIP/2.0/UDP [::1]:5000;"))
    }

    @Test func anAnswerHeadGivesItsStatusLineAndSoftware() throws {
        let head = try #require(SIPResponseHead("SIP/2.0 401 Unauthorized\r\nVia: x\r\nuser-agent:  FPBX 16\r\nContent-Length: 0\r\n\r\n"))
        #expect(head.statusCode == 401)
        #expect(head.statusLine == "SIP/2.0 401 Unauthorized")
        #expect(head.software == "FPBX 16")
        let server = try #require(SIPResponseHead("SIP/2.0 200 OK\r\nUser-Agent: a\r\nServer: b\r\n\r\n"))
        #expect(server.software == "b", "Server is preferred to User-Agent")
        #expect(SIPResponseHead("HTTP/1.1 200 OK\r\n\r\n") == nil)
        #expect(SIPResponseHead("SIP/2.0 99 Odd\r\n\r\n") == nil)
        #expect(SIPResponseHead("OPTIONS sip:x SIP/2.0\r\n\r\n") == nil)
    }
}
