/// `ConfigError`'s words: what is wrong with the config file. The problems read as the second half of a sentence
/// whose first half names the file (and the line): "config.toml, line 3: unknown key …".
public indirect enum ConfigPhrase: Phrase {
    /// A problem of the file as a whole.
    case inFile(path: String, problem: ConfigPhrase)
    /// A problem on one line (1-based).
    case onLine(path: String, line: Int, problem: ConfigPhrase)
    case invalidPortalName(name: String)
    case fileDisappeared(portal: String)
    case noLongerOAuth(portal: String)
    case cannotLock(lockPath: String, reason: PrivateFilePhrase)
    /// `mode` in octal, as `ls` and `chmod` write it.
    case readableByOthers(mode: String, path: String)
    case notUTF8
    /// A system call failed; `reason` is the system's text (`strerror`).
    case systemFailure(operation: String, reason: String)
    case notWritten(reason: PrivateFilePhrase)
    /// `detail` is the TOML parser's own text.
    case notTOML(detail: String)
    case notTOMLWithoutDetail
    case unknownTopLevelKey(key: String)
    case defaultNotString
    case portalsNotSections
    case portalNotSection(name: String, section: String)
    case defaultWithoutSection(name: String)
    case unknownPortalKey(key: String, section: String, oauthKeys: [String])
    case valueNotString(key: String, section: String)
    case webhookAndOAuth(section: String)
    case emptyPortal(section: String)
    case missingOAuthKey(section: String, key: String, required: [String])
    /// A portal's webhook address or OAuth settings that cannot be used.
    case credentials(CredentialsPhrase)
    /// A symbolic link where the file should be (never followed).
    case symbolicLink
    /// A FIFO, a folder or a device where the file should be (never opened for reading).
    case notRegularFile(kind: FileKindPhrase)
    /// Another user's file; `owner` is their uid.
    case ownedByAnotherUser(owner: Int)
    /// A draft file that cannot be read as one (corrupt or cut short).
    case notADraft
    /// A `[` header whose name starts with a character no name can start with.
    case headerWithoutName
}
