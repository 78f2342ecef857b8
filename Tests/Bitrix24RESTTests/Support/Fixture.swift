import Foundation

/// Reads a fixture body (bytes exactly as a portal would send them) from the copied `Fixtures` folder.
enum Fixture {
    static func bytes(_ path: String) throws -> [UInt8] {
        guard let root = Bundle.module.resourceURL else { throw FixtureMissing(path: path) }
        let url = root.appendingPathComponent("Fixtures").appendingPathComponent(path)
        guard let data = FileManager.default.contents(atPath: url.path) else { throw FixtureMissing(path: path) }
        return Array(data)
    }

    struct FixtureMissing: Error, CustomStringConvertible {
        var path: String
        var description: String { "fixture \(path) not found" }
    }
}
