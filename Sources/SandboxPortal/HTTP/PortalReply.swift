import Platform
import BitrixJSON

/// What arrived, already decoded from HTTP.
struct IncomingCall: Sendable {
    var httpMethod: String
    /// The path without the query, as sent (`/rest/1/abc/voximplant.sip.add.json`).
    var path: String
    /// The raw query string, for redirects.
    var query: String?
    var contentType: String?
    /// nil when the body could not be decoded (e.g. malformed JSON).
    var parameters: CallParameters?
    var received: Date
    /// The raw body, for what decoding loses (the order of a batch's commands).
    var body: [UInt8] = []
}

/// What to send back. `announcedLength` larger than `body` makes the connection close mid-answer.
struct PortalReply: Sendable {
    var status: Int
    /// For redirects.
    var location: String? = nil
    var body: [UInt8]
    var contentType = "application/json; charset=utf-8"
    var announcedLength: Int? = nil
    var delay: Duration? = nil
    /// For the request log.
    var errorCode: String? = nil

    static func json(_ value: JSONValue, status: Int = 200) -> PortalReply {
        PortalReply(status: status, body: Array(value.serialized().utf8))
    }

    static func error(_ error: PortalError, time: JSONValue? = nil) -> PortalReply {
        var object: [String: JSONValue] = [
            "error": .string(error.code), "error_description": .string(error.description),
        ]
        if let time { object["time"] = time }
        var reply = json(.object(object), status: error.status)
        reply.errorCode = error.code
        return reply
    }

    static func text(_ text: String, status: Int, contentType: String = "text/html; charset=utf-8") -> PortalReply {
        PortalReply(status: status, body: Array(text.utf8), contentType: contentType)
    }
}

/// The `time` block every successful answer carries.
enum Envelope {
    static func time(start: Date, finish: Date, operatingResetAt: Date? = nil) -> JSONValue {
        let duration = max(0, finish.timeIntervalSince(start))
        let resetAt = operatingResetAt ?? start.addingTimeInterval(600)
        return [
            "start": .double(PortalDateFormatter.unixSeconds(start)),
            "finish": .double(PortalDateFormatter.unixSeconds(finish)),
            "duration": .double(duration),
            "processing": .double(duration * 0.8),
            "date_start": .string(PortalDateFormatter.iso8601(start)),
            "date_finish": .string(PortalDateFormatter.iso8601(finish)),
            "operating": .double(0),
            "operating_reset_at": .int(Int64(resetAt.timeIntervalSince1970.rounded(.down))),
        ]
    }

    static func success(_ outcome: JSONValue, total: Int?, next: Int?, start: Date, finish: Date) -> JSONValue {
        var object: [String: JSONValue] = ["result": outcome, "time": time(start: start, finish: finish)]
        if let total { object["total"] = .int(Int64(total)) }
        if let next { object["next"] = .int(Int64(next)) }
        return .object(object)
    }
}
