import Words
import SIPLineService

/// Where "save details" writes: a file named after the line in the current directory, or the path typed.
enum SavePath {
    static func suggested(for line: CreatedLine, in directory: String) -> String {
        let base = directory.isEmpty ? "." : directory
        return (base.hasSuffix("/") ? base : base + "/") + "sipline-line-\(line.configID).txt"
    }

    /// A typed path: absolute as is, relative under the current directory.
    static func resolve(_ path: String, in directory: String) -> String {
        if path.hasPrefix("/") || directory.isEmpty { return path }
        var relative = Substring(path)
        while relative.hasPrefix("./") { relative = relative.dropFirst(2) }
        return (directory.hasSuffix("/") ? directory : directory + "/") + relative
    }
}
