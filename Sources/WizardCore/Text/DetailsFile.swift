import TextSafety
import BitrixJSON
import SIPLineService

/// The text written by "save details": every field of the add result, secrets included (the file is 0600), one
/// `KEY: value` per line so it can be read aloud on the phone or pasted.
enum DetailsFile {
    static func contents(_ line: CreatedLine, registration: RegistrationWatch?, context: WizardContext) -> String {
        var rows: [(String, String?)] = [
            ("PORTAL", context.portalHost + (context.isSandbox ? " (sandbox)" : "")),
            ("ID", line.id.map(String.init)),
            ("CONFIG_ID", String(line.configID)),
            ("TYPE", line.type.rawValue),
            ("TITLE", line.title),
            ("SERVER", line.server),
            ("LOGIN", line.login),
            ("PASSWORD", line.password),
            ("AUTH_USER", line.authUser),
            ("OUTBOUND_PROXY", line.outboundProxy),
            ("DETECT_LINE_NUMBER", line.detectLineNumber.map { $0 ? "Y" : "N" }),
            ("LINE_DETECT_HEADER_ORDER", line.lineDetectHeaderOrder),
            ("REGISTRATION_STATUS_CODE", line.registrationStatusCode.map(String.init)),
            ("REGISTRATION_ERROR_MESSAGE", line.registrationErrorMessage),
            ("REG_ID", line.regID.map(String.init)),
            ("INCOMING_SERVER", line.incomingServer),
            ("INCOMING_LOGIN", line.incomingLogin),
            ("INCOMING_PASSWORD", line.incomingPassword),
        ]
        for key in line.extra.keys.sorted() {
            rows.append((key, text(of: line.extra[key] ?? .null)))
        }
        if let status = registration?.latest {
            rows.append(("STATUS_RESULT", status.result.rawValue))
            rows.append(("STATUS_CODE", status.statusCode.map(String.init)))
            rows.append(("ERROR_MESSAGE", status.errorMessage))
            rows.append(("LAST_UPDATED", status.lastUpdated))
        }
        let body = rows.compactMap { key, value in value.map { "\(key): \(VisibleText.escape($0))" } }
        return (["# sipline: SIP line details. Holds secrets: keep this file private."] + body)
            .joined(separator: "\n") + "\n"
    }

    private static func text(of value: JSONValue) -> String {
        if case .string(let string) = value { return string }
        return value.serialized()
    }
}
