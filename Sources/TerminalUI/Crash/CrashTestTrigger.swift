#if DEBUG
import CTerminalRescue

/// TEST ONLY, and only in debug builds (compiled out of release builds): with `SIPLINE_TEST_CRASH` set to `segv`,
/// `bus`, `ill`, `trap`, `abrt`, `fpe` or `swift` (a Swift runtime trap), F12 crashes the process that way while
/// the event loop runs, so tests can check what a crash leaves behind. Never set it outside tests.
enum CrashTestTrigger {
    static let variable = "SIPLINE_TEST_CRASH"

    static func crashIfArmed() {
        guard let kind = Environment.value(variable), !kind.isEmpty else { return }
        if kind == "swift" { fatalError("test crash (\(variable)=swift)") }
        tr_test_crash(kind)
    }
}
#endif
