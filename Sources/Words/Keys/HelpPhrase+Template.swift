extension HelpPhrase: CataloguePhrase {
    /// A discussion ends with example command lines, the same in every language (HelpExamples).
    public var template: TemplateCall {
        switch self {
        case .sandboxDiscussion: call(["examples": HelpExamples.sandbox])
        case .listDiscussion: call(["examples": HelpExamples.list])
        case .statusDiscussion: call(["examples": HelpExamples.status])
        case .checkDiscussion: call(["examples": HelpExamples.check])
        case .defaultDiscussion: call(["examples": HelpExamples.defaultLine])
        case .pbxConfigDiscussion: call(["examples": HelpExamples.pbxConfig])
        case .deleteDiscussion: call(["examples": HelpExamples.delete])
        default: call()
        }
    }
}
