/// Every field of a `voximplant.sip.add` result, typed. Fields the portal left empty are `nil`; `returned` keeps
/// every key exactly as the portal sent it (empty ones and ones this type does not name included), so nothing it
/// answered is dropped from a screen, a file or `--json`.
public struct CreatedLine: Sendable, Hashable {
    public var id: Int?
    public var configID: Int
    public var type: PBXType
    public var title: String
    public var server: String
    public var login: String
    public var password: String?
    public var authUser: String?
    public var outboundProxy: String?
    public var detectLineNumber: Bool?
    public var lineDetectHeaderOrder: String?
    public var registrationStatusCode: Int?
    public var registrationErrorMessage: String?
    /// Cloud lines: the registration to follow with `voximplant.sip.status`.
    public var regID: Int?
    /// Office lines: what the customer's PBX must use to reach Bitrix24 (secrets).
    public var incomingServer: String?
    public var incomingLogin: String?
    public var incomingPassword: String?
    /// Every key of the answer, as sent (keys in the portal's case).
    public var returned: [String: LineValue]

    public init(
        id: Int? = nil, configID: Int, type: PBXType, title: String, server: String, login: String,
        password: String? = nil, authUser: String? = nil, outboundProxy: String? = nil, detectLineNumber: Bool? = nil,
        lineDetectHeaderOrder: String? = nil, registrationStatusCode: Int? = nil, registrationErrorMessage: String? = nil,
        regID: Int? = nil, incomingServer: String? = nil, incomingLogin: String? = nil, incomingPassword: String? = nil,
        extra: [String: LineValue] = [:], returned: [String: LineValue]? = nil
    ) {
        self.id = id
        self.configID = configID
        self.type = type
        self.title = title
        self.server = server
        self.login = login
        self.password = password
        self.authUser = authUser
        self.outboundProxy = outboundProxy
        self.detectLineNumber = detectLineNumber
        self.lineDetectHeaderOrder = lineDetectHeaderOrder
        self.registrationStatusCode = registrationStatusCode
        self.registrationErrorMessage = registrationErrorMessage
        self.regID = regID
        self.incomingServer = incomingServer
        self.incomingLogin = incomingLogin
        self.incomingPassword = incomingPassword
        self.returned = [:]
        if let returned {
            self.returned = returned
        } else {
            // Built by hand (tests, an update's echo): the typed fields are what the portal would have sent.
            for field in LineField.allCases {
                if let value = typedValue(of: field) { self.returned[field.key] = value }
            }
            self.returned.merge(extra) { _, other in other }
        }
    }

    /// The value the portal returned for `field`, if it sent the key.
    public func value(of field: LineField) -> LineValue? {
        if let exact = returned[field.key] { return exact }
        return returned.first { LineField(key: $0.key) == field }?.value
    }

    /// Keys the portal sent that the field table does not name, in a stable order.
    public var otherFields: [(key: String, value: LineValue)] {
        returned.filter { LineField(key: $0.key) == nil }.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    private func typedValue(of field: LineField) -> LineValue? {
        func text(_ value: String?) -> LineValue? { value.map(LineValue.text) }
        func int(_ value: Int?) -> LineValue? { value.map { .integer(Int64($0)) } }
        switch field {
        case .id: return int(id)
        case .configID: return .integer(Int64(configID))
        case .type: return .text(type.rawValue)
        case .title: return .text(title)
        case .server: return .text(server)
        case .login: return .text(login)
        case .password: return text(password)
        case .authUser: return text(authUser)
        case .outboundProxy: return text(outboundProxy)
        case .detectLineNumber: return detectLineNumber.map { .text($0 ? "Y" : "N") }
        case .lineDetectHeaderOrder: return text(lineDetectHeaderOrder)
        case .registrationStatusCode: return int(registrationStatusCode)
        case .registrationErrorMessage: return text(registrationErrorMessage)
        case .regID: return int(regID)
        case .incomingServer: return text(incomingServer)
        case .incomingLogin: return text(incomingLogin)
        case .incomingPassword: return text(incomingPassword)
        }
    }
}

/// A line as `voximplant.sip.get` lists it: the add result without `ID`.
public typealias ListedLine = CreatedLine

extension CreatedLine {
    /// The line after an update of its server and login: the typed values and the answer as the portal now holds
    /// them.
    public mutating func change(server: String, login: String) {
        self.server = server
        self.login = login
        returned[value(of: .server) == nil ? LineField.server.key : key(of: .server)] = .text(server)
        returned[value(of: .login) == nil ? LineField.login.key : key(of: .login)] = .text(login)
    }

    /// The key the portal used for `field` (its own case), or Bitrix24's.
    private func key(of field: LineField) -> String {
        returned.keys.first { LineField(key: $0) == field } ?? field.key
    }
}
