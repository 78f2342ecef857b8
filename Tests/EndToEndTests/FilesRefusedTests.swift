import BitrixJSON
import Foundation
import Testing

/// A config file, a wizard's draft or a sandbox state file that is not what it should be: corrupt, cut short, a symbolic link, a FIFO,
/// another user's. Each gets a message naming the file and the problem, exit status 78, no hang, and the file left
/// exactly as it was.
@Suite struct FilesRefusedTests {
    enum Shape: String, CaseIterable {
        case corrupt, truncated, symlink, fifo, foreign
    }

    static let validConfig = """
        default = "main"
        [portals.main]
        webhook = "https://b24-4711.bitrix24.com/rest/1/q8x2secretcode7/"

        """

    /// Puts a file of `shape` at `path` (a valid one elsewhere for the symbolic link) and says what to expect in the
    /// message.
    static func make(_ shape: Shape, at path: String, valid: String, home: CommandHome) throws -> String {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        switch shape {
        case .corrupt:
            try home.write("\u{1B}[2J\u{0}{{{ not [this] = = format", to: path)
            return path
        case .truncated:
            try home.write(String(valid.prefix(valid.count / 2)), to: path)
            return path
        case .symlink:
            let target = try home.write(valid, to: "elsewhere-\(UUID().uuidString)")
            try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: target)
            return "symbolic link"
        case .fifo:
            #expect(mkfifo(path, 0o600) == 0)
            return "FIFO"
        case .foreign:
            try home.write(valid, to: path)
            #expect(chown(path, 65534, 65534) == 0)
            return "another user"
        }
    }

    /// Type, mode, owner, size and content, to check nothing was touched.
    static func fingerprint(_ path: String) -> String {
        var info = stat()
        guard lstat(path, &info) == 0 else { return "missing" }
        var text = "\(info.st_mode) \(info.st_uid) \(info.st_size) \(info.st_ino)"
        if info.st_mode & S_IFMT == S_IFREG, let data = FileManager.default.contents(atPath: path) {
            text += " " + data.base64EncodedString()
        }
        return text
    }

    static var isRoot: Bool { getuid() == 0 }

    /// Makes the file at `path` in `shape`, runs sipline with `arguments`, and checks what every refusal shares: exit
    /// 78, the file named, and the file left as it was. Returns the run and the words the message should carry.
    static func refusal(_ shape: Shape, at path: String, valid: String, home: CommandHome, running arguments: [String],
                        stdin: String? = nil) async throws -> (run: CommandRun, expected: String) {
        let expected = try make(shape, at: path, valid: valid, home: home)
        let before = fingerprint(path)
        let run = try await home.run(arguments, stdin: stdin)
        #expect(run.status == 78, "\(run.stdout)\(run.stderr)")
        #expect(run.stderr.contains(path), "\(run.stderr)")
        #expect(fingerprint(path) == before)
        return (run, expected)
    }

    @Test("a config file that cannot be used exits 78, names the file, and is left as it was",
          arguments: Shape.allCases.filter { $0 != .foreign || isRoot })
    func configFile(_ shape: Shape) async throws {
        let home = try CommandHome()
        let (run, expected) = try await Self.refusal(shape, at: home.configFile, valid: Self.validConfig, home: home,
                                                     running: ["list"])
        let before = Self.fingerprint(home.configFile)
        #expect(run.stderr.contains(expected), "\(run.stderr)")
        #expect(!run.stderr.contains("\u{1B}"), "a control character from the file reached the terminal")
        // A command that writes the config (a portal saved) is refused the same way, before writing.
        let json = try await home.run(["list", "--json"])
        #expect(json.status == 78)
        #expect(try JSONValue.parse(json.stdout)["error"] == "CONFIGURATION")
        #expect(Self.fingerprint(home.configFile) == before)
    }

    @Test("a draft file that cannot be used stops the wizard with 78 before anything starts, and is left as it was",
          arguments: Shape.allCases.filter { $0 != .foreign || isRoot })
    func draftFile(_ shape: Shape) async throws {
        let home = try CommandHome()
        let draft = home.file(".local/state/sipline/drafts/20261201120000-4242.json")
        let validDraft = "{\"TYPE\":\"cloud\",\"TITLE\":\"Main office\",\"SERVER\":\"sip.provider.example\",\"LOGIN\":\"user100\",\"portal\":\"\",\"time\":\"2026-12-01T12:00:00Z\"}"
        let (run, expected) = try await Self.refusal(shape, at: draft, valid: validDraft, home: home,
                                                     running: ["--plain", "--sandbox"], stdin: "")
        #expect(run.stdout.isEmpty, "the wizard started: \(run.stdout)")
        #expect(run.stderr.contains(expected), "\(run.stderr)")
        #expect(!run.stderr.contains("\u{1B}"), "a control character from the file reached the terminal")
    }

    @Test("`sipline sandbox --state` with a state file that cannot be used exits 78 and leaves it as it was",
          arguments: Shape.allCases.filter { $0 != .foreign || isRoot })
    func sandboxStateFile(_ shape: Shape) async throws {
        let home = try CommandHome()
        let state = home.file("state.json")
        let validState = "{\"version\":1,\"lines\":[],\"nextID\":1,\"nextConfigID\":11,\"nextRegID\":150901,\"nextIncomingLogin\":11}"
        let (run, expected) = try await Self.refusal(shape, at: state, valid: validState, home: home,
                                                     running: ["sandbox", "--port", "0", "--state", state])
        #expect(run.stdout.isEmpty, "the sandbox started: \(run.stdout)")
        if shape != .corrupt && shape != .truncated { #expect(run.stderr.contains(expected), "\(run.stderr)") }
    }
}
