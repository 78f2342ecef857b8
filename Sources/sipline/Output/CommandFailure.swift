import TextSafety
import ArgumentParser
import BitrixJSON
import PortalConfig
import SIPLineService
import Words

/// Why a command ended without doing its job: the exit status of product.md's table, a code for `--json`
/// (the portal's own code when it sent one), and a redacted message a support person can act on, in the process's
/// language (`--json`'s `error_description` too; its keys stay Bitrix24's).
struct CommandFailure: Error, Sendable {
    var status: ExitStatus
    var code: String
    var message: String
    /// Further lines for a person (e.g. every invalid field); in JSON they join the description.
    var details: [String] = []

    /// `message` and `details` already in the process's words.
    init(status: ExitStatus, code: String, message: String, details: [String] = []) {
        self.status = status
        self.code = code
        self.message = message
        self.details = details
    }

    init(status: ExitStatus, code: String, message: some Phrase, details: [String] = []) {
        self.init(status: status, code: code, message: processWords(message), details: details)
    }

    init(_ error: SIPLineError) {
        status = ExitStatus(error.kind)
        message = processWords(error.phrase)
        switch error.kind {
        case .invalidDraft(let issues):
            code = "INVALID_FIELDS"
            let errors = issues.filter { $0.severity == .error }
            details = errors.map { processWords($0.fieldPhrase) }
            if !errors.isEmpty { message = processWords(CommandPhrase.invalidFields(count: errors.count)) }
        case .unavailable: code = error.portalCode ?? "PORTAL_UNAVAILABLE"
        case .authentication: code = error.portalCode ?? "AUTHENTICATION_FAILED"
        case .missingScope: code = error.portalCode ?? "insufficient_scope"
        case .missingRight: code = error.portalCode ?? "ACCESS_DENIED"
        case .wrongAuthType: code = error.portalCode ?? "WRONG_AUTH_TYPE"
        case .titleExists: code = error.portalCode ?? "TITLE_EXISTS"
        case .maxCloudLines: code = error.portalCode ?? "MAX_CLOUD_PBX"
        case .fieldErrors(let messages):
            code = error.portalCode ?? "CHECK_FIELDS_ERROR"
            details = messages.map(VisibleText.escape)
        case .notFound: code = error.portalCode ?? "ERROR_NOT_FOUND"
        case .refused(let portalCode): code = portalCode
        }
    }

    init(_ error: PortalResolutionError) {
        status = error.exitStatus
        switch error.kind {
        case .usage: code = "USAGE"
        case .configuration: code = "CONFIGURATION"
        case .noPortal: code = "NO_PORTAL"
        }
        message = processWords(error.phrase)
    }

    static let interrupted = CommandFailure(status: .cancelled, code: "INTERRUPTED", message: CommandPhrase.interrupted)
}

/// How a command reports: one JSON document on stdout with `--json`, else readable text (errors on stderr).
struct CommandOutput: Sendable {
    var json: Bool

    func emit(_ document: JSONValue) {
        StandardStreams.print(document.serialized(pretty: true))
    }

    /// Reports the failure and returns the `ExitCode` to throw (ArgumentParser then exits quietly with it).
    func fail(_ failure: CommandFailure) -> ExitCode {
        if json, failure.status == .usage {
            UsageReport.emit(message: ([failure.message] + failure.details).joined(separator: "\n"))
        } else if json {
            let description = ([failure.message] + failure.details).joined(separator: "\n")
            StandardStreams.print(LineJSON.error(code: failure.code, description: description).serialized(pretty: true))
        } else {
            // The message may quote a config file's line or a portal's words: shown, never interpreted.
            StandardStreams.printError("sipline: " + VisibleText.escapeLines(failure.message))
            for detail in failure.details { StandardStreams.printError("  " + VisibleText.escapeLines(detail)) }
        }
        return ExitCode(failure.status.rawValue)
    }
}
