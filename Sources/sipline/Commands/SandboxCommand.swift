import ArgumentParser
import SandboxPortal
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// `sipline sandbox`: the sandbox portal as a server on loopback, for training, demos and outside tests.
struct SandboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sandbox",
        abstract: "Run the sandbox portal on 127.0.0.1 (prints its webhook URL first, serves until Ctrl-C).",
        discussion: """
            The sandbox speaks the Bitrix24 REST contract of voximplant.sip.* with the portal's own rules, in memory
            or in a state file. Nothing leaves the machine. The first line on stdout is the webhook URL to give to
            sipline, e.g.:
              sipline sandbox --port 40123 &
              SIPLINE_WEBHOOK=http://127.0.0.1:40123/rest/1/<code>/ sipline list
            """
    )

    @Option(help: "Port to listen on (0 picks a free one).")
    var port: Int = 0

    @Option(help: ArgumentHelp("Keep the sandbox's lines in this JSON file across restarts.", valueName: "file"))
    var state: String?

    @Option(help: "How many cloud lines the sandbox portal allows (MAX_CLOUD_PBX past it).")
    var maxCloudLines: Int = 5

    @Flag(help: ArgumentHelp(
        "Accept fault injection on POST /_sandbox/faults (for tests and demos of slow or broken portals).",
        visibility: .hidden))
    var allowFaultInjection = false

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0…65535, not \(port).") }
        guard maxCloudLines >= 0 else { throw ValidationError("--max-cloud-lines must be 0 or more, not \(maxCloudLines).") }
    }

    func run() async throws {
        var configuration = SandboxConfiguration()
        configuration.port = port
        configuration.statePath = state
        configuration.maxCloudLines = maxCloudLines
        configuration.faultControlOverHTTP = allowFaultInjection
        do {
            try await runSandboxUntilSignal(configuration) { url in
                print(url)
                fflush(stdout)
            }
        } catch let error as SandboxError where error.isStateFileProblem {
            Terminal.printError("sipline: \(error.description).")
            throw ExitCode(ExitStatus.configuration.rawValue)
        }
    }
}
