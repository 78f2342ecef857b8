import Platform

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
        } catch {
            throw .stateFileUnreadable(path: path, reason: error.reason)
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
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o600)
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

    /// Why the file was not read; the file is left as it is.
    private enum Refusal: Error {
        case system(Int32)
        case symbolicLink
        case notRegular
        case foreign(owner: UInt32)

        var reason: String {
            switch self {
            case .system(let code): return String(cString: strerror(code))
            case .symbolicLink: return "it is a symbolic link; give the path of a regular file"
            case .notRegular: return "it is not a regular file (a FIFO, a device or a folder)"
            case .foreign(let owner): return "it belongs to another user (uid \(owner))"
            }
        }
    }

    /// Only a regular file of this user, checked on the open descriptor; opening never blocks (a FIFO is refused).
    private static func readAll(_ path: String) throws(Refusal) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY)
        if descriptor < 0 {
            if errno == ENOENT { return nil }
            throw errno == ELOOP ? .symbolicLink : .system(errno)
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw .system(errno) }
        guard info.st_mode & S_IFMT == S_IFREG else { throw .notRegular }
        guard info.st_uid == geteuid() else { throw .foreign(owner: UInt32(info.st_uid)) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .system(errno)
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
