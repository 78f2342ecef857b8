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
        // Checked with a bare connect: an HTTP client would retry a refused connection until its timeout.
        let port = try #require(url.split(separator: ":").last?.split(separator: "/").first.flatMap { Int($0) })
        #expect(!acceptsConnections(port: port))
    }

    private func acceptsConnections(port: Int) -> Bool {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        return result == 0
    }
}
