extension FieldIssuePhrase: CataloguePhrase {
    public var template: TemplateCall {
        switch self {
        case .issue(let key, let issue): call(["key": key, "issue": issue])
        }
    }
}
