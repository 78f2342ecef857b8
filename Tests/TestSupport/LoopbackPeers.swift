import Foundation

/// Real protocol peers from Debian's packages, started by a test on loopback and stopped when the value goes:
/// dnsmasq (DNS with NAPTR/SRV/A records) and sipp (package sip-tester, a SIP server from a scenario). A missing
/// binary fails the test with the package to install (`.ci/run` installs both); nothing is skipped.
public enum LoopbackPeers {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// The first of `candidates` that exists and is executable.
    static func executable(_ candidates: [String], package: String) throws -> String {
        guard let path = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw Failure(description: "\(candidates[0]) is missing: install Debian's \(package) (.ci/run does)")
        }
        return path
    }

    /// A loopback UDP or TCP port free right now (bound to 0, read, closed).
    public static func freePort(udp: Bool) -> Int {
        let descriptor = socket(AF_INET, Int32(udp ? SOCK_DGRAM.rawValue : SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) } }
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// Polls `condition` every 20 ms until it holds or `seconds` pass.
    static func poll(seconds: Double, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            usleep(20_000)
        }
        return condition()
    }
}

/// A child process with its output in a temporary file.
public final class PeerProcess: @unchecked Sendable {
    let process = Process()
    public let outputPath: String

    init(_ executable: String, _ arguments: [String], directory: String? = nil) throws {
        outputPath = FileManager.default.temporaryDirectory.appendingPathComponent("peer-\(UUID().uuidString).log").path
        FileManager.default.createFile(atPath: outputPath, contents: nil)
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let log = FileHandle(forWritingAtPath: outputPath)
        process.standardOutput = log
        process.standardError = log
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    public var output: String { (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "" }
    public var isRunning: Bool { process.isRunning }

    /// SIGKILL, not `terminate()`: a child started from a test thread inherits that thread's blocked signals,
    /// SIGTERM among them, and would never end.
    public func stop() {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(atPath: outputPath)
    }

    deinit { stop() }
}

/// dnsmasq answering only from its command line, authoritative for `domain` (`--local`: other names under it are
/// NXDOMAIN), with no upstream and no /etc/hosts, on 127.0.0.1:`port`.
public final class Dnsmasq: @unchecked Sendable {
    public let port: Int
    let process: PeerProcess

    /// `records`: dnsmasq options such as `--naptr-record=…`, `--srv-host=…`, `--host-record=…`.
    public init(domain: String, records: [String]) throws {
        let executable = try LoopbackPeers.executable(["/usr/sbin/dnsmasq", "/usr/bin/dnsmasq"], package: "dnsmasq")
        var lastOutput = ""
        for _ in 0..<5 {
            let port = LoopbackPeers.freePort(udp: true)
            let arguments = [
                "--keep-in-foreground", "--no-daemon", "--conf-file=/dev/null", "--no-resolv", "--no-hosts",
                "--no-poll", "--listen-address=127.0.0.1", "--bind-interfaces", "--port=\(port)", "--local=/\(domain)/",
                "--pid-file=", "--user=\(NSUserName())", "--log-facility=-",
            ] + records
            let process = try PeerProcess(executable, arguments)
            if LoopbackPeers.poll(seconds: 10, { process.output.contains("started") || !process.isRunning }),
               process.isRunning
            {
                self.port = port
                self.process = process
                return
            }
            lastOutput = process.output
            process.stop()
        }
        throw LoopbackPeers.Failure(description: "dnsmasq did not start: \(lastOutput)")
    }

    public var nameserver: String { "127.0.0.1:\(port)" }

    public func stop() { process.stop() }
}

/// sipp as a SIP server on 127.0.0.1:`port` playing a scenario file, over UDP or TCP.
public final class SippServer: @unchecked Sendable {
    public let port: Int
    let process: PeerProcess
    private let directory: String

    /// A server that answers every OPTIONS with `200 OK` and `Server: <software>`.
    public static func answeringOptions(tcp: Bool = false, software: String = "sipp-options-test") throws -> SippServer {
        try SippServer(scenario: optionsScenario(software: software), tcp: tcp)
    }

    public init(scenario: String, tcp: Bool) throws {
        let executable = try LoopbackPeers.executable(["/usr/bin/sipp", "/usr/local/bin/sipp"], package: "sip-tester")
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("sipp-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try scenario.write(toFile: directory + "/scenario.xml", atomically: true, encoding: .utf8)
        var lastOutput = ""
        for _ in 0..<5 {
            let port = LoopbackPeers.freePort(udp: !tcp)
            let process = try PeerProcess(executable, [
                "-sf", "scenario.xml", "-i", "127.0.0.1", "-p", String(port), "-t", tcp ? "t1" : "u1", "-nostdin",
                "-trace_err", "-max_recv_loops", "1000",
            ], directory: directory)
            let listening = LoopbackPeers.poll(seconds: 10) {
                !process.isRunning || (tcp ? Self.acceptsTCP(port) : Self.udpPortTaken(port))
            }
            if listening, process.isRunning {
                self.port = port
                self.process = process
                return
            }
            lastOutput = process.output
            process.stop()
        }
        throw LoopbackPeers.Failure(description: "sipp did not start: \(lastOutput)")
    }

    public func stop() {
        process.stop()
        try? FileManager.default.removeItem(atPath: directory)
    }

    deinit { stop() }

    public var output: String { process.output }

    static func optionsScenario(software: String) -> String {
        """
        <?xml version="1.0" encoding="ISO-8859-1" ?>
        <scenario name="OPTIONS answered with 200">
          <recv request="OPTIONS" crlf="true"/>
          <send>
            <![CDATA[
              SIP/2.0 200 OK
              [last_Via:]
              [last_From:]
              [last_To:];tag=[pid]SIPpTag[call_number]
              [last_Call-ID:]
              [last_CSeq:]
              Server: \(software)
              Allow: INVITE, ACK, BYE, CANCEL, OPTIONS
              Content-Length: 0

            ]]>
          </send>
        </scenario>
        """
    }

    /// Whether binding the UDP port fails because someone (sipp) holds it.
    static func udpPortTaken(_ port: Int) -> Bool {
        let descriptor = socket(AF_INET, Int32(SOCK_DGRAM.rawValue), 0)
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        return result != 0
    }

    static func acceptsTCP(_ port: Int) -> Bool {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        return result == 0
    }
}

/// A loopback UDP port with a socket that reads but never answers: the "no SIP answer" verdict's peer. It keeps
/// what arrived, so a test can see the retransmission.
public final class SilentUDPPort: @unchecked Sendable {
    public let port: Int
    private let descriptor: Int32

    public init() {
        let descriptor = socket(AF_INET, Int32(SOCK_DGRAM.rawValue), 0)
        self.descriptor = descriptor
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) } }
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        port = Int(UInt16(bigEndian: address.sin_port))
    }

    /// Every datagram queued so far, as text (does not wait).
    public func received() -> [String] {
        var messages: [String] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = recv(descriptor, &buffer, buffer.count, Int32(MSG_DONTWAIT))
            guard count > 0 else { return messages }
            messages.append(String(decoding: buffer.prefix(count), as: UTF8.self))
        }
    }

    deinit { close(descriptor) }
}
