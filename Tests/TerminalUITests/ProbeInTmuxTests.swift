import TestSupport
import Foundation
import Testing

/// terminal-probe driven through tmux at 80×24, as a person would use it.
@Suite("terminal-probe in tmux", .enabled(if: TmuxSession.isAvailable, "tmux is not installed; CI installs it"))
struct ProbeInTmuxTests {
    private let probe = TmuxSession.probePath
    private let environment = TmuxSession.probeEnvironment

    /// Runs the probe under a shell that reports its exit status and keeps the pane open afterwards.
    private func startProbe(_ arguments: String = "", prefix: String = "", columns: Int = 80, rows: Int = 24,
                            recordingStty directory: String? = nil) throws -> TmuxSession {
        let before = directory.map { "stty -g > \($0)/before; " } ?? ""
        let after = directory.map { "stty -g > \($0)/after; " } ?? ""
        let command = "\(before)\(environment) \(prefix) \(probe) \(arguments); echo \"exit status $?\"; \(after)sleep 60"
        let session = try TmuxSession(command, columns: columns, rows: rows)
        let (started, screen) = session.wait(for: "Name:")
        #expect(started, "the probe did not draw its screen:\n\(screen)")
        return session
    }

    private func temporaryDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "sipline-tui-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test("typed text (Latin, Cyrillic, CJK) and named keys are decoded; the cursor rests at the edit point")
    func typing() throws {
        let session = try startProbe()
        session.type("abcПривет你好")
        let typed = session.wait(for: "Name: abcПривет你好")
        #expect(typed.found, "\(typed.screen)")
        session.send("BSpace")
        #expect(session.wait(for: "last input: backspace").found)
        #expect(session.wait(for: "Name: abcПривет你\n").found)
        // "Name: " (6) + "abc" (3) + "Привет" (6) + "你" (2 cells)
        #expect(session.format("#{cursor_x},#{cursor_y}") == "17,2")
        #expect(session.format("#{cursor_flag}") == "1")

        let named: [(String, String)] = [
            ("Up", "up"), ("Down", "down"), ("Left", "left"), ("Right", "right"), ("Home", "home"), ("End", "end"),
            ("NPage", "pageDown"), ("PPage", "pageUp"), ("DC", "delete"), ("Tab", "tab"), ("BTab", "backTab"),
            ("Enter", "enter"), ("F1", "function(1)"), ("F12", "function(12)"), ("C-a", "control(\"a\")"),
            ("C-w", "control(\"w\")"),
        ]
        for (tmuxKey, shown) in named {
            session.send(tmuxKey)
            let seen = session.wait(for: "last input: \(shown)\n")
            #expect(seen.found, "\(tmuxKey) should show as \(shown):\n\(seen.screen)")
        }
        // Ctrl-L is the terminal's business: the screen is redrawn and the probe never sees the key.
        session.send("C-l")
        session.send("Home")
        let redrawn = session.wait(for: "last input: home")
        #expect(redrawn.found)
        #expect(redrawn.screen.contains("Name: abcПривет你"))
        #expect(!redrawn.screen.contains("control(\"l\")"))

        // Escape then a key in one burst (typed within ESCDELAY, or an Alt chord) is Escape and then that key:
        // nothing typed is dropped, and it is never taken for end of input.
        for _ in 0..<3 { session.send("M-b") }
        session.type("!")
        let afterAlt = session.wait(for: "Name: abcПривет你bbb!")
        #expect(afterAlt.found, "\(afterAlt.screen)")
        #expect(afterAlt.screen.contains("last input: character(\"!\")"))
    }

    @Test("terminal answers never reach the field; a bracketed paste arrives whole, its newline no Enter")
    func answersAndPaste() throws {
        let session = try startProbe()
        session.type("ab")
        #expect(session.wait(for: "Name: ab").found)
        // A cursor position report, focus in and out, an OSC colour answer: bytes as a terminal sends them.
        session.sendBytes("\u{1B}[12;40R\u{1B}[I\u{1B}[O\u{1B}]11;rgb:0000/0000/0000\u{07}")
        session.type("c")
        let answered = session.wait(for: "last input: character(\"c\")")
        #expect(answered.found, "\(answered.screen)")
        #expect(answered.screen.contains("Name: abc\n"), "\(answered.screen)")
        // tmux brackets a paste only for a program that turned bracketed paste mode on: this checks that too.
        session.paste("https://b24.example.com/rest/1/c0de/\n")
        let pasted = session.wait(for: "last input: paste(")
        #expect(pasted.found, "\(pasted.screen)")
        #expect(pasted.screen.contains("Name: abchttps://b24.example.com/rest/1/c0de/\n"), "\(pasted.screen)")
        session.send("q")
    }

    @Test("below 80×24 a please-enlarge screen; growing back restores the field and the new size")
    func resize() throws {
        let session = try startProbe()
        session.type("keep me")
        #expect(session.wait(for: "Name: keep me").found)
        session.resize(columns: 60, rows: 20)
        let small = session.wait(for: "(this one is 60×20)")
        #expect(small.found, "\(small.screen)")
        #expect(!small.screen.contains("Name:"))
        session.resize(columns: 100, rows: 30)
        let (back, screen) = session.wait { $0.contains("Name: keep me") && $0.contains("100×30") }
        #expect(back, "\(screen)")
        #expect(screen.contains("last input: resize 100×30"))
    }

    @Test("Ctrl-C exits with the terminal exactly as before: stty, normal screen, cursor shown")
    func controlC() throws {
        let directory = try temporaryDirectory()
        let session = try startProbe(recordingStty: directory)
        session.type("draft")
        #expect(session.wait(for: "Name: draft").found)
        session.send("C-c")
        let exited = session.wait(for: "exit status 130")
        #expect(exited.found, "\(exited.screen)")
        #expect(exited.screen.contains("terminal-probe: interrupted; field was [draft]"))
        let (recorded, _) = session.wait { _ in holdsALine(directory + "/after") }
        #expect(recorded)
        let before = try String(contentsOfFile: directory + "/before", encoding: .utf8)
        let after = try String(contentsOfFile: directory + "/after", encoding: .utf8)
        #expect(!before.isEmpty)
        #expect(before == after)
        #expect(session.format("#{alternate_on}") == "0")
        #expect(session.format("#{cursor_flag}") == "1")
    }

    @Test("q quits with status 0 and the same stty settings")
    func quit() throws {
        let directory = try temporaryDirectory()
        let session = try startProbe(recordingStty: directory)
        session.send("q")
        #expect(session.wait(for: "exit status 0").found)
        let (recorded, _) = session.wait { _ in holdsALine(directory + "/after") }
        #expect(recorded)
        let before = try String(contentsOfFile: directory + "/before", encoding: .utf8)
        let after = try String(contentsOfFile: directory + "/after", encoding: .utf8)
        #expect(before == after)
    }

    @Test("SIGTERM reaches the loop as an event: the probe restores the terminal and exits")
    func terminate() throws {
        let directory = try temporaryDirectory()
        let session = try startProbe(recordingStty: directory)
        let pid = try #require(session.probeProcessID())
        kill(pid, SIGTERM)
        let exited = session.wait(for: "exit status 1")
        #expect(exited.found, "\(exited.screen)")
        #expect(exited.screen.contains("terminal-probe: signal terminate"))
        let (recorded, _) = session.wait { _ in holdsALine(directory + "/after") }
        #expect(recorded)
        let before = try String(contentsOfFile: directory + "/before", encoding: .utf8)
        let after = try String(contentsOfFile: directory + "/after", encoding: .utf8)
        #expect(before == after)
    }

    @Test("Ctrl-Z hands the terminal back to an interactive shell; fg brings the screen back with the input")
    func suspend() throws {
        let directory = try temporaryDirectory()
        // Job control needs a real interactive shell: in `sh -c` the probe's process group is orphaned and the
        // kernel discards SIGTSTP.
        let session = try TmuxSession("\(environment) PS1='$ ' bash --norc --noprofile -i")
        #expect(session.wait { $0.hasPrefix("$") }.0)
        session.type("stty -g > \(directory)/before; \(environment) \(probe)")
        session.send("Enter")
        #expect(session.wait(for: "Name:").found)
        session.type("kept")
        #expect(session.wait(for: "Name: kept").found)
        session.send("C-z")
        let stopped = session.wait(for: "Stopped")
        #expect(stopped.found, "\(stopped.screen)")
        #expect(session.format("#{alternate_on}") == "0")
        #expect(session.format("#{cursor_flag}") == "1")
        session.type("stty -g > \(directory)/during")
        session.send("Enter")
        let (recorded, _) = session.wait { _ in holdsALine(directory + "/during") }
        #expect(recorded)
        let before = try String(contentsOfFile: directory + "/before", encoding: .utf8)
        let during = try String(contentsOfFile: directory + "/during", encoding: .utf8)
        #expect(!before.isEmpty)
        #expect(before == during)

        session.type("fg")
        session.send("Enter")
        let (back, restored) = session.wait { $0.contains("Name: kept") && $0.contains("last input: resize 80×24") }
        #expect(back, "\(restored)")
        #expect(session.format("#{alternate_on}") == "1")
        session.send("q")
        #expect(session.wait(for: "terminal-probe: quit; field was [kept]").found)
    }

    @Test("Escape arrives as a key, with a short delay unless ESCDELAY or an option says otherwise")
    func escape() throws {
        let session = try startProbe()
        #expect(session.capture().contains("esc 100ms"))
        session.send("Escape")
        #expect(session.wait(for: "last input: escape").found)

        let fromEnvironment = try startProbe(prefix: "ESCDELAY=25")
        #expect(fromEnvironment.capture().contains("esc 25ms"))
        let fromOption = try startProbe("--esc-delay 10")
        #expect(fromOption.capture().contains("esc 10ms"))
    }

    @Test("NO_COLOR and --no-color drop colours but keep focus reverse and bold")
    func noColor() throws {
        let colored = try startProbe()
        #expect(colored.capture().contains("unicode color"))
        let coloredFocus = SGRScreen(colored.capture(escapes: true)).rendition(at: "Name:")
        #expect(coloredFocus?.reverse == true)
        #expect(coloredFocus?.foreground != nil)

        for (prefix, arguments) in [("NO_COLOR=1", ""), ("", "--no-color")] {
            let session = try startProbe(arguments, prefix: prefix)
            #expect(session.capture().contains("unicode mono"))
            let screen = SGRScreen(session.capture(escapes: true))
            let focus = screen.rendition(at: "Name:")
            #expect(focus?.reverse == true, "focus must stay visible without colour")
            #expect(focus?.bold == true)
            #expect(focus?.foreground == nil)
            #expect(screen.renditions.allSatisfy { $0.foreground == nil })
        }
        let empty = try startProbe(prefix: "NO_COLOR=")
        #expect(empty.capture().contains("unicode color"), "an empty NO_COLOR does not count")
    }

    @Test("TERM=linux and a non-UTF-8 locale get ASCII glyphs")
    func asciiFallback() throws {
        let linux = try startProbe(prefix: "TERM=linux")
        #expect(linux.capture().contains("ascii"))
        // The footer is drawn after "Name:" (what startProbe waits for): wait for it too.
        #expect(linux.wait(for: "q quit * Ctrl-C quit").found)
        let cLocale = try startProbe(prefix: "LANG=C")
        #expect(cLocale.capture().contains("ascii"))
    }

    @Test("a locale that is not installed falls back to C.UTF-8 for characters")
    func missingLocale() throws {
        let session = try startProbe(prefix: "LANG=ru_RU.UTF-8")
        #expect(session.capture().contains("unicode"))
        session.type("Привет")
        #expect(session.wait(for: "Name: Привет").found)
    }

    @Test("a wake handle used from another task reaches the loop; timeouts come back as ticks")
    func wakeAndTimeout() throws {
        let woken = try startProbe("--wake-after 50")
        let seen = woken.wait(for: "last input: wake")
        #expect(seen.found, "\(seen.screen)")
        let ticking = try startProbe("--tick 20")
        #expect(ticking.wait(for: "last input: tick 3").found)
        ticking.type("x")
        #expect(ticking.wait(for: "Name: x").found)
    }

    @Test("TERM=dumb and an unknown TERM give a clear message and status 2")
    func unusableTerminals() throws {
        let dumb = try TmuxSession("\(environment) TERM=dumb \(probe); echo \"exit status $?\"; sleep 60")
        let dumbResult = dumb.wait(for: "exit status 2")
        #expect(dumbResult.found, "\(dumbResult.screen)")
        #expect(dumbResult.screen.contains("terminal-probe: TERM=dumb cannot show the full-screen wizard"))

        let unknown = try TmuxSession("\(environment) TERM=no-such-term \(probe); echo \"exit status $?\"; sleep 60")
        let unknownResult = unknown.wait(for: "exit status 2")
        #expect(unknownResult.found, "\(unknownResult.screen)")
        #expect(unknownResult.screen.contains("no terminal description for TERM=no-such-term"))
    }
}

@Suite("terminal-probe without a terminal")
struct ProbeWithoutTerminalTests {
    @Test("stdin that is not a terminal: a clear message and status 2, not a crash")
    func notATerminal() {
        let result = TmuxSession.run([TmuxSession.probePath], environment: ["TERM": "xterm-256color"])
        #expect(result.status == 2)
        #expect(result.error.contains("standard input and output must be a terminal"))
        #expect(result.output.isEmpty)
    }
}

/// The shell creates a redirected file before stty writes into it: wait for the whole line, not for the file.
private func holdsALine(_ path: String) -> Bool {
    ((try? String(contentsOfFile: path, encoding: .utf8)) ?? "").hasSuffix("\n")
}
