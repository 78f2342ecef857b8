#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Words
#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Files that hold secrets: created 0600 in 0700 directories, written atomically (temp file, fsync, rename, fsync of
/// the directory), and refused when group or others can read them.
public enum PrivateFiles {
    public enum Failure: Error, Sendable, Hashable {
        /// The file exists and group or others may read it; carries the mode bits.
        case readableByOthers(path: String, mode: UInt32)
        case missing(path: String)
        /// A system call failed; `operation` names it, `errno` says why.
        case system(path: String, operation: String, errno: Int32)
        case notUTF8(path: String)
    }

    /// Bits that let someone other than the owner read the file.
    static let othersCanRead: mode_t = 0o044

    /// The whole file as text, after checking nobody but the owner can read it.
    public static func readPrivateText(at path: String) throws(Failure) -> String {
        try checkPrivate(path)
        return try readText(at: path)
    }

    public static func readText(at path: String) throws(Failure) -> String {
        let bytes = try readBytes(at: path)
        guard let text = String(validating: bytes, as: UTF8.self) else { throw .notUTF8(path: path) }
        return text
    }

    public static func readBytes(at path: String) throws(Failure) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            let code = errno
            throw code == ENOENT ? .missing(path: path) : .system(path: path, operation: "open", errno: code)
        }
        defer { close(fd) }
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
            throw code == ENOENT ? .missing(path: path) : .system(path: path, operation: "stat", errno: code)
        }
        if info.st_mode & othersCanRead != 0 {
            throw .readableByOthers(path: path, mode: UInt32(info.st_mode & 0o7777))
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
        let temporary = String(cString: template)
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

extension PrivateFiles.Failure: CustomStringConvertible {
    /// In English, for logs.
    public var description: String { phrase.english }

    /// The words of this failure as a key of the catalogue.
    public var phrase: PrivateFilePhrase {
        switch self {
        case .readableByOthers(let path, let mode): .readableByOthers(path: path, mode: String(mode, radix: 8))
        case .missing(let path): .missing(path: path)
        case .system(let path, let operation, let code):
            .systemFailure(path: path, operation: operation, reason: PrivateFiles.describe(errno: code))
        case .notUTF8(let path): .notUTF8(path: path)
        }
    }
}
