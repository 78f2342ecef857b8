/// Why a sandbox could not start or keep its state. Descriptions name the file, never a secret.
public enum SandboxError: Error, Sendable, Equatable, CustomStringConvertible {
    case stateFileCorrupt(path: String, reason: String)
    case stateFileUnreadable(path: String, reason: String)
    case stateFileUnwritable(path: String, reason: String)
    case invalidConfiguration(String)

    public var description: String {
        switch self {
        case .stateFileCorrupt(let path, let reason):
            return "The sandbox state file \(path) is corrupt (\(reason)); move it away or fix it, it was left untouched"
        case .stateFileUnreadable(let path, let reason):
            return "Cannot read the sandbox state file \(path): \(reason); it was left untouched"
        case .stateFileUnwritable(let path, let reason):
            return "Cannot write the sandbox state file \(path): \(reason)"
        case .invalidConfiguration(let reason):
            return "Invalid sandbox configuration: \(reason)"
        }
    }
}

extension SandboxError {
    /// A state file that could not be used as it is (a configuration problem: exit 78 for the command).
    public var isStateFileProblem: Bool {
        switch self {
        case .stateFileCorrupt, .stateFileUnreadable, .stateFileUnwritable: return true
        case .invalidConfiguration: return false
        }
    }
}
