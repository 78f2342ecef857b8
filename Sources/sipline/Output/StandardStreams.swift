import Platform

/// The process's standard output and error, written by descriptor: unbuffered (a watch line must show at once), and
/// safe from any task (C's `stdout` and `stderr` are shared globals).
enum StandardStreams {
    static func print(_ text: String) {
        writeAll(text + "\n", to: STDOUT_FILENO)
    }

    static func printError(_ text: String) {
        writeAll(text + "\n", to: STDERR_FILENO)
    }

    static func writeAll(_ text: String, to fd: Int32) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeMutableBytes { write(fd, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            offset += written
        }
        bytes.removeAll()
    }

    static var stdinIsTerminal: Bool { isatty(STDIN_FILENO) == 1 }
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }
}
