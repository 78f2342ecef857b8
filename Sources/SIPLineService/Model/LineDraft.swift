/// What a person has typed for a new line, before the portal sees it. Values are kept exactly as typed;
/// validation says what is wrong with them and `normalized` gives what is sent.
public struct LineDraft: Sendable, Hashable {
    public var type: PBXType
    public var title: String
    public var server: String
    public var login: String
    public var password: String

    public init(type: PBXType = .cloud, title: String = "", server: String = "", login: String = "", password: String = "") {
        self.type = type
        self.title = title
        self.server = server
        self.login = login
        self.password = password
    }
}

/// The fields of a draft, for attaching a validation problem to the place where it can be fixed.
public enum DraftField: String, Sendable, Hashable, CaseIterable, Codable {
    case type = "TYPE"
    case title = "TITLE"
    case server = "SERVER"
    case login = "LOGIN"
    case password = "PASSWORD"
}
