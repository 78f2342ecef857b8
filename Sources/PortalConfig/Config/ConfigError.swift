import Platform
import Words

/// Why the config file cannot be used. Each message names the file (and the line when there is one) and never
/// quotes a secret; sipline exits 78 for every case.
public struct ConfigError: Error, Sendable, Hashable, CustomStringConvertible {
    public var path: String
    /// 1-based, when the problem is on a line.
    public var line: Int?
    public var problem: ConfigPhrase

    public init(path: String, line: Int? = nil, problem: ConfigPhrase) {
        self.path = path
        self.line = line
        self.problem = problem
    }

    /// The file, the line and the problem, as a key of the catalogue.
    public var phrase: ConfigPhrase {
        if let line { return .onLine(path: path, line: line, problem: problem) }
        return .inFile(path: path, problem: problem)
    }

    /// In English, for logs.
    public var description: String { phrase.english }
}

extension ConfigError {
    /// A file sipline could not use as its own (read through `PrivateFiles`), in the config file's words.
    public init(_ failure: PrivateFiles.Failure) {
        switch failure.phrase {
        case .readableByOthers(let path, let mode): self.init(path: path, problem: .readableByOthers(mode: mode, path: path))
        case .missing(let path):
            self.init(path: path, problem: .systemFailure(operation: "open", reason: PrivateFiles.describe(errno: ENOENT)))
        case .systemFailure(let path, let operation, let reason):
            self.init(path: path, problem: .systemFailure(operation: operation, reason: reason))
        case .notUTF8(let path): self.init(path: path, problem: .notUTF8)
        case .symbolicLink(let path): self.init(path: path, problem: .symbolicLink)
        case .notRegularFile(let path, let kind): self.init(path: path, problem: .notRegularFile(kind: kind))
        case .ownedByAnotherUser(let path, let owner): self.init(path: path, problem: .ownedByAnotherUser(owner: owner))
        }
    }
}
