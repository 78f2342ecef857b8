import SIPLineService
import ServerCheck
import TestSupport
import Testing

/// OPTIONS against real peers on loopback: sipp (Debian's sip-tester) answering 200 over UDP and TCP, a silent UDP
/// port for the "no SIP answer" verdict, and a whole check from a dnsmasq name to a sipp answer.
@Suite(.serialized) struct OptionsProbeTests {
    @Test func sippAnswersOverUDP() async throws {
        let sipp = try await SippServer.answeringOptions(software: "sipp-udp-peer")
        defer { sipp.stop() }
        let report = await ServerChecker(resolver: StaticResolver()).check(server: "127.0.0.1:\(sipp.port)")
        #expect(report.verdict == .answered)
        #expect(report.answer?.statusCode == 200)
        #expect(report.answer?.statusLine == "SIP/2.0 200 OK")
        #expect(report.answer?.software == "sipp-udp-peer")
        #expect(report.probed?.transport == .udp)
    }

    @Test func sippAnswersOverTCP() async throws {
        let sipp = try await SippServer.answeringOptions(tcp: true, software: "sipp-tcp-peer")
        defer { sipp.stop() }
        let report = await ServerChecker(resolver: StaticResolver()).check(server: "127.0.0.1:\(sipp.port)", transport: .tcp)
        #expect(report.verdict == .answered, "\(sipp.output.suffix(600))")
        #expect(report.answer?.software == "sipp-tcp-peer")
        #expect(report.probed?.transport == .tcp)
    }

    @Test func aSilentPortIsNoAnswerAfterOneRetransmissionOfTheSameRequest() async throws {
        let silent = SilentUDPPort()
        var checker = ServerChecker(resolver: StaticResolver())
        checker.probeTimeout = .milliseconds(500)
        let report = await checker.check(server: "127.0.0.1:\(silent.port)")
        #expect(report.verdict == .noAnswer)
        #expect(report.answer == nil)
        let sent = silent.received()
        #expect(sent.count == 2, "the request and one retransmission")
        #expect(Set(sent).count == 1, "a retransmission is the same request, same branch")
        let request = try #require(sent.first)
        #expect(request.hasPrefix("OPTIONS sip:127.0.0.1:\(silent.port) SIP/2.0\r\n"))
        for header in ["Via: SIP/2.0/UDP 127.0.0.1:", ";branch=z9hG4bK", "Max-Forwards: 70", "To: <sip:", "From: <sip:",
                       ";tag=", "Call-ID: ", "CSeq: 1 OPTIONS", "Contact: <sip:", "Content-Length: 0\r\n\r\n"] {
            #expect(request.contains(header), "\(header) in \(request)")
        }
    }

    @Test func aRefusedTCPConnectionIsNoAnswerThatSaysRefused() async throws {
        let refusing = RefusingPort()
        let report = await ServerChecker(resolver: StaticResolver()).check(server: "127.0.0.1:\(refusing.port)", transport: .tcp)
        #expect(report.verdict == .noAnswer)
        #expect(report.refused)
    }

    @Test func aClosedUDPPortRefusesAtOnceAndASilentOneDoesNot() async throws {
        // Nothing bound: the kernel answers port unreachable, which the connected socket reports as refused.
        let closed = LoopbackPeers.freePort(udp: true)
        let report = await ServerChecker(resolver: StaticResolver()).check(server: "127.0.0.1:\(closed)")
        #expect(report.verdict == .noAnswer && report.refused)
        #expect(report.verdictLines(in: .english).first?.hasPrefix("127.0.0.1:\(closed) UDP refused the request") == true)

        let silent = SilentUDPPort()
        var checker = ServerChecker(resolver: StaticResolver())
        checker.probeTimeout = .milliseconds(200)
        let quiet = await checker.check(server: "127.0.0.1:\(silent.port)")
        #expect(quiet.verdict == .noAnswer && !quiet.refused)
    }

    @Test func cancellingTheTaskEndsTheWait() async throws {
        let silent = SilentUDPPort()
        var checker = ServerChecker(resolver: StaticResolver())
        checker.probeTimeout = .seconds(30)
        let task = Task { await checker.check(server: "127.0.0.1:\(silent.port)") }
        // Wait until the request went out, then cancel: without cancellation the check would wait a minute.
        let deadline = ContinuousClock.now + .seconds(20)
        var first: [String] = []
        while first.isEmpty, ContinuousClock.now < deadline {
            first = silent.received()
            try await Task.sleep(for: .milliseconds(20))
        }
        task.cancel()
        // A generous deadline, not a speed target: without cancellation the check would take a minute.
        let report = await withTaskGroup(of: ServerCheckReport?.self) { group in
            group.addTask { await task.value }
            group.addTask {
                try? await Task.sleep(for: .seconds(20))
                return nil
            }
            let first = await group.next() ?? nil
            group.cancelAll()
            return first
        }
        #expect(report?.verdict == .noAnswer, "the cancelled check returned its report")
        #expect(first.count == 1)
        #expect(silent.received().isEmpty, "no retransmission after the cancellation")
    }

    @Test func aWholeCheckFromADnsmasqNameToASippAnswer() async throws {
        let sipp = try await SippServer.answeringOptions(software: "sipp-behind-srv")
        defer { sipp.stop() }
        let dns = try await Dnsmasq.sipServer("pbx.example.com", port: sipp.port)
        defer { dns.stop() }
        let checker = ServerChecker(resolver: LibresolvResolver(nameserver: .init(ipv4: "127.0.0.1", port: dns.port)))
        let report = await checker.check(server: "pbx.example.com")
        #expect(report.verdict == .answered)
        #expect(report.answer?.from.endpoint == "127.0.0.1:\(sipp.port)")
        #expect(report.answer?.software == "sipp-behind-srv")
    }
}
