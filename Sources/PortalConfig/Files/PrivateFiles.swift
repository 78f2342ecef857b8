import Words
import Platform

/// Files that hold secrets: created 0600 in 0700 directories, written atomically (temp file, fsync, rename, fsync of
/// the directory), and refused when group or others can read them.
public enum PrivateFiles {
    /// Why a file could not be read or written as it must, in the catalogue's words (`PrivateFilePhrase` lists the
    /// reasons: a file others can read, a symbolic link, a FIFO, another user's file, a failed system call, …).
    public struct Failure: Error, Sendable, Hashable, CustomStringConvertible {
        public var phrase: PrivateFilePhrase

        public init(_ phrase: PrivateFilePhrase) { self.phrase = phrase }

        /// A system call failed: `operation` names it, `errno` says why (in the system's words).
        static func system(path: String, operation: String, errno code: Int32) -> Failure {
            Failure(.systemFailure(path: path, operation: operation, reason: PrivateFiles.describe(errno: code)))
        }

        /// In English, for logs.
        public var description: String { phrase.english }
    }

    /// Bits that let someone other than the owner read the file.
    static let othersCanRead: mode_t = 0o044

    /// Through `readOwnFile`: a symbolic link, a FIFO or another user's file is refused too.
    public static func readPrivateText(at path: String) throws(Failure) -> String {
        try text(readOwnFile(at: path, requirePrivate: true), path: path)
    }

    public static func readText(at path: String) throws(Failure) -> String {
        try text(readBytes(at: path), path: path)
    }

    private static func text(_ bytes: [UInt8], path: String) throws(Failure) -> String {
        guard let text = String(validating: bytes, as: UTF8.self) else { throw Failure(.notUTF8(path: path)) }
        return text
    }

    /// Refuses to replace what is at `path` unless it is missing or a regular file of this user: a symbolic link, a
    /// FIFO or another user's file is left alone.
    public static func checkReplaceable(_ path: String) throws(Failure) {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            if errno == ENOENT { return }
            throw .system(path: path, operation: "stat", errno: errno)
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFLNK: throw Failure(.symbolicLink(path: path))
        default: throw Failure(.notRegularFile(path: path, kind: kind(of: info.st_mode)))
        }
        guard info.st_uid == geteuid() else { throw Failure(.ownedByAnotherUser(path: path, owner: Int(info.st_uid))) }
    }

    public static func readBytes(at path: String) throws(Failure) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            let code = errno
            throw code == ENOENT ? Failure(.missing(path: path)) : .system(path: path, operation: "open", errno: code)
        }
        defer { close(fd) }
        return try readAll(fd, path: path)
    }

    /// A file sipline keeps for itself (config, draft), read only when it is what it should be: a regular file (not
    /// a symbolic link, FIFO or device — checked on the open descriptor, so nothing can be swapped in between),
    /// owned by this user, and with `requirePrivate` readable by nobody else. Opening never blocks.
    public static func readOwnFile(at path: String, requirePrivate: Bool) throws(Failure) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY)
        guard fd >= 0 else {
            switch errno {
            case ENOENT: throw Failure(.missing(path: path))
            case ELOOP: throw Failure(.symbolicLink(path: path))
            case let code: throw .system(path: path, operation: "open", errno: code)
            }
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .system(path: path, operation: "stat", errno: errno) }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw Failure(.notRegularFile(path: path, kind: kind(of: info.st_mode)))
        }
        guard info.st_uid == geteuid() else { throw Failure(.ownedByAnotherUser(path: path, owner: Int(info.st_uid))) }
        if requirePrivate, info.st_mode & othersCanRead != 0 {
            throw Failure(.readableByOthers(path: path, mode: String(info.st_mode & 0o7777, radix: 8)))
        }
        return try readAll(fd, path: path)
    }

    private static func kind(of mode: mode_t) -> FileKindPhrase {
        switch mode & S_IFMT {
        case S_IFIFO: return .fifo
        case S_IFDIR: return .folder
        case S_IFCHR: return .characterDevice
        case S_IFBLK: return .blockDevice
        case S_IFSOCK: return .socket
        default: return .notRegular
        }
    }

    private static func readAll(_ fd: Int32, path: String) throws(Failure) -> [UInt8] {
        var result: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 16 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .system(path: path, operation: "read", errno: errno)
            }
            if count == 0 { break }
            result.append(contentsOf: buffer[0..<count])
        }
        return result
    }

    public static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    /// Mode bits of an existing file (nil when it does not exist).
    public static func mode(of path: String) -> UInt32? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return UInt32(info.st_mode & 0o7777)
    }

    public static func checkPrivate(_ path: String) throws(Failure) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            let code = errno
            throw code == ENOENT ? Failure(.missing(path: path)) : .system(path: path, operation: "stat", errno: code)
        }
        if info.st_mode & othersCanRead != 0 {
            throw Failure(.readableByOthers(path: path, mode: String(info.st_mode & 0o7777, radix: 8)))
        }
    }

    /// Creates the directory and its missing parents; the last component gets 0700 (parents 0700 too when created).
    public static func makePrivateDirectory(_ path: String) throws(Failure) {
        var prefix = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            prefix += "/" + component
            if mkdir(prefix, 0o700) != 0 && errno != EEXIST {
                throw .system(path: prefix, operation: "mkdir", errno: errno)
            }
        }
    }

    /// Replaces the file with `bytes` atomically: a reader sees the old or the new content, never a mix, and a
    /// crash leaves one of them. The file ends with mode 0600 whatever the umask.
    public static func writeAtomically(_ bytes: [UInt8], to path: String) throws(Failure) {
        let directory = directoryOf(path)
        try makePrivateDirectory(directory)
        var template = Array((path + ".tmp.XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw .system(path: path, operation: "mkstemp", errno: errno) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var done = false
        defer {
            if !done { unlink(temporary) }
        }
        do throws(Failure) {
            guard fchmod(fd, 0o600) == 0 else { throw .system(path: temporary, operation: "fchmod", errno: errno) }
            try writeAll(fd, bytes, path: temporary)
            guard fsync(fd) == 0 else { throw .system(path: temporary, operation: "fsync", errno: errno) }
        } catch {
            close(fd)
            throw error
        }
        close(fd)
        guard rename(temporary, path) == 0 else { throw .system(path: path, operation: "rename", errno: errno) }
        done = true
        let directoryFD = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if directoryFD >= 0 {
            _ = fsync(directoryFD)
            close(directoryFD)
        }
    }

    static func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws(Failure) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                throw .system(path: path, operation: "write", errno: errno)
            }
            offset += written
        }
    }

    static func directoryOf(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let directory = String(path[..<slash])
        return directory.isEmpty ? "/" : directory
    }

    /// `strerror` as a Swift string.
    public static func describe(errno code: Int32) -> String {
        String(cString: strerror(code))
    }
}
