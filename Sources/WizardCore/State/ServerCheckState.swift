import Words
import SIPLineService

/// The background check of the server typed (RFC 3263 resolution and a SIP OPTIONS, from this machine), started when
/// the person leaves the server step. Never an error: a warning under the server field and a line on review.
public struct ServerCheckState: Sendable, Equatable {
    /// The server as sent to be checked (normalized).
    public var server: String
    /// Nil while the check runs.
    public var report: ServerCheckReport?

    /// The check is of what the form holds now.
    func isAbout(_ form: FormState) -> Bool {
        server == DraftValidator.normalized(form.draft).server
    }

    /// What to say under the server field: only when something is wrong (a server that answers needs no words).
    var warning: Notice? {
        guard let report, report.verdict != .answered else { return nil }
        return Notice(.warning, report.finding)
    }

    /// What review says of the server, in one line: the verdict, once known (the server step says more).
    var reviewLine: Notice? {
        guard let report else { return nil }
        return Notice(report.verdict == .answered ? .info : .warning,
                      ReviewPhrase.serverChecked(server: server, summary: AnyPhrase(report.summary)))
    }
}
