import Platform

/// The terminal's line settings as they were before the front end touched them, to hand back exactly.
struct TTYState {
    private var saved = termios()
    let descriptor: Int32

    /// `nil` when `descriptor` is not a terminal.
    init?(descriptor: Int32) {
        self.descriptor = descriptor
        guard tcgetattr(descriptor, &saved) == 0 else { return nil }
    }

    /// The saved settings, for the crash handler's own copy.
    func withSavedSettings<Result>(_ body: (UnsafePointer<termios>) -> Result) -> Result {
        withUnsafePointer(to: saved, body)
    }

    /// Restores the saved settings once pending output is written (TCSADRAIN keeps unread type-ahead).
    func restore() {
        var settings = saved
        _ = tcsetattr(descriptor, TCSADRAIN, &settings)
    }
}
