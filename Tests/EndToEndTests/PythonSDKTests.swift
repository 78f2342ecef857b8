import BitrixJSON
import Foundation
import TestSupport
import Testing

/// `sipline sandbox` driven by a real client written by others: the official Python SDK, b24pysdk 1.3.2 from PyPI,
/// installed in a venv under .build the first time (skipped, saying why, when PyPI cannot be reached). The driver
/// (Tests/Clients/b24pysdk_drive.py) puts a TLS front on loopback before the sandbox, since the SDK speaks only
/// https, and patches nothing in the SDK.
@Suite("b24pysdk against `sipline sandbox`",
       .enabled(if: PythonSDK.python != nil,
                "b24pysdk could not be installed in a venv (PyPI cannot be reached, or python3 -m venv is missing)"))
struct PythonSDKTests {
    @Test("add cloud/office, batch, every page, filter, TITLE_EXISTS, status, halt, delete — all through b24pysdk")
    func officialPythonSDK() async throws {
        let python = try #require(PythonSDK.python)
        let home = try CommandHome()
        let sandbox = try home.start(["sandbox", "--port", "0", "--max-cloud-lines", "10"])
        var url = ""
        let deadline = Date().addingTimeInterval(30)
        while url.isEmpty, Date() < deadline {
            url = sandbox.stdoutSoFar.split(separator: "\n").first.map(String.init) ?? ""
            try await Task.sleep(for: .milliseconds(20))
        }
        try #require(url.hasPrefix("http://127.0.0.1:"), "the sandbox printed no webhook URL")

        let script = TmuxSession.packageRoot.appendingPathComponent("Tests/Clients/b24pysdk_drive.py").path
        let driven = TmuxSession.run([python, script, url, home.path])
        let report = try JSONValue.parse(driven.output)
        #expect(driven.status == 0, "b24pysdk: \(driven.output)\(driven.error.suffix(2000))")
        #expect(report["failures"]?.arrayValue?.isEmpty == true, "\(report["failures"] ?? .null)")
        let checks = report.objectValue?.filter { $0.key != "failures" } ?? [:]
        #expect(checks.count == 13, "checks run: \(checks.keys.sorted())")
        #expect(checks.values.allSatisfy { $0 == .bool(true) })

        // What the SDK did, seen through sipline's own client: 54 lines, every page.
        let listed = try await home.run(["list", "--json"], webhook: url)
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(try JSONValue.parse(listed.stdout).arrayValue?.count == 54)

        sandbox.interrupt()
        #expect(try await sandbox.wait().status == 0)
    }
}

/// The venv with b24pysdk, made once per build folder.
enum PythonSDK {
    static let version = "1.3.2"

    /// The venv's python, or nil (with the reason printed) when b24pysdk cannot be installed.
    static let python: String? = {
        let venv = TmuxSession.packageRoot.appendingPathComponent(".build/b24pysdk-venv").path
        let python = venv + "/bin/python"
        let check = [python, "-c", "import b24pysdk, sys; sys.exit(b24pysdk.__version__ != '\(version)')"]
        if TmuxSession.run(check).status == 0 { return python }
        let made = TmuxSession.run(["python3", "-m", "venv", "--clear", venv])
        guard made.status == 0 else {
            print("b24pysdk test skipped: python3 -m venv failed: \(made.error)")
            return nil
        }
        let installed = TmuxSession.run([python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                                         "--timeout", "20", "b24pysdk==\(version)"])
        guard installed.status == 0, TmuxSession.run(check).status == 0 else {
            print("b24pysdk test skipped: PyPI could not be reached or b24pysdk \(version) not installed: "
                  + installed.error.suffix(500))
            return nil
        }
        return python
    }()
}
