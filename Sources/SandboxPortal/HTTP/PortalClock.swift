#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The portal's ways of writing a moment: Unix seconds as floats in `time`, ISO 8601 with the zone offset in
/// `date_start`, and `YYYY-MM-DD HH:MM:SS` without a zone in `LAST_UPDATED`. All in the machine's local zone, as a
/// portal writes its own server time.
enum PortalClock {
    static func unixSeconds(_ date: Date) -> Double {
        date.timeIntervalSince1970
    }

    /// `2024-05-13T11:01:01+03:00`
    static func iso8601(_ date: Date) -> String {
        let parts = localParts(date)
        let offset = parts.offsetSeconds
        let sign = offset < 0 ? "-" : "+"
        let hours = abs(offset) / 3600, minutes = abs(offset) % 3600 / 60
        return "\(dateText(parts))T\(timeText(parts))\(sign)\(pad(hours)):\(pad(minutes))"
    }

    /// `2024-05-13 11:01:01`
    static func dateTime(_ date: Date) -> String {
        let parts = localParts(date)
        return "\(dateText(parts)) \(timeText(parts))"
    }

    private struct Parts {
        var year, month, day, hour, minute, second, offsetSeconds: Int
    }

    private static func localParts(_ date: Date) -> Parts {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var broken = tm()
        localtime_r(&seconds, &broken)
        return Parts(
            year: Int(broken.tm_year) + 1900, month: Int(broken.tm_mon) + 1, day: Int(broken.tm_mday),
            hour: Int(broken.tm_hour), minute: Int(broken.tm_min), second: Int(broken.tm_sec),
            offsetSeconds: Int(broken.tm_gmtoff))
    }

    private static func dateText(_ parts: Parts) -> String {
        "\(parts.year)-\(pad(parts.month))-\(pad(parts.day))"
    }

    private static func timeText(_ parts: Parts) -> String {
        "\(pad(parts.hour)):\(pad(parts.minute)):\(pad(parts.second))"
    }

    private static func pad(_ number: Int) -> String {
        number < 10 ? "0\(number)" : "\(number)"
    }
}
