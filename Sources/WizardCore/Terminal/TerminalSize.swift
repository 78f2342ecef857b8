import Words
/// A terminal's size in character cells.
public struct TerminalSize: Hashable, Sendable, CustomStringConvertible {
    public var columns: Int
    public var rows: Int

    public init(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
    }

    /// The smallest terminal the wizard draws its screens in; below it, a "please enlarge" screen.
    public static let minimum = TerminalSize(columns: 80, rows: 24)

    public var fitsWizard: Bool { columns >= Self.minimum.columns && rows >= Self.minimum.rows }

    public var description: String { "\(columns)×\(rows)" }
}
