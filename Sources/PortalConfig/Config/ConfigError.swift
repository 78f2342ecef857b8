import Bitrix24REST

/// Why the config file cannot be used. Each message names the file (and the line when there is one) and never
/// quotes a secret; sipline exits 78 for every case.
public struct ConfigError: Error, Sendable, Hashable, CustomStringConvertible {
    public var path: String
    /// 1-based, when the problem is on a line.
    public var line: Int?
    public var problem: String

    public init(path: String, line: Int? = nil, problem: String) {
        self.path = path
        self.line = line
        self.problem = problem
    }

    /// The file's own bytes may be quoted in `problem`: controls and bidi characters are shown as codes.
    public var description: String {
        let shown = ExcerptSanitizer.visible(problem)
        if let line { return "\(ExcerptSanitizer.visible(path)), line \(line): \(shown)" }
        return "\(ExcerptSanitizer.visible(path)): \(shown)"
    }
}

extension ConfigError {
    /// A file sipline could not use as its own, in the words of `PrivateFiles`.
    public init(_ failure: PrivateFiles.Failure) {
        self.init(path: failure.path, problem: failure.problem)
    }
}
