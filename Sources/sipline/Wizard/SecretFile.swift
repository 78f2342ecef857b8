#if canImport(Glibc)
import Glibc
#endif

/// Writes a file that holds secrets: created with mode 0600 from the start (never world-readable, not even for a
/// moment), replacing an existing file only through a rename so a half-written file never stands in its place.
enum SecretFile {
    /// `nil` on success, else a sentence naming the path and the reason (never the contents).
    static func write(_ contents: String, to path: String) -> String? {
        let temporary = path + ".sipline-\(getpid()).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return "Could not write \(path): \(reason(errno))." }
        var bytes = Array(contents.utf8)
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeMutableBytes { buffer in
                Glibc.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
            }
            if result < 0 {
                if errno == EINTR { continue }
                let failure = reason(errno)
                close(descriptor)
                unlink(temporary)
                return "Could not write \(path): \(failure)."
            }
            written += result
        }
        bytes.removeAll()
        guard fsync(descriptor) == 0, close(descriptor) == 0 else {
            unlink(temporary)
            return "Could not write \(path): \(reason(errno))."
        }
        guard rename(temporary, path) == 0 else {
            let failure = reason(errno)
            unlink(temporary)
            return "Could not save as \(path): \(failure)."
        }
        return nil
    }

    private static func reason(_ code: Int32) -> String {
        String(cString: strerror(code)).lowercased()
    }
}
