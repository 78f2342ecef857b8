import Platform
import BitrixJSON

extension Portal {
    /// The answer a `…Next` fault gives instead of executing the call.
    func replaced(by replacement: FaultQueue.Replacement, call: IncomingCall) -> PortalReply {
        switch replacement {
        case .rateLimit:
            return .error(PortalError(code: "QUERY_LIMIT_EXCEEDED", description: "Too many requests", status: 503))
        case .serverError(let status):
            return Self.serverError(status: status)
        case .garbage:
            return Self.garbage()
        case .truncated:
            let whole = PortalReply.json(
                Envelope.success(.null, total: nil, next: nil, start: call.received, finish: Date()))
            return Self.cut(whole)
        case .error(let error):
            return .error(error)
        case .redirect(let target):
            var reply = PortalReply.text("", status: 302)
            reply.location = Self.location(target, call: call)
            return reply
        case .operationTimeLimit(let resetIn):
            let now = Date()
            let seconds = resetIn.inSeconds
            let time = Envelope.time(start: call.received, finish: now, operatingResetAt: now.addingTimeInterval(seconds))
            return .error(
                PortalError(
                    code: "OPERATION_TIME_LIMIT", description: "Method is blocked due to operation time limit.",
                    status: 429),
                time: time)
        case .empty:
            return Self.empty()
        case .delay:
            preconditionFailure("a delay executes the call; it replaces nothing")
        }
    }

    /// An add that was stored, answered badly.
    func broken(_ reply: PortalReply, by fault: FaultQueue.AfterAdd) -> PortalReply {
        switch fault {
        case .dropConnection:
            var dropped = reply
            dropped.body = Array(reply.body.prefix(reply.body.count / 2))
            dropped.announcedLength = reply.body.count
            return dropped
        case .garbage:
            return Self.garbage()
        case .truncated:
            return Self.cut(reply)
        case .serverError(let status):
            return Self.serverError(status: status)
        case .empty:
            return Self.empty()
        }
    }

    static func empty() -> PortalReply {
        .text("", status: 200, contentType: "application/json; charset=utf-8")
    }

    static func cut(_ reply: PortalReply) -> PortalReply {
        var cut = reply
        cut.body = Array(reply.body.prefix(reply.body.count / 2))
        return cut
    }

    static func garbage() -> PortalReply {
        // Labelled JSON but an HTML page: what a portal under maintenance or a captive proxy sends.
        .text(
            "<!DOCTYPE html>\n<html><head><title>Bitrix24</title></head><body><h1>The portal is being updated</h1></body></html>\n",
            status: 200, contentType: "application/json; charset=utf-8")
    }

    /// 500 is the portal's own envelope; other statuses come from the web server in front of it, as an HTML page.
    static func serverError(status: Int) -> PortalReply {
        if status == 500 {
            return .error(PortalError(code: "INTERNAL_SERVER_ERROR", description: "Internal server error", status: 500))
        }
        let reasons = [502: "Bad Gateway", 503: "Service Temporarily Unavailable", 504: "Gateway Time-out"]
        let title = "\(status) \(reasons[status] ?? "Error")"
        return .text(
            "<html>\r\n<head><title>\(title)</title></head>\r\n<body>\r\n<center><h1>\(title)</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n",
            status: status)
    }

    /// A target without a path gets the request's path and query, as when a portal moves to a new address.
    static func location(_ target: String, call: IncomingCall) -> String {
        // `firstRange(of:)` is the standard library's (Foundation's `range(of:)` would link full Foundation).
        let afterScheme = target.firstRange(of: "://").map { target[$0.upperBound...] } ?? target[...]
        let hasPath = afterScheme.contains("/") && !(afterScheme.hasSuffix("/") && afterScheme.filter { $0 == "/" }.count == 1)
        guard !hasPath else { return target }
        var base = target
        if base.hasSuffix("/") { base.removeLast() }
        return base + call.path + (call.query.map { "?" + $0 } ?? "")
    }
}
