#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `--state` file: the portal's book as JSON, replaced atomically (temporary file, fsync, rename) so a crash
/// never leaves half a file. A file that cannot be read as a book is an error, never silently reset.
struct StateFile: Sendable {
    let path: String

    /// nil when the file does not exist yet (a new portal).
    func load() throws(SandboxError) -> PortalBook? {
        let bytes: [UInt8]
        do {
            guard let read = try Self.readAll(path) else { return nil }
            bytes = read
        } catch let errno {
            throw .stateFileUnreadable(path: path, reason: String(cString: strerror(errno.code)))
        }
        do {
            return try JSONDecoder().decode(PortalBook.self, from: Data(bytes))
        } catch {
            throw .stateFileCorrupt(path: path, reason: Self.describe(error))
        }
    }

    func save(_ book: PortalBook) throws(SandboxError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.dateEncodingStrategy = .deferredToDate
        let data: Data
        do { data = try encoder.encode(book) } catch {
            throw .stateFileUnwritable(path: path, reason: "cannot encode the state")
        }
        let temporary = "\(path).tmp-\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw .stateFileUnwritable(path: path, reason: String(cString: strerror(errno))) }
        var failure: Int32 = 0
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
        if failure == 0, fsync(descriptor) != 0 { failure = errno }
        close(descriptor)
        if failure == 0, rename(temporary, path) != 0 { failure = errno }
        if failure != 0 {
            unlink(temporary)
            throw .stateFileUnwritable(path: path, reason: String(cString: strerror(failure)))
        }
    }

    private struct Errno: Error { var code: Int32 }

    private static func readAll(_ path: String) throws(Errno) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        if descriptor < 0 {
            if errno == ENOENT { return nil }
            throw Errno(code: errno)
        }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw Errno(code: errno)
            }
            if count == 0 { return bytes }
            bytes += chunk[0..<count]
        }
    }

    private static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let context): return "not valid JSON (\(context.debugDescription))"
        case DecodingError.keyNotFound(let key, _): return "missing \(key.stringValue)"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            return "unexpected value at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
        default: return "not a sandbox state file"
        }
    }
}
