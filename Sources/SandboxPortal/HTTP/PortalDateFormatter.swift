import Platform

/// Writes a moment the ways the portal does: Unix seconds as floats in `time`, ISO 8601 with the zone offset in
/// `date_start`, and `YYYY-MM-DD HH:MM:SS` without a zone in `LAST_UPDATED`, all in the machine's local zone, as a
/// portal writes its own server time; and the HTTP `Date` header, in GMT. Done with `localtime_r`/`gmtime_r`, so the
/// sandbox needs neither Foundation's `DateFormatter` nor ICU.
enum PortalDateFormatter {
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

    /// `Tue, 01 Dec 2026 12:30:24 GMT` (RFC 9110's IMF-fixdate), for the `Date` header every answer carries.
    static func httpDate(_ date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var broken = tm()
        gmtime_r(&seconds, &broken)
        let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let parts = parts(of: broken)
        return "\(weekdays[Int(broken.tm_wday)]), \(pad(parts.day)) \(months[parts.month - 1]) \(parts.year) \(timeText(parts)) GMT"
    }

    private struct Parts {
        var year, month, day, hour, minute, second, offsetSeconds: Int
    }

    private static func localParts(_ date: Date) -> Parts {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var broken = tm()
        localtime_r(&seconds, &broken)
        return parts(of: broken)
    }

    private static func parts(of broken: tm) -> Parts {
        Parts(
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
