import TestSupport

extension TmuxSession {
    /// The built probe: `swift test` builds executables before it runs tests.
    static let probePath = builtProduct("terminal-probe")

    /// A clean, UTF-8 environment for the probe, whatever the test runner had.
    static let probeEnvironment = "env -u LC_ALL -u LC_CTYPE -u NO_COLOR -u ESCDELAY LANG=C.UTF-8"
}
