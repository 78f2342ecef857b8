import TextSafety
import Foundation
import Testing
@testable import WizardCore
import Words

/// Golden frames: `frame.plainText` compared with `Golden/<name>.txt` next to this test target's sources (found
/// through `#filePath`, so re-recording writes into the source tree for review as text in the repository).
/// Re-record with `SIPLINE_RECORD_GOLDEN=1 swift test --filter WizardCoreTests`.
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Golden")

    static var recording: Bool { ProcessInfo.processInfo.environment["SIPLINE_RECORD_GOLDEN"].map { !$0.isEmpty } ?? false }

    static func assert(_ frame: Frame, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        assertFits(frame, sourceLocation: sourceLocation)
        let url = directory.appendingPathComponent(name + ".txt")
        let actual = frame.plainText + "\n"
        if recording {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            #expect(throws: Never.self, sourceLocation: sourceLocation) {
                try actual.write(to: url, atomically: true, encoding: .utf8)
            }
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("No golden \(name).txt: record it with SIPLINE_RECORD_GOLDEN=1", sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            Issue.record("Frame differs from golden \(name).txt:\n\(diff(expected, actual))", sourceLocation: sourceLocation)
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
