import Platform

/// Reads of the process environment the front end cares about.
enum Environment {
    static func value(_ name: String) -> String? {
        guard let raw = getenv(name) else { return nil }
        return String(cString: raw)
    }

    /// `NO_COLOR` counts only when set and non-empty (no-color.org).
    static var noColorRequested: Bool { !(value("NO_COLOR") ?? "").isEmpty }
}
