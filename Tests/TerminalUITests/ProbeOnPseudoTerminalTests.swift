import TestSupport
import Foundation
import Testing

/// The probe on a pseudo-terminal this test holds the master side of, without tmux.
@Suite("terminal-probe on a pseudo-terminal")
struct ProbeOnPseudoTerminalTests {
    @Test("when the terminal goes away (end of input, no SIGHUP) the probe exits instead of spinning")
    func endOfInput() throws {
        // posix_openpt/ptsname are hidden by the Glibc module; these are their Linux ioctls (asm-generic values).
        let getNumber: UInt = 0x8004_5430      // TIOCGPTN
        let setLock: UInt = 0x4004_5431        // TIOCSPTLCK
        var master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)   // the probe must not hold the master too
        try #require(master >= 0)
        defer { if master >= 0 { close(master) } }
        var unlocked: Int32 = 0
        var number: UInt32 = 0
        try #require(ioctl(master, setLock, &unlocked) == 0 && ioctl(master, getNumber, &number) == 0)
        let slavePath = "/dev/pts/\(number)"
        var size = winsize(ws_row: 24, ws_col: 80, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)

        // Opened with O_NOCTTY and no new session: the pty is not the probe's controlling terminal, so closing the
        // master sends no SIGHUP and only end of input / POLLHUP can tell the probe.
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR | O_NOCTTY, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
        let argv = [strdup(TmuxSession.probePath), nil]
        let envp = [strdup("TERM=xterm-256color"), strdup("LANG=C.UTF-8"), nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        try #require(posix_spawn(&pid, TmuxSession.probePath, &actions, &attributes, argv, envp) == 0)

        var output = [UInt8]()
        let drew = waitUntil { readAvailable(master, into: &output); return String(decoding: output, as: UTF8.self).contains("Name:") }
        #expect(drew, "the probe did not draw: \(String(decoding: output, as: UTF8.self))")
        close(master)
        master = -1

        var status: Int32 = 0
        let exited = waitUntil { waitpid(pid, &status, WNOHANG) == pid }
        if !exited {
            kill(pid, SIGKILL)
            _ = waitpid(pid, &status, 0)
        }
        #expect(exited, "the probe kept running after its terminal went away")
        #expect((status & 0x7F) == 0 && (status >> 8) & 0xFF == 1, "exit status word \(status)")
    }

    private func readAvailable(_ descriptor: Int32, into output: inout [UInt8]) {
        var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        var buffer = [UInt8](repeating: 0, count: 4096)
        while poll(&ready, 1, 0) > 0 {
            let count = read(descriptor, &buffer, buffer.count)
            guard count > 0 else { return }
            output += buffer[0..<count]
        }
    }

    private func waitUntil(seconds: Double = 10, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while !condition() {
            if Date() > deadline { return false }
            usleep(20_000)
        }
        return true
    }
}
