import TextSafety
import Foundation
import Testing
@testable import WizardCore
import Words

/// Golden frames: `frame.plainText` compared with `Golden/<name>.txt` next to this test target's sources (found
/// through `#filePath`, so re-recording writes into the source tree for review as text in the repository).
/// Re-record with `SIPLINE_RECORD_GOLDEN=1 swift test --filter WizardCoreTests`. A frame drawn in Russian
/// (`Drive.$words`) is compared with `Golden/ru-<name>.txt`, next to its English twin.
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Golden")

    static var recording: Bool { ProcessInfo.processInfo.environment["SIPLINE_RECORD_GOLDEN"].map { !$0.isEmpty } ?? false }

    static func assert(_ frame: Frame, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        assertFits(frame, sourceLocation: sourceLocation)
        assertNothingCut(frame, sourceLocation: sourceLocation)
        let file = (Drive.words.language == .english ? "" : Drive.words.language.rawValue + "-") + name
        let url = directory.appendingPathComponent(file + ".txt")
        let actual = frame.plainText + "\n"
        if recording {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            #expect(throws: Never.self, sourceLocation: sourceLocation) {
                try actual.write(to: url, atomically: true, encoding: .utf8)
            }
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("No golden \(file).txt: record it with SIPLINE_RECORD_GOLDEN=1", sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            Issue.record("Frame differs from golden \(file).txt:\n\(diff(expected, actual))", sourceLocation: sourceLocation)
        }
    }

    /// Exactly `rows` lines, none wider than `columns` display columns.
    static func assertFits(_ frame: Frame, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(frame.lines.count == frame.size.rows, sourceLocation: sourceLocation)
        for (row, line) in frame.lines.enumerated() {
            let width = line.spans.reduce(0) { $0 + DisplayWidth.of($1.text) }
            #expect(width <= frame.size.columns, "row \(row) is \(width) columns wide", sourceLocation: sourceLocation)
        }
        if let cursor = frame.cursor {
            #expect(cursor.row >= 0 && cursor.row < frame.size.rows, sourceLocation: sourceLocation)
            #expect(cursor.column >= 0 && cursor.column < frame.size.columns, sourceLocation: sourceLocation)
        }
    }

    /// No text ran past a border. The canvas cuts a row at the frame's edge and a box cuts a row at its frame,
    /// silently; the painters leave a blank column before either, so a row that reaches the edge with a letter (or
    /// a box row whose text touches its right bar) was cut. Rule rows are all one glyph; the header ends in a space.
    static func assertNothingCut(_ frame: Frame, sourceLocation: SourceLocation = #_sourceLocation) {
        for (row, line) in frame.lines.enumerated() {
            let text = line.spans.map(\.text).joined()
            let width = DisplayWidth.of(text)
            if width == frame.size.columns, Set(text).count > 1 {
                #expect(text.last == " ", "row \(row) runs past the right edge: \(text)", sourceLocation: sourceLocation)
            }
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if let first = trimmed.first, let last = trimmed.last, trimmed.count > 2, boxBars.contains(first),
               boxBars.contains(last) {
                let inside = trimmed.dropLast()
                #expect(inside.last == " ", "row \(row) runs into its box's border: \(text)", sourceLocation: sourceLocation)
            }
        }
    }

    private static let boxBars: Set<Character> = ["│", "|"]

    private static func diff(_ expected: String, _ actual: String) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var out: [String] = []
        for index in 0..<max(old.count, new.count) {
            let a = index < old.count ? String(old[index]) : "<none>"
            let b = index < new.count ? String(new[index]) : "<none>"
            if a != b { out.append("row \(index)\n  golden: \(a)\n  actual: \(b)") }
        }
        return out.joined(separator: "\n")
    }
}
