extension HelpTopicPhrase {
    public var legacyEnglish: String {
        switch self {
        case .portal: "Portal"
        case .pbxType: "PBX type"
        case .connectionName: "Connection name"
        case .server: "Server"
        case .credentials: "Credentials"
        case .review: "Review"
        case .creatingTheLine: "Creating the line"
        case .result: "Result"
        case .unknownOutcome: "Unknown outcome"
        }
    }
}
