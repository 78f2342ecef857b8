import Platform
import BitrixJSON
import Logging

/// One sandbox portal: its book of lines, its rate limit, pending faults and the log of calls. Every request is
/// decided here, one at a time, so the rules never race.
actor Portal {
    let configuration: SandboxConfiguration
    let rules: PortalRules
    let webhookCode: String
    let startedAt = Date()
    private let stateFile: StateFile?
    private var book: PortalBook
    private var bucket: LeakyBucket
    private var faults = FaultQueue()
    var records: [SandboxRequestRecord] = []
    private var permissions: WebhookPermissions
    private let clockStart = ContinuousClock.now
    /// `http://127.0.0.1:<port>/`, known once the server listens.
    private(set) var baseURL = ""

    init(_ configuration: SandboxConfiguration) throws(SandboxError) {
        guard configuration.maxCloudLines >= 0 else { throw .invalidConfiguration("maxCloudLines must not be negative") }
        guard configuration.rateLimit.burst >= 1, configuration.rateLimit.drainPerSecond >= 0 else {
            throw .invalidConfiguration("the rate limit needs a burst of at least 1 and a drain rate of at least 0")
        }
        if let code = configuration.webhookCode, code.isEmpty || code.contains("/") {
            throw .invalidConfiguration("the webhook code must be non-empty and contain no slash")
        }
        self.configuration = configuration
        self.rules = PortalRules(
            maxCloudLines: configuration.maxCloudLines, registrationSteps: configuration.registrationSteps)
        self.webhookCode = configuration.webhookCode ?? randomHex(count: 16)
        self.permissions = configuration.webhookPermissions
        self.bucket = LeakyBucket(configuration.rateLimit)
        self.stateFile = configuration.statePath.map { StateFile(path: $0) }
        var book = try stateFile?.load() ?? PortalBook()
        if let app = configuration.oauth, book.tokens?.clientID != app.clientID {
            book.tokens = OAuthTokens(
                clientID: app.clientID, accessToken: app.accessToken, refreshToken: app.refreshToken,
                accessIssuedAt: Date())
        }
        self.book = book
        // Written at once, so an unwritable path fails the start rather than the first add.
        try stateFile?.save(book)
    }

    func listening(at baseURL: String) {
        self.baseURL = baseURL
    }

    // MARK: Test and control surface

    func inject(_ fault: SandboxFault, method: String? = nil) {
        switch fault {
        case .rateLimitNext(let count): faults.add(.rateLimit, count: count, method: method)
        case .serverErrorNext(let count, let status): faults.add(.serverError(status: status), count: count, method: method)
        case .garbageNext(let count): faults.add(.garbage, count: count, method: method)
        case .truncatedNext(let count): faults.add(.truncated, count: count, method: method)
        case .delayNext(let count, let duration): faults.add(.delay(duration), count: count, method: method)
        case .errorNext(let count, let code, let description, let status):
            faults.add(.error(PortalError(code: code, description: description, status: status)), count: count,
                       method: method)
        case .redirectNext(let count, let target): faults.add(.redirect(to: target), count: count, method: method)
        case .operationTimeLimit(let resetIn):
            faults.add(.operationTimeLimit(resetIn: resetIn), count: 1, method: method)
        case .emptyNext(let count): faults.add(.empty, count: count, method: method)
        case .only(let name, let inner): inject(inner, method: Self.methodName(name))
        case .dropConnectionAfterAdd: faults.add(.dropConnection)
        case .garbageAfterAdd: faults.add(.garbage)
        case .truncatedAfterAdd: faults.add(.truncated)
        case .emptyAfterAdd: faults.add(.empty)
        case .serverErrorAfterAdd(let status): faults.add(.serverError(status: status))
        case .expireAccessToken:
            book.tokens?.accessForcedExpired = true
            persist()
        }
    }

    func setWebhookPermissions(_ permissions: WebhookPermissions) {
        self.permissions = permissions
    }

    func lines() -> [JSONValue] {
        book.lines.map { $0.getItem(registrationReport: $0.currentReport(rules: rules)) }
    }

    func defaultOutgoingLine() -> String {
        book.outgoingLineID
    }

    func requests() -> [SandboxRequestRecord] {
        records
    }

    /// The current OAuth pair (for tests that start from the configured tokens and follow refreshes).
    func currentTokens() -> (access: String, refresh: String)? {
        book.tokens.map { ($0.accessToken, $0.refreshToken) }
    }

    // MARK: Requests

    func handle(_ call: IncomingCall) -> PortalReply {
        let segments = call.path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        let reply: PortalReply
        let method: String
        if segments.first == "rest", segments.count >= 2 {
            method = Self.methodName(segments.count >= 4 ? segments[3] : (segments.count == 2 ? segments[1] : ""))
            reply = rest(call, segments: segments, method: method)
        } else if segments == ["oauth", "token"], let app = configuration.oauth {
            method = "oauth/token"
            reply = token(call, app: app)
        } else {
            return .text("Not Found", status: 404, contentType: "text/plain; charset=utf-8")
        }
        records.append(
            SandboxRequestRecord(
                method: method, parameters: call.parameters?.values ?? .object([:]), httpMethod: call.httpMethod,
                contentType: call.contentType, time: call.received, status: reply.status, error: reply.errorCode))
        return reply
    }

    static func methodName(_ segment: String) -> String {
        var name = segment.lowercased()
        if name.hasSuffix(".json") { name.removeLast(5) }
        return name
    }

    private func rest(_ call: IncomingCall, segments: [String], method: String) -> PortalReply {
        var delay: Duration?
        if let replacement = faults.takeNext(method: method) {
            if case .delay(let duration) = replacement {
                delay = duration
            } else {
                return replaced(by: replacement, call: call)
            }
        }
        var reply = execute(call, segments: segments, method: method)
        reply.delay = delay
        return reply
    }

    /// One call, authorized and answered. A command of a `batch` (`insideBatch`) does not pass the rate limit again.
    func execute(_ call: IncomingCall, segments: [String], method: String, insideBatch: Bool = false) -> PortalReply {
        if let refusal = admission(call, segments: segments, method: method, insideBatch: insideBatch) {
            return .error(refusal)
        }
        let parameters = call.parameters ?? CallParameters(.object([:]))
        if method == "batch" { return batch(call, segments: segments, parameters: parameters) }
        let (outcome, changed) = perform(method, parameters, now: Date(), webhook: segments.count != 2)
        switch outcome {
        case .failure(let error):
            return .error(error)
        case .success(let result, let total, let next):
            if changed, let failure = persist() { return .error(failure) }
            let envelope = Envelope.success(result, total: total, next: next, start: call.received, finish: Date())
            let reply = PortalReply.json(envelope)
            if method == "voximplant.sip.add", let fault = faults.takeAfterAdd() {
                return broken(reply, by: fault)
            }
            return reply
        }
    }

    /// What the portal checks before any method runs, in its order: who calls (webhook code or OAuth token), the
    /// rate limit, a readable body, a known method, and the webhook's scope and rights.
    private func admission(_ call: IncomingCall, segments: [String], method: String, insideBatch: Bool) -> PortalError? {
        let isWebhook = segments.count != 2
        if isWebhook {
            guard segments.count >= 3, segments[1] == String(configuration.webhookUserID) else {
                return PortalError(code: "NO_AUTH_FOUND", description: "Wrong authorization data", status: 401)
            }
            guard segments[2] == webhookCode else {
                return PortalError(code: "INVALID_CREDENTIALS", description: "Invalid request credentials", status: 401)
            }
        } else {
            let lifetime = configuration.oauth?.accessTokenLifetime ?? 3600
            if case .refused(let error) = book.checkAccessToken(call.parameters?.text("auth"), lifetime: lifetime, now: Date()) {
                return error
            }
        }
        guard insideBatch || bucket.admit(atSeconds: secondsSinceStart()) else {
            return PortalError(code: "QUERY_LIMIT_EXCEEDED", description: "Too many requests", status: 503)
        }
        guard call.parameters != nil else {
            return PortalError(code: "INVALID_REQUEST", description: "The request body could not be read", status: 400)
        }
        guard Self.methods.contains(method) else {
            return PortalError(code: "ERROR_METHOD_NOT_FOUND", description: "Method not found!", status: 404)
        }
        // The telephony scope and right matter to telephony methods; batch, profile, scope and app.info need none.
        return isWebhook && method.hasPrefix("voximplant.") ? permissionRefusal() : nil
    }

    /// Runs one known method on the book; `changed` says whether the state file must be written.
    private func perform(_ method: String, _ parameters: CallParameters, now: Date, webhook: Bool)
        -> (MethodOutcome, changed: Bool)
    {
        switch method {
        case "voximplant.sip.add": (book.add(parameters, rules: rules, now: now), true)
        case "voximplant.sip.get": (book.get(parameters, rules: rules), false)
        case "voximplant.sip.update": (book.update(parameters, now: now), true)
        case "voximplant.sip.delete": (book.delete(parameters), true)
        case "voximplant.sip.status": (book.status(parameters, rules: rules, now: now), true)
        case "voximplant.line.outgoing.get": (book.outgoingLine(), false)
        case "voximplant.line.outgoing.set": (book.setOutgoingLine(parameters), true)
        case "voximplant.line.outgoing.sip.set": (book.setOutgoingSIPLine(parameters), true)
        case "voximplant.line.get": (book.lineNames(), false)
        case "profile": (profile(), false)
        case "scope": (scope(parameters), false)
        case "app.info": (appInfo(webhook: webhook), false)
        default: (.success(configuration.connector.result(startedAt: startedAt)), false)  // sip.connector.status
        }
    }

    static let methods: Set<String> = [
        "voximplant.sip.add", "voximplant.sip.get", "voximplant.sip.update", "voximplant.sip.delete",
        "voximplant.sip.status", "voximplant.sip.connector.status", "voximplant.line.outgoing.get",
        "voximplant.line.outgoing.set", "voximplant.line.outgoing.sip.set", "voximplant.line.get",
        "batch",
        "profile",
        "scope",
        "app.info",
    ]

    /// Whether the webhook was given the `telephony` scope (`scope` and `app.info` list it).
    var webhookGrantsTelephony: Bool { permissions != .noTelephonyScope }

    private func permissionRefusal() -> PortalError? {
        switch permissions {
        case .full:
            return nil
        case .noTelephonyScope:
            return PortalError(
                code: "insufficient_scope",
                description: "The request requires higher privileges than provided by the webhook token", status: 403)
        case .noTelephonyRight:
            return PortalError(code: "ACCESS_DENIED", description: "Access denied!", status: 403)
        }
    }

    private func token(_ call: IncomingCall, app: SandboxOAuth) -> PortalReply {
        let parameters = call.parameters ?? CallParameters(.object([:]))
        let (status, body) = book.refreshTokens(parameters, app: app, portalBase: baseURL, now: Date())
        var reply = PortalReply.json(body, status: status)
        reply.errorCode = body["error"]?.stringValue
        if status == 200, let failure = persist() { return .error(failure) }
        return reply
    }

    /// Saves the book when there is a state file; a failure is answered as a server fault and logged (no secrets:
    /// the reason is the system's, the path is the operator's own).
    @discardableResult
    private func persist() -> PortalError? {
        guard let stateFile else { return nil }
        do {
            try stateFile.save(book)
            return nil
        } catch {
            configuration.logger.error("\(error.description)")
            return PortalError(code: "INTERNAL_SERVER_ERROR", description: "Internal server error", status: 500)
        }
    }

    private func secondsSinceStart() -> Double {
        let elapsed = ContinuousClock.now - clockStart
        return elapsed.inSeconds
    }
}
