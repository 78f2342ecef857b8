import Words

/// The fields of a line as the portal names them, and what sipline does with each: the one table that the result
/// screen, the details file, `--json` and the commands' line block read. A key the portal sends that is not here is
/// still shown everywhere (as itself, in the "more" places), so nothing it answered is hidden.
public enum LineField: String, Sendable, Hashable, CaseIterable {
    case id = "ID"
    case configID = "CONFIG_ID"
    case type = "TYPE"
    case title = "TITLE"
    case server = "SERVER"
    case login = "LOGIN"
    case password = "PASSWORD"
    case authUser = "AUTH_USER"
    case outboundProxy = "OUTBOUND_PROXY"
    case detectLineNumber = "DETECT_LINE_NUMBER"
    case lineDetectHeaderOrder = "LINE_DETECT_HEADER_ORDER"
    case registrationStatusCode = "REGISTRATION_STATUS_CODE"
    case registrationErrorMessage = "REGISTRATION_ERROR_MESSAGE"
    case regID = "REG_ID"
    case incomingServer = "INCOMING_SERVER"
    case incomingLogin = "INCOMING_LOGIN"
    case incomingPassword = "INCOMING_PASSWORD"

    /// Where a field stands on the result screen of a created line.
    public enum ResultPlace: Sendable, Hashable {
        /// In the block at the top (the line's own values, or an office PBX's credentials).
        case main
        /// In the "More" line, when the portal gave it a value.
        case more
        /// Replaced by the live registration status, which is newer.
        case liveRegistration
        /// Not on the screen (still in the details file and `--json`).
        case hidden
    }

    /// Bitrix24's key.
    public var key: String { rawValue }

    /// The words for it where a screen names it in prose rather than by key (nil: the key itself).
    public var label: LinePhrase? {
        switch self {
        case .server, .incomingServer: .server
        case .login, .incomingLogin: .login
        case .password, .incomingPassword: .password
        default: nil
        }
    }

    /// Shown masked unless revealed: the password the person typed, the one the portal generated.
    public var isSecret: Bool { self == .password || self == .incomingPassword }

    /// Where the result screen of a `type` line shows it.
    public func place(onResultOf type: PBXType) -> ResultPlace {
        switch (self, type) {
        case (.configID, _), (.type, .cloud), (.title, _), (.server, _), (.login, _), (.regID, .cloud),
             (.password, .cloud), (.incomingServer, .office), (.incomingLogin, .office), (.incomingPassword, .office):
            .main
        // The add's ID names the same line as CONFIG_ID; an office line's password is the person's own.
        case (.id, _), (.type, .office), (.password, .office):
            .hidden
        // A new line's stored code is 0 or stale: the cloud screen follows the registration itself, and an
        // office line does not register at all.
        case (.registrationStatusCode, .cloud), (.registrationErrorMessage, .cloud):
            .liveRegistration
        case (.registrationStatusCode, .office), (.registrationErrorMessage, .office):
            .hidden
        case (.authUser, _), (.outboundProxy, _), (.lineDetectHeaderOrder, _), (.regID, .office),
             (.incomingServer, .cloud), (.incomingLogin, .cloud), (.incomingPassword, .cloud):
            .more
        case (.detectLineNumber, _):
            .more
        }
    }

    /// A field with the portal's default value says nothing on the "More" line (caller-number detection off).
    public func isDefault(_ value: LineValue) -> Bool {
        self == .detectLineNumber && (value == .flag(false) || value.shown.uppercased() == "N")
    }

    /// Whether `sipline add` prints it in its block (the office credentials follow in a block of their own).
    public var inCommandBlock: Bool {
        switch self {
        case .configID, .type, .title, .server, .login, .password, .authUser, .outboundProxy, .regID: true
        default: false
        }
    }

    /// The field the portal calls `key` (in any case), if the table has it.
    public init?(key: String) {
        self.init(rawValue: key.uppercased())
    }

    /// Keys of fields outside the table that hold a secret all the same (a portal may add more later).
    public static func isSecretKey(_ key: String) -> Bool {
        let upper = key.uppercased()
        return upper.hasSuffix("PASSWORD") || upper.hasSuffix("SECRET") || upper.hasSuffix("TOKEN")
    }
}
