import Platform
import Logging

/// Everything that shapes one sandbox portal. The defaults are those of a fresh portal on the public docs:
/// 5 cloud lines (the number on the method's page; today's real portals allow 10), burst 50 draining 2/s.
public struct SandboxConfiguration: Sendable {
    public var host = "127.0.0.1"
    /// 0 = a free port chosen by the system.
    public var port = 0
    /// A JSON file holding the portal's lines across restarts, written atomically; nil = memory only.
    public var statePath: String? = nil
    public var maxCloudLines = 5
    public var webhookUserID = 1
    /// nil = a random code of 16 hex characters, new on every start.
    public var webhookCode: String? = nil
    /// What the webhook was created with: lacking the `telephony` scope or the telephony right makes every
    /// `voximplant.*` call fail the way a real portal does (for the portal-screen diagnoses).
    public var webhookPermissions = WebhookPermissions.full
    public var rateLimit = RateLimit(burst: 50, drainPerSecond: 2)
    /// When true, `POST /_sandbox/faults` with a JSON body injects faults (for end-to-end tests of the binary);
    /// otherwise that path is an ordinary 404.
    public var faultControlOverHTTP = false
    /// How many `voximplant.sip.status` calls each stage answers before the registration moves on.
    public var registrationSteps = RegistrationSteps(wait: 1, inProgress: 1)
    public var connector = ConnectorState(freeMinutes: 100, paid: false)
    /// OAuth application credentials; nil = webhook only (`/rest/<method>` answers NO_AUTH_FOUND).
    public var oauth: SandboxOAuth? = nil
    /// Hummingbird and the sandbox log here; the default drops everything, because stderr would corrupt a curses screen.
    public var logger = Logger(label: "sipline.sandbox", factory: { _ in SwiftLogNoOpLogHandler() })

    public init() {}
}

/// The portal's leaky bucket: each call pours one unit in, the bucket drains at a fixed rate, a full bucket refuses.
public struct RateLimit: Sendable, Equatable {
    public var burst: Int
    public var drainPerSecond: Double

    public init(burst: Int, drainPerSecond: Double) { (self.burst, self.drainPerSecond) = (burst, drainPerSecond) }

    /// No limit at all (for tests that make many calls, like pagination).
    public static let unlimited = RateLimit(burst: Int.max, drainPerSecond: 0)
}

public struct RegistrationSteps: Sendable, Equatable {
    /// Status calls answering `wait` before `in_progress`.
    public var wait: Int
    /// Status calls answering `in_progress` before the final `success` or `error`.
    public var inProgress: Int

    public init(wait: Int, inProgress: Int) { (self.wait, self.inProgress) = (max(0, wait), max(0, inProgress)) }
}

/// What `voximplant.sip.connector.status` reports.
public struct ConnectorState: Sendable, Equatable {
    public var freeMinutes: Int
    public var paid: Bool
    /// Reported as PAID_DATE_END when `paid`; nil = 30 days after the server started.
    public var paidUntil: Date?

    public init(freeMinutes: Int, paid: Bool, paidUntil: Date? = nil) {
        (self.freeMinutes, self.paid, self.paidUntil) = (freeMinutes, paid, paidUntil)
    }
}

public enum WebhookPermissions: String, Sendable, Equatable, CaseIterable {
    case full
    /// The webhook was made without the `telephony` scope: `insufficient_scope` (403).
    case noTelephonyScope
    /// The webhook's user lacks "Manage numbers — modify": `ACCESS_DENIED` (403).
    case noTelephonyRight
}

/// An OAuth application known to the sandbox and its first token pair.
public struct SandboxOAuth: Sendable, Equatable {
    public var clientID: String
    public var clientSecret: String
    public var accessToken: String
    public var refreshToken: String
    public var memberID: String
    /// Seconds an access token lives (the portal's 3600).
    public var accessTokenLifetime: Int

    public init(
        clientID: String = "local.sandbox." + randomHex(count: 8),
        clientSecret: String = randomHex(count: 32),
        accessToken: String = randomHex(count: 40),
        refreshToken: String = randomHex(count: 40),
        memberID: String = randomHex(count: 32),
        accessTokenLifetime: Int = 3600
    ) {
        self.clientID = clientID
        self.clientSecret = clientSecret
        self.accessToken = accessToken
        self.refreshToken = refreshToken
        self.memberID = memberID
        self.accessTokenLifetime = accessTokenLifetime
    }
}

/// Random lower-case hex, for webhook codes, tokens and incoming passwords.
public func randomHex(count: Int) -> String {
    let digits = Array("0123456789abcdef")
    var generator = SystemRandomNumberGenerator()
    return String((0..<count).map { _ in digits[Int(generator.next() % 16)] })
}
