import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A one-connection HTTP peer on 127.0.0.1 built on plain sockets, for checking the real transport's handling of
/// what a sandbox cannot easily fake (a connection closed mid-answer, an answer that never comes).
final class LoopbackServer: @unchecked Sendable {
    enum Behaviour: Sendable {
        /// Reads the request, then writes these raw bytes and closes.
        case answer(String)
        /// Reads the request, then closes without a byte.
        case closeAfterRequest
        /// Reads the request and keeps the connection open without answering until the server is stopped.
        case silent
    }

    let port: Int
    private let listener: Int32
    private let received = NSLock()
    private var requestText = ""
    private let done = DispatchSemaphore(value: 0)
    private let stopped = DispatchSemaphore(value: 0)

    init(_ behaviour: Behaviour) throws {
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        self.listener = listener
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, length) }
        }
        guard bound == 0, listen(listener, 4) == 0 else { throw POSIXError(.EADDRINUSE) }
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) }
        }
        port = Int(UInt16(bigEndian: address.sin_port))
        Thread.detachNewThread { [self] in
            let connection = accept(listener, nil, nil)
            guard connection >= 0 else { done.signal(); return }
            let text = Self.readRequest(connection)
            received.withLock { requestText = text }
            switch behaviour {
            case .answer(let raw):
                _ = raw.utf8CString.withUnsafeBufferPointer { write(connection, $0.baseAddress, $0.count - 1) }
            case .closeAfterRequest:
                break
            case .silent:
                stopped.wait()
            }
            close(connection)
            done.signal()
        }
    }

    /// The request as received (head and body).
    var request: String { received.withLock { requestText } }

    func stop() {
        stopped.signal()
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
        done.wait()
    }

    private static func readRequest(_ fd: Int32) -> String {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(fd, &buffer, buffer.count)
            if count <= 0 { break }
            bytes += buffer[0..<count]
            let text = String(decoding: bytes, as: UTF8.self)
            guard let headEnd = text.range(of: "\r\n\r\n") else { continue }
            let head = text[..<headEnd.lowerBound].lowercased()
            let length = head.split(separator: "\r\n").first { $0.hasPrefix("content-length:") }
                .flatMap { Int($0.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) } ?? 0
            if text.utf8.count - text[..<headEnd.upperBound].utf8.count >= length { break }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
