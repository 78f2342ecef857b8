import ArgumentParser
import SandboxPortal
import TextSafety
import Words
import Platform

/// `sipline sandbox`: the sandbox portal as a server on loopback, for training, demos and outside tests.
struct SandboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration.words(
        "sandbox", abstract: .sandboxAbstract, discussion: .sandboxDiscussion)

    @Option(help: .words(.sandboxPort)) var port: Int = 0
    @Option(help: .words(.sandboxState, valueName: "file")) var state: String?
    @Option(help: .words(.sandboxMaxCloudLines)) var maxCloudLines: Int = 5
    @Flag(help: .words(.sandboxFaultInjection, visibility: .hidden)) var allowFaultInjection = false
    @OptionGroup var language: LanguageOption

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError(processWords(SandboxPhrase.portOutOfRange(port: port))) }
        guard maxCloudLines >= 0 else {
            throw ValidationError(processWords(SandboxPhrase.maxCloudLinesNegative(value: maxCloudLines)))
        }
    }

    func run() async throws {
        var configuration = SandboxConfiguration()
        configuration.port = port
        configuration.statePath = state
        configuration.maxCloudLines = maxCloudLines
        configuration.faultControlOverHTTP = allowFaultInjection
        do {
            try await runSandboxUntilSignal(configuration) { url in StandardStreams.print(url) }
        } catch let error as SandboxError where error.isStateFileProblem {
            StandardStreams.printError("sipline: " + VisibleText.escapeLines(error.description) + ".")
            throw ExitCode(ExitStatus.configuration.rawValue)
        }
    }
}
