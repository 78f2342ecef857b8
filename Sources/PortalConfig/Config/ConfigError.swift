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
