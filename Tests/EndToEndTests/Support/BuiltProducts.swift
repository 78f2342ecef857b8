import TestSupport

/// Where the package's built binaries are: `swift test` builds the executables before it runs the tests.
enum BuiltProducts {
    static var sipline: String { TmuxSession.builtProduct("sipline") }
}
