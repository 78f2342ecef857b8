extension ConfigPhrase {
    public var legacyEnglish: String {
        switch self {
        case .inFile(let path, let problem): "\(path): \(problem.legacyEnglish)"
        case .onLine(let path, let line, let problem): "\(path), line \(line): \(problem.legacyEnglish)"
        case .invalidPortalName(let name): "portal name \"\(name)\" may only contain letters, digits, - and _"
        case .fileDisappeared(let portal): "the file disappeared; the refreshed tokens of \"\(portal)\" could not be saved"
        case .noLongerOAuth(let portal):
            "[portals.\(portal)] is no longer an OAuth portal; its refreshed tokens were not saved"
        case .cannotLock(let lockPath, let reason): "cannot lock \(lockPath): \(reason.legacyEnglish)"
        case .readableByOthers(let mode, let path):
            "other users can read this file (mode \(mode)) and it holds secrets; sipline will not use it. "
                + "Run: chmod 600 \(path)"
        case .notUTF8: "not UTF-8 text"
        case .systemFailure(let operation, let reason): "\(operation) failed: \(reason)"
        case .notWritten(let reason): "could not be written: \(reason.legacyEnglish)"
        case .notTOML(let detail): "not valid TOML: \(detail)"
        case .notTOMLWithoutDetail: "not valid TOML"
        case .unknownTopLevelKey(let key): "unknown key \"\(key)\"; expected \"default\" or [portals.NAME] sections"
        case .defaultNotString: "\"default\" must be a portal name in quotes, e.g. default = \"acme\""
        case .portalsNotSections: "\"portals\" must be sections like [portals.acme]"
        case .portalNotSection(let name, let section): "portal \"\(name)\" must be a section [\(section)]"
        case .defaultWithoutSection(let name): "default = \"\(name)\" but there is no [portals.\(name)] section"
        case .unknownPortalKey(let key, let section, let oauthKeys):
            "unknown key \"\(key)\" in [\(section)]; a portal has either \"webhook\" or "
                + "the OAuth keys \(oauthKeys.joined(separator: ", "))"
        case .valueNotString(let key, let section): "\"\(key)\" in [\(section)] must be a string in quotes"
        case .webhookAndOAuth(let section): "[\(section)] has both \"webhook\" and OAuth keys; keep one of them"
        case .emptyPortal(let section): "[\(section)] is empty; give \"webhook\" or the OAuth keys"
        case .missingOAuthKey(let section, let key, let required):
            "[\(section)] lacks \"\(key)\" (OAuth portals need \(required.joined(separator: ", ")))"
        case .credentials(let problem): problem.legacyEnglish
        case .symbolicLink:
            "a symbolic link; sipline uses only a regular file here and left the link as it is. Replace it with the file itself"
        case .notRegularFile(let kind):
            "\(kind.legacyEnglish), not a regular file; sipline left it as it is. Move it away"
        case .ownedByAnotherUser(let owner):
            "belongs to another user (uid \(owner)); sipline uses only its own file here and left it as it is. "
                + "Move it away or take it over (chown)"
        case .notADraft: "not a sipline draft (corrupt or cut short); sipline left it as it is. Move it away to start without it"
        case .headerWithoutName: "not valid TOML: a [section] header must start with a name, e.g. [portals.acme]"
        }
    }
}

extension PrivateFilePhrase {
    public var legacyEnglish: String {
        switch self {
        case .readableByOthers(let path, let mode):
            "\(path) can be read by other users (mode \(mode)); it holds secrets. Run: chmod 600 \(path)"
        case .missing(let path): "\(path) does not exist."
        case .systemFailure(let path, let operation, let reason): "\(path): \(operation) failed: \(reason)."
        case .notUTF8(let path): "\(path) is not UTF-8 text."
        case .symbolicLink(let path):
            "\(path) is a symbolic link; sipline uses only a regular file there and left the link as it is."
        case .notRegularFile(let path, let kind): "\(path) is \(kind.legacyEnglish), not a regular file; sipline left it as it is."
        case .ownedByAnotherUser(let path, let owner):
            "\(path) belongs to another user (uid \(owner)); sipline left it as it is."
        }
    }
}

extension PortalResolutionPhrase {
    public var legacyEnglish: String {
        switch self {
        case .howToGiveAPortal:
            """
            No Bitrix24 portal given. Give one of:
              --webhook-file PATH      a file holding the inbound webhook address (https://PORTAL/rest/USER_ID/CODE/)
              SIPLINE_WEBHOOK=URL      the webhook address in the environment
              --portal NAME            a portal of the config file
              a default portal         `default = "NAME"` in the config file
              --webhook URL            (other users can see it in the process list)
            Try it safely first: sipline sandbox, then SIPLINE_WEBHOOK=<its URL> sipline list
            """
        case .unknownPortal(let name, let known):
            "Unknown portal \"\(name)\" (known portals: \(known.joined(separator: ", ")))."
        case .unknownPortalWithoutPortals(let name, let configPath):
            "Unknown portal \"\(name)\" (the config file \(configPath) has no portals)."
        case .badWebhookFlag(let problem): "--webhook: \(problem.legacyEnglish)"
        case .badEnvironmentWebhook(let problem): "SIPLINE_WEBHOOK: \(problem.legacyEnglish)"
        case .unreadableWebhookFile(let failure): "--webhook-file: \(failure.legacyEnglish)"
        case .badWebhookFile(let path, let problem): "--webhook-file \(path): \(problem.legacyEnglish)"
        case .badConfig(let problem): problem.legacyEnglish
        case .badConfigPortal(let configPath, let name, let problem): "\(configPath) [portals.\(name)]: \(problem.legacyEnglish)"
        case .webhookFileReadableByOthers(let path):
            "warning: \(path) can be read by other users and holds the webhook code. Run: chmod 600 \(path)"
        }
    }
}

extension FileKindPhrase {
    public var legacyEnglish: String {
        switch self {
        case .fifo: "a FIFO (named pipe)"
        case .folder: "a folder"
        case .characterDevice: "a character device"
        case .blockDevice: "a block device"
        case .socket: "a socket"
        case .notRegular: "something else"
        }
    }
}
