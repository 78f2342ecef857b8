import BitrixJSON

/// Every field of a `voximplant.sip.add` result, typed. Fields the portal left empty are `nil`; fields the portal
/// sent that this type does not name are kept in `extra` so nothing it answered is dropped from the screen.
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
    /// Any other keys of the answer, verbatim.
    public var extra: [String: JSONValue]

    public init(
        id: Int? = nil, configID: Int, type: PBXType, title: String, server: String, login: String,
        password: String? = nil, authUser: String? = nil, outboundProxy: String? = nil, detectLineNumber: Bool? = nil,
        lineDetectHeaderOrder: String? = nil, registrationStatusCode: Int? = nil, registrationErrorMessage: String? = nil,
        regID: Int? = nil, incomingServer: String? = nil, incomingLogin: String? = nil, incomingPassword: String? = nil,
        extra: [String: JSONValue] = [:]
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
        self.extra = extra
    }
}

/// A line as `voximplant.sip.get` lists it: the add result without `ID`.
public typealias ListedLine = CreatedLine
