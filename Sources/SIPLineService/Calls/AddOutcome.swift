import Words

/// What became of an add. The add is never repeated blindly: when the answer was lost the service lists the lines
/// again and says which of these it was.
public enum AddOutcome: Sendable, Hashable {
    /// The portal answered with the new line.
    case created(CreatedLine)
    /// The answer was lost, but listing again found exactly one new line with the draft's TITLE, SERVER and LOGIN.
    case createdAfterCheck(CreatedLine, reason: AnyPhrase)
    /// The answer was lost, and listing again shows no such line: safe to try again.
    case notCreated(reason: AnyPhrase)
    /// The answer was lost and the portal could not be asked: check with `sipline list` before trying again.
    case unknown(reason: AnyPhrase)
}

/// What the service learns before an add: the lines this webhook can see, to warn about a title in use, show the
/// count of cloud lines, and recognise the new line if the add's answer is lost.
public struct Preflight: Sendable, Hashable {
    public var lines: [ListedLine]

    public init(lines: [ListedLine]) { self.lines = lines }

    public var configIDs: Set<Int> { Set(lines.map(\.configID)) }
    public var cloudCount: Int { lines.filter { $0.type == .cloud }.count }
    public var officeCount: Int { lines.filter { $0.type == .office }.count }
    public var titles: [String] { lines.map(\.title) }
}
