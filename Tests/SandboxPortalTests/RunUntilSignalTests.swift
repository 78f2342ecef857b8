#if canImport(Glibc)
import Glibc
#endif
import Synchronization
import Testing

@testable import SandboxPortal

@Suite struct RunUntilSignalTests {
    /// SIGTERM to this very process: safe because the handler is installed before the URL is handed out, and the
    /// function must then return normally (the command's exit 0).
    @Test func servesUntilSIGTERMThenReturns() async throws {
        let printed = Mutex<[String]>([])
        let (urls, sink) = AsyncStream<String>.makeStream()
        let running = Task {
            try await runSandboxUntilSignal(SandboxConfiguration()) { url in
                printed.withLock { $0.append(url) }
                sink.yield(url)
            }
        }
        var iterator = urls.makeAsyncIterator()
        let url = try #require(await iterator.next())
        #expect(url.hasPrefix("http://127.0.0.1:") && url.contains("/rest/1/"))
        let answer = try await Sandbox.send(url: url + "voximplant.sip.connector.status.json", body: .json([:]))
        #expect(answer.status == 200)
        kill(getpid(), SIGTERM)
        try await running.value
        #expect(printed.withLock { $0.count } == 1)
        // Checked with a bare socket: an HTTP client would retry a refused connection until its timeout. Tests run
        // in parallel, so the freed port may already belong to another test's sandbox: what must be gone is THIS
        // sandbox, i.e. nothing on that port answers its webhook.
        let port = try #require(url.split(separator: ":").last?.split(separator: "/").first.flatMap { Int($0) })
        let path = String(url.drop { $0 != "/" }.dropFirst(2).drop { $0 != "/" })
        #expect(!answersWebhook(port: port, path: path + "voximplant.sip.connector.status.json"))
    }

    /// Whether something on `port` answers 200 to a POST of `path` (false when the connection is refused).
    private func answersWebhook(port: Int, path: String) -> Bool {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        guard connect(to: port, descriptor) else { return false }
        // Another test's peer on a reused port may never answer: do not wait for it.
        var timeout = timeval(tv_sec: 2, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let request = "POST \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            + "Content-Length: 2\r\nConnection: close\r\n\r\n{}"
        _ = request.withCString { write(descriptor, $0, strlen($0)) }
        var buffer = [UInt8](repeating: 0, count: 64)
        let count = read(descriptor, &buffer, buffer.count)
        guard count > 0 else { return false }
        return String(decoding: buffer[0..<count], as: UTF8.self).hasPrefix("HTTP/1.1 200")
    }

    private func connect(to port: Int, _ descriptor: Int32) -> Bool {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        return result == 0
    }
}
