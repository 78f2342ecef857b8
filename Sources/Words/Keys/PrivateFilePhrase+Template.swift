extension PrivateFilePhrase: CataloguePhrase {
    public var template: TemplateCall {
        switch self {
        case .readableByOthers(let path, let mode): call(["path": path, "mode": mode])
        case .missing(let path), .notUTF8(let path), .symbolicLink(let path): call(["path": path])
        case .systemFailure(let path, let operation, let reason):
            call(["path": path, "operation": operation, "reason": reason])
        case .notRegularFile(let path, let kind): call(["path": path, "kind": kind])
        case .ownedByAnotherUser(let path, let owner): call(["path": path, "owner": owner])
        }
    }
}
