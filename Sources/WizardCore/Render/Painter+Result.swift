import TextSafety
import SIPLineService

extension Painter {
    func paintResult(_ canvas: inout Canvas) {
        guard let line = state.createdLine else { return }
        let full = columns - 2 * Layout.margin
        var lines: [[Span]]
        if line.type == .office {
            lines = officeLines(line, width: full)
        } else {
            lines = cloudLines(line, width: full)
        }
        let more = moreFields(line)
        if !more.isEmpty {
            lines += prose("More: " + more.joined(separator: " \(glyphs.dot) "), style: .muted)
        }
        if let note = state.createdNote {
            lines.append([])
            lines += noticeLines([Notice(.info, note)])
        }
        var notices: [Notice] = []
        switch state.save.phase {
        case .idle, .asking: break
        case .saving(let path): notices.append(Notice(.info, "Saving to \(path) …"))
        case .saved(let path): notices.append(Notice(.success, "Saved to \(path) (readable only by you)."))
        case .failed(let path, let reason): notices.append(Notice(.error, "Could not save to \(path): \(reason)"))
        }
        if !notices.isEmpty {
            lines.append([])
            lines += noticeLines(notices.map { Notice($0.tone, $0.text) })
        }
        let promptRows = state.save.phase == .asking ? 3 : 0
        put(&canvas, lines, from: 3, last: bodyBottom - promptRows)
        if state.save.phase == .asking { paintSavePrompt(&canvas, row: bodyBottom - 2) }
    }

    /// The person typed this password themselves: it stays masked, so it is never on a screen someone else may see
    /// (screen sharing, a colleague over the shoulder). `r` reveals only what the portal generated.
    private func typedPasswordMask(_ secret: String?) -> String {
        guard let secret, !secret.isEmpty else { return "" }
        return glyphs.mask(8)
    }

    private func mask(_ secret: String?) -> String {
        guard let secret, !secret.isEmpty else { return "" }
        return state.revealSecrets ? value(secret, width: 40) : glyphs.mask(8)
    }

    private func cloudLines(_ line: CreatedLine, width: Int) -> [[Span]] {
        let title = value(line.title, width: width - 50)
        var lines: [[Span]] = [
            [Span(margin), Span(glyphs.success, .success),
             Span(" \(title) is connected to Bitrix24 as a cloud PBX line.", .title)],
            [],
        ]
        let rightWidth = columns - 37 - Layout.margin
        let pairs: [(String, String, String, String)] = [
            ("CONFIG_ID", String(line.configID), "Server", value(line.server, width: rightWidth)),
            ("TYPE", line.type.rawValue, "Login", value(line.login, width: rightWidth)),
            ("REG_ID", line.regID.map(String.init) ?? "", "Password", typedPasswordMask(line.password)),
        ]
        for (leftLabel, leftValue, rightLabel, rightValue) in pairs {
            lines.append([Span(margin), Span(TextLayout.pad(leftLabel, to: 11), .muted),
                          Span(TextLayout.pad(value(leftValue, width: 13), to: 14)),
                          Span(TextLayout.pad(rightLabel, to: 10), .muted), Span(rightValue)])
        }
        lines.append([])
        lines.append([Span(margin + "Registration at " + value(line.server, width: width - 16), .title)])
        lines += registrationLines()
        lines.append([])
        return lines
    }

    private func registrationLines() -> [[Span]] {
        guard let watch = state.registration else {
            return prose("No REG_ID came back, so the registration cannot be followed here.", style: .muted)
        }
        let elapsed = watch.startedAt.map { max(0, state.now - $0) } ?? 0
        let spinner = glyphs.spinner[Int(elapsed * 4) % glyphs.spinner.count]
        if let status = watch.latest, status.result.isFinal {
            let code = status.statusCode.map(String.init) ?? "no code"
            if status.result == .success {
                let words = status.statusCode == 200 || status.statusCode == nil ? "200 OK" : code
                return [[Span(margin), Span(glyphs.success, .success), Span(" registered (\(words))", .success)]]
            }
            var lines = noticeLines([Notice(.error, "failed: \(code) \(glyphs.emDash) "
                + Strings.registrationAdvice(status.statusCode))])
            if let message = status.errorMessage, !message.isEmpty {
                lines += prose("The provider said: " + message, style: .muted,
                               indent: Layout.margin + 2)
            }
            return lines
        }
        if watch.finished {
            var lines: [[Span]] = []
            if watch.gaveUp {
                lines += noticeLines([Notice(.warning, "still not registered after \(watch.polls) checks. "
                    + "Check later with `sipline status \(watch.regID)`.")])
            }
            if let error = watch.pollError {
                lines += noticeLines([Notice(.warning, "could not ask the portal: " + error
                    + " Check later with `sipline status \(watch.regID)`.")])
            }
            return lines
        }
        let phase = watch.latest?.result == .wait ? "waiting" : "in progress"
        let left = "\(margin)\(spinner) \(phase) \(glyphs.ellipsis) \(Int(elapsed)) s"
        var lines = [[Span(TextLayout.pad(left, to: 46)), Span("(updates by itself)", .muted)]]
        if let error = watch.pollError {
            lines += noticeLines([Notice(.warning, "could not ask the portal, trying again: "
                + error)])
        }
        return lines
    }

    private func officeLines(_ line: CreatedLine, width: Int) -> [[Span]] {
        let title = value(line.title, width: width - 60)
        var lines: [[Span]] = [
            [Span(margin), Span(glyphs.success, .success),
             Span(" Office line \"\(title)\" created. Now set up your office PBX:", .title)],
            [],
            [Span(margin + "Enter these on your PBX so that it can send calls to Bitrix24:")],
        ]
        let valueWidth = columns - 14 - Layout.margin - 12
        let rows: [(String, String)] = [
            ("Server", value(line.incomingServer ?? "", width: valueWidth)),
            ("Login", value(line.incomingLogin ?? "", width: valueWidth)),
            ("Password", mask(line.incomingPassword)),
        ]
        for (label, shown) in rows {
            var spans = [Span(margin + "  " + TextLayout.pad(label, to: 10), .muted), Span(shown, .key)]
            if label == "Password" {
                spans = [Span(margin + "  " + TextLayout.pad(label, to: 10), .muted),
                         Span(TextLayout.pad(shown, to: 45), .key), Span("r", .key),
                         Span(state.revealSecrets ? " hide" : " reveal", .muted)]
            }
            lines.append(spans)
        }
        lines.append([])
        let pbx = "CONFIG_ID \(line.configID) \(glyphs.dot) your PBX: " + line.server
            + ", login " + line.login
        lines.append([Span(margin + value(pbx, width: width))])
        return lines
    }

    /// Every other field the add returned, so nothing the portal answered is hidden.
    private func moreFields(_ line: CreatedLine) -> [String] {
        var fields: [String] = []
        if let id = line.id { fields.append("ID \(id)") }
        if let user = line.authUser, !user.isEmpty { fields.append("AUTH_USER " + user) }
        if let proxy = line.outboundProxy, !proxy.isEmpty {
            fields.append("OUTBOUND_PROXY " + proxy)
        }
        if let detect = line.detectLineNumber { fields.append("DETECT_LINE_NUMBER " + (detect ? "Y" : "N")) }
        if let order = line.lineDetectHeaderOrder, !order.isEmpty {
            fields.append("LINE_DETECT_HEADER_ORDER " + order)
        }
        if let code = line.registrationStatusCode { fields.append("REGISTRATION_STATUS_CODE \(code)") }
        if let message = line.registrationErrorMessage, !message.isEmpty {
            fields.append("REGISTRATION_ERROR_MESSAGE " + message)
        }
        if line.type == .cloud {
            if let server = line.incomingServer, !server.isEmpty {
                fields.append("INCOMING_SERVER " + server)
            }
            if let login = line.incomingLogin, !login.isEmpty {
                fields.append("INCOMING_LOGIN " + login)
            }
            if let secret = line.incomingPassword, !secret.isEmpty { fields.append("INCOMING_PASSWORD " + mask(secret)) }
        } else {
            if let regID = line.regID { fields.append("REG_ID \(regID)") }
            if let secret = line.password, !secret.isEmpty { fields.append("PASSWORD " + typedPasswordMask(secret)) }
        }
        for key in line.extra.keys.sorted() {
            let shown = line.extra[key]?.stringValue ?? line.extra[key]?.serialized() ?? ""
            fields.append(key + " " + value(shown, width: 30))
        }
        return fields
    }

    private func paintSavePrompt(_ canvas: inout Canvas, row: Int) {
        let width = Layout.savePathWidth(columns: columns)
        let window = state.save.path.window(width: width, mask: nil)
        let focused = state.overlay == .none
        canvas.put(row, [Span(margin), Span(Layout.saveLabel, .focus), Span("  "),
                         Span(glyphs.fieldBar, Style(role: .focus, bold: true)),
                         Span(TextLayout.pad(window.text, to: width), .field),
                         Span(glyphs.fieldBar, Style(role: .focus, bold: true))])
        canvas.put(row + 1, margin + "The file holds the passwords; it is written readable only by you (0600).",
                   .muted)
        if focused { canvas.cursor = CursorPosition(row: row, column: Layout.saveBarColumn + 1 + window.cursorColumn) }
    }
}
