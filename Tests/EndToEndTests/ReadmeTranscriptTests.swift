import Foundation
import Testing
import TestSupport

/// README's plain-mode transcript is what the program prints: its command is run as written (the answers piped into
/// `sipline --plain --sandbox`), and every line the README shows must come out, in the same order (the sandbox's
/// port aside, which changes every run).
@Suite struct ReadmeTranscriptTests {
    @Test func thePlainModeTranscriptIsWhatTheProgramPrints() async throws {
        let readme = try String(contentsOf: TmuxSession.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.range(of: "## Plain line prompts"))
        let block = try #require(readme[section.upperBound...].split(separator: "```", maxSplits: 2).dropFirst().first)
        let lines = block.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let command = try #require(lines.first { $0.hasPrefix("$ printf '") })
        let answers = try #require(command.split(separator: "'").dropFirst().first)
        #expect(command.hasSuffix("| sipline --plain --sandbox"))
        // The server check's warning comes when this machine's resolver answers (it may come later, or not at all
        // when the run is over first): its lines are not held to a place.
        let shown = lines.drop { !$0.hasPrefix("…") }.dropFirst()
            .filter { !$0.isEmpty && !$0.hasPrefix("Warning:") && !$0.hasPrefix("         ") }

        let home = try CommandHome()
        let run = try await home.run(["--plain", "--sandbox"],
                                     stdin: answers.replacingOccurrences(of: "\\n", with: "\n"))
        #expect(run.status == 0, "\(run.allOutput)")
        let printed = (run.stdout.split(separator: "\n").map(String.init)).map(Self.withoutPort)
        var next = printed.startIndex
        for line in shown.map(Self.withoutPort) {
            guard let found = printed[next...].firstIndex(of: line) else {
                Issue.record("README shows a line the program did not print (in this order): \(line)\n\(run.stdout)")
                return
            }
            next = found + 1
        }
    }

    /// 127.0.0.1:40123 → 127.0.0.1:PORT.
    static func withoutPort(_ line: String) -> String {
        line.replacing(/127\.0\.0\.1:\d+/, with: "127.0.0.1:PORT")
    }
}
