import Platform

/// An exclusive `flock` on a lock file next to the file it guards (`config.toml.lock`), shared by every sipline
/// process. The lock file itself holds nothing; it is created 0600 and never removed (removing it would let two
/// processes lock two different files).
public final class FileLock {
    private let fd: Int32

    /// Waits for the lock, polling so an async caller is not stuck in a blocking system call; gives up after
    /// `timeout` seconds (another process would have to hold it that long, e.g. a hung refresh).
    public static func acquire(_ path: String, timeout: Double = 120) async throws(PrivateFiles.Failure) -> FileLock {
        try PrivateFiles.makePrivateDirectory(PrivateFiles.directoryOf(path))
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .system(path: path, operation: "open", errno: errno) }
        var waited = 0.0
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            guard code == EWOULDBLOCK || code == EINTR, waited < timeout, !Task.isCancelled else {
                close(fd)
                throw .system(path: path, operation: "flock", errno: code == EWOULDBLOCK ? ETIMEDOUT : code)
            }
            try? await Task.sleep(for: .milliseconds(20))
            waited += 0.02
        }
        return FileLock(fd: fd)
    }

    private init(fd: Int32) { self.fd = fd }

    /// Closing the descriptor releases the lock, also when the process dies.
    deinit { close(fd) }
}
