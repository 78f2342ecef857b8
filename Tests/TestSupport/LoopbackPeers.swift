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
        let (descriptor, port) = LoopbackSocket.bound(udp ? SOCK_DGRAM : SOCK_STREAM)
        close(descriptor)
        return port
    }

    /// Polls `condition` every 20 ms until it holds or `seconds` pass. Sleeps with `Task.sleep`: blocking a thread
    /// would starve the in-process sandboxes of tests running beside it.
    static func poll(seconds: Double, _ condition: () -> Bool) async -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return condition()
    }
}

/// A long-running child (dnsmasq, sipp) with its output in a temporary file. Started with posix_spawn rather than
/// Foundation's Process, for two reasons measured here: a Process child inherits the test thread's blocked
/// signals (SIGTERM among them; CleanSpawn clears them), and it inherits every descriptor the test process has open without close-on-exec,
/// among them the sockets by which Foundation notices that *other* children (sipline runs of tests beside this one)
/// have exited; a peer holding such a socket for its lifetime made those runs look as if they never ended. Here
/// the child gets an empty signal mask and no descriptor beyond stdin, stdout and stderr.
public final class PeerProcess: @unchecked Sendable {
    public let pid: pid_t
    public let outputPath: String
    private var reaped = false
    private let lock = NSLock()

    init(_ executable: String, _ arguments: [String]) throws {
        outputPath = FileManager.default.temporaryDirectory.appendingPathComponent("peer-\(UUID().uuidString).log").path
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        // glibc 2.34's closefrom action; Swift's Glibc module does not import the _np declarations.
        typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np") else {
            throw LoopbackPeers.Failure(description: "this C library has no posix_spawn_file_actions_addclosefrom_np")
        }
        _ = unsafeBitCast(symbol, to: CloseFrom.self)(&actions, 3)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let result = CleanSpawn.withAttributes(defaultSignals: CleanSpawn.usualSignals) {
            posix_spawn(&pid, executable, &actions, &$0, argv, environ)
        }
        guard result == 0 else {
            throw LoopbackPeers.Failure(description: "\(executable) could not be started: errno \(result)")
        }
        self.pid = pid
    }

    public var output: String { (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "" }

    public var isRunning: Bool {
        lock.lock()
        defer { lock.unlock() }
        guard !reaped else { return false }
        var status: Int32 = 0
        if waitpid(pid, &status, WNOHANG) == pid { reaped = true }
        return !reaped
    }

    public func stop() {
        lock.lock()
        defer { lock.unlock() }
        if !reaped {
            kill(pid, SIGTERM)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
            reaped = true
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

    private init(port: Int, process: PeerProcess) {
        self.port = port
        self.process = process
    }

    /// dnsmasq answering for `server` (under example.com) as a SIP provider publishes it: an SRV record for
    /// `_sip._udp.<server>` naming `edge.<server>` on `port`, and that edge on 127.0.0.1.
    public static func sipServer(_ server: String, port: Int) async throws -> Dnsmasq {
        try await start(domain: "example.com", records: [
            "--srv-host=_sip._udp.\(server),edge.\(server),\(port),10,10",
            "--host-record=edge.\(server),127.0.0.1",
        ])
    }

    /// Starts dnsmasq and waits until it serves. `records`: dnsmasq options such as `--naptr-record=…`,
    /// `--srv-host=…`, `--host-record=…`.
    public static func start(domain: String, records: [String]) async throws -> Dnsmasq {
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
            if await LoopbackPeers.poll(seconds: 10, { process.output.contains("started") || !process.isRunning }),
               process.isRunning
            {
                return Dnsmasq(port: port, process: process)
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
    public static func answeringOptions(tcp: Bool = false, software: String = "sipp-options-test") async throws -> SippServer {
        let scenario = try String(contentsOf: optionsScenarioFile, encoding: .utf8)
        return try await start(scenario: scenario, tcp: tcp, keys: ["software": software])
    }

    /// The OPTIONS scenario, shared with screenshots/capture.sh.
    static let optionsScenarioFile = URL(filePath: #filePath).deletingLastPathComponent()
        .appending(path: "Scenarios/options-200.xml")

    private init(port: Int, process: PeerProcess, directory: String) {
        self.port = port
        self.process = process
        self.directory = directory
    }

    /// Starts sipp with `scenario` (its `[keyword]`s set from `keys`) and waits until it listens.
    public static func start(scenario: String, tcp: Bool, keys: [String: String] = [:]) async throws -> SippServer {
        let executable = try LoopbackPeers.executable(["/usr/bin/sipp", "/usr/local/bin/sipp"], package: "sip-tester")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sipp-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try scenario.write(toFile: directory + "/scenario.xml", atomically: true, encoding: .utf8)
        var lastOutput = ""
        for _ in 0..<5 {
            let port = LoopbackPeers.freePort(udp: !tcp)
            let process = try PeerProcess(executable, [
                "-sf", directory + "/scenario.xml", "-i", "127.0.0.1", "-p", String(port), "-t", tcp ? "t1" : "u1",
                "-nostdin", "-max_recv_loops", "1000",
            ] + keys.sorted { $0.key < $1.key }.flatMap { ["-key", $0.key, $0.value] })
            let listening = await LoopbackPeers.poll(seconds: 10) {
                !process.isRunning || (tcp ? Self.acceptsTCP(port) : Self.udpPortTaken(port))
            }
            if listening, process.isRunning {
                return SippServer(port: port, process: process, directory: directory)
            }
            lastOutput = process.output
            process.stop()
        }
        try? FileManager.default.removeItem(atPath: directory)
        throw LoopbackPeers.Failure(description: "sipp did not start: \(lastOutput)")
    }

    public func stop() {
        process.stop()
        try? FileManager.default.removeItem(atPath: directory)
    }

    deinit { stop() }

    public var output: String { process.output }

    /// Whether binding the UDP port fails because someone (sipp) holds it.
    static func udpPortTaken(_ port: Int) -> Bool {
        !LoopbackSocket.succeeds(SOCK_DGRAM, port: port, { bind($0, $1, $2) })
    }

    static func acceptsTCP(_ port: Int) -> Bool {
        LoopbackSocket.succeeds(SOCK_STREAM, port: port, { connect($0, $1, $2) })
    }
}

/// A loopback UDP port with a socket that reads but never answers: the "no SIP answer" verdict's peer. It keeps
/// what arrived, so a test can see the retransmission.
public final class SilentUDPPort: @unchecked Sendable {
    public let port: Int
    private let descriptor: Int32

    public init() {
        (descriptor, port) = LoopbackSocket.bound(SOCK_DGRAM)
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
