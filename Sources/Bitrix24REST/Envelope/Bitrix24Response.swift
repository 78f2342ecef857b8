import Platform
import BitrixJSON

/// A successful answer: `result` as sent, plus the list and timing fields of the envelope.
public struct Bitrix24Response: Sendable, Hashable {
    public var result: JSONValue
    /// Rows in the whole list (list methods); absent when the list is empty on some portals.
    public var total: Int?
    /// Offset of the next page (pass back as `start`); nil on the last page.
    public var next: Int?
    public var time: ResponseTime?

    public init(result: JSONValue, total: Int? = nil, next: Int? = nil, time: ResponseTime? = nil) {
        self.result = result
        self.total = total
        self.next = next
        self.time = time
    }
}

/// The envelope's `time` object. Numbers are read leniently (number or numeric string).
public struct ResponseTime: Sendable, Hashable {
    /// Unix seconds (fractional).
    public var start: Double?
    public var finish: Double?
    public var duration: Double?
    public var processing: Double?
    /// ISO 8601 text as sent ("2026-11-28T10:00:00+03:00").
    public var dateStart: String?
    public var dateFinish: String?
    /// Seconds of this method's time budget used in the current window.
    public var operating: Double?
    /// When the method's time budget resets (`operating_reset_at`, a Unix timestamp).
    public var operatingResetAt: Date?

    public init(
        start: Double? = nil, finish: Double? = nil, duration: Double? = nil, processing: Double? = nil,
        dateStart: String? = nil, dateFinish: String? = nil, operating: Double? = nil, operatingResetAt: Date? = nil
    ) {
        self.start = start
        self.finish = finish
        self.duration = duration
        self.processing = processing
        self.dateStart = dateStart
        self.dateFinish = dateFinish
        self.operating = operating
        self.operatingResetAt = operatingResetAt
    }

    init?(_ value: JSONValue?) {
        guard let value, value.objectValue != nil else { return nil }
        self.init(
            start: value["start"]?.lenientDouble, finish: value["finish"]?.lenientDouble,
            duration: value["duration"]?.lenientDouble, processing: value["processing"]?.lenientDouble,
            dateStart: value["date_start"]?.stringValue, dateFinish: value["date_finish"]?.stringValue,
            operating: value["operating"]?.lenientDouble,
            operatingResetAt: value["operating_reset_at"]?.lenientDouble.map { Date(timeIntervalSince1970: $0) }
        )
    }
}

extension JSONValue {
    /// A number from a JSON number or a numeric string; nil for empty values.
    var lenientDouble: Double? {
        switch self {
        case .int(let number): return Double(number)
        case .double(let number): return number
        case .string(let text): return Double(text.trimmedWhitespace)
        default: return nil
        }
    }
}
