import SIPLineService
import TextSafety
import Words

/// The text written by "save details": every field the portal returned for the line, secrets included (the file is
/// 0600), one `KEY: value` per line so it can be read aloud on the phone or pasted; unsafe characters made visible.
enum DetailsFile {
    /// `format`: the PBX configuration last shown (`c`), written after the fields with its secret (the file is 0600).
    static func contents(_ line: CreatedLine, registration: RegistrationWatch?, portal: PortalInUse?, words: Words,
                         format: PBXConfigFormat? = nil) -> String {
        var rows: [(String, String)] = []
        if let portal {
            rows.append(("PORTAL", portal.isSandbox ? words(ResultPhrase.sandboxHost(portal.host)) : portal.host))
        }
        for field in LineField.allCases {
            guard let value = line.value(of: field), value != .null else { continue }
            rows.append((field.key, value.shown))
        }
        for (key, value) in line.otherFields where value != .null { rows.append((key, value.shown)) }
        if let status = registration?.latest {
            rows.append(("STATUS_RESULT", status.result.rawValue))
            if let code = status.statusCode { rows.append(("STATUS_CODE", String(code))) }
            if let message = status.errorMessage { rows.append(("ERROR_MESSAGE", message)) }
            if let updated = status.lastUpdated { rows.append(("LAST_UPDATED", updated)) }
        }
        let body = rows.map { "\($0): \(VisibleText.escape($1))" }
        var text = (["# " + words(ResultPhrase.detailsFileHeader)] + body).joined(separator: "\n") + "\n"
        if let format, let side = try? OfficePBXSide(line: line) {
            let snippet = PBXConfigWriter(words: words, revealPassword: true).write(side, format: format)
            text += "\n" + snippet.split(separator: "\n", omittingEmptySubsequences: false)
                .map { VisibleText.escape($0) }.joined(separator: "\n")
        }
        return text
    }
}
