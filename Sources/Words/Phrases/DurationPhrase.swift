/// A short duration as a person reads it: "200 ms" under a second, "2.3 s" (a decimal comma in Russian) or "30 s".
public enum DurationPhrase: Phrase {
    case seconds(Int)
    case milliseconds(Int)
    /// Seconds to one decimal place: (2, 3) is 2.3 s.
    case secondsAndTenths(seconds: Int, tenths: Int)

    /// Milliseconds under a second; above, seconds rounded to a tenth (whole seconds without the decimal).
    public init(_ duration: Duration) {
        let (seconds, attoseconds) = duration.components
        let milliseconds = Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000)
        guard milliseconds >= 1000 else {
            self = .milliseconds(milliseconds)
            return
        }
        let tenths = (milliseconds + 50) / 100
        self = tenths % 10 == 0 ? .seconds(tenths / 10) : .secondsAndTenths(seconds: tenths / 10, tenths: tenths % 10)
    }
}
