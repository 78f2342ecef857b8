extension ConfigPhrase: CataloguePhrase {
    public var template: TemplateCall {
        switch self {
        case .inFile(let path, let problem): call(["path": path, "problem": problem])
        case .onLine(let path, let line, let problem): call(["path": path, "line": line, "problem": problem])
        case .invalidPortalName(let name), .defaultWithoutSection(let name): call(["name": name])
        case .fileDisappeared(let portal), .noLongerOAuth(let portal): call(["portal": portal])
        case .cannotLock(let lockPath, let reason): call(["lockPath": lockPath, "reason": reason])
        case .readableByOthers(let mode, let path): call(["mode": mode, "path": path])
        case .systemFailure(let operation, let reason): call(["operation": operation, "reason": reason])
        case .notWritten(let reason): call(["reason": reason])
        case .notTOML(let detail): call(["detail": detail])
        case .unknownTopLevelKey(let key): call(["key": key])
        case .portalNotSection(let name, let section): call(["name": name, "section": section])
        case .unknownPortalKey(let key, let section, let oauthKeys):
            call(["key": key, "section": section, "oauthKeys": oauthKeys])
        case .valueNotString(let key, let section): call(["key": key, "section": section])
        case .webhookAndOAuth(let section), .emptyPortal(let section): call(["section": section])
        case .missingOAuthKey(let section, let key, let required):
            call(["section": section, "key": key, "required": required])
        case .credentials(let problem): call(["problem": problem])
        case .notRegularFile(let kind): call(["kind": kind])
        case .ownedByAnotherUser(let owner): call(["owner": owner])
        default: call()
        }
    }
}
