/// A Duration in the units the system's calls and the logs take. One place for the arithmetic on `components`
/// (whole seconds plus attoseconds), which is easy to get wrong by a factor of a thousand.
extension Duration {
    /// Fractional seconds.
    public var inSeconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }

    /// Whole milliseconds, rounded down.
    public var inMilliseconds: Int64 {
        components.seconds * 1000 + components.attoseconds / 1_000_000_000_000_000
    }

    /// Whole nanoseconds, rounded down.
    public var inNanoseconds: Int64 {
        components.seconds * 1_000_000_000 + components.attoseconds / 1_000_000_000
    }
}
