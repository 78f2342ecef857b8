import SIPLineService
import TextSafety
import Words

extension Painter {
    func paintResult(_ canvas: inout Canvas) {
        guard let result = state.result else { return }
        if let view = result.pbxConfig { return paintPBXConfig(&canvas, result, view) }
        let full = columns - 2 * Layout.margin
        if let fix = result.fix {
            // The form shows the server and login itself: only the headline and the failure stay above it.
            let row = put(&canvas, cloudLines(result, width: full, withFields: false), from: 3, last: bodyBottom)
            return paintRegistrationFix(&canvas, fix, from: row)
        }
        var lines = result.line.type == .office ? officeLines(result, width: full) : cloudLines(result, width: full)
        lines += moreLines(result)
        if let reason = result.foundAfterCheck {
            lines.append([])
            lines += noticeLines([Notice(.info, ResultPhrase.foundAfterCheck(reason: reason))])
        }
        var notices: [Notice] = []
        switch result.save.phase {
        case .idle, .asking: break
        case .saving(let path): notices.append(Notice(.info, ResultPhrase.saving(path: path)))
        case .saved(let path): notices.append(Notice(.success, ResultPhrase.saved(path: path)))
        case .failed(let path, let reason): notices.append(Notice(.error, ResultPhrase.saveFailed(path: path, reason: reason)))
        }
        if let error = result.historyError { notices.append(Notice(.warning, ResultPhrase.historyNotWritten(error))) }
        switch result.defaultLine {
        case .idle: break
        case .setting: notices.append(Notice(.info, ResultPhrase.settingDefault))
        case .done(let change): notices.append(Notice(change.outcome == .notTaken ? .warning : .success, change.phrase))
        case .failed(let error): notices.append(Notice(.error, ResultPhrase.defaultRefused(PortalPhrase.refusal(error))))
        }
        if !notices.isEmpty {
            lines.append([])
            lines += noticeLines(notices)
        }
        let promptRows = result.save.phase == .asking ? 3 : 0
        put(&canvas, lines, from: 3, last: bodyBottom - promptRows)
        if result.save.phase == .asking { paintSavePrompt(&canvas, result.save.path, row: bodyBottom - 2) }
    }

    /// A secret of the line: always the same mask, so a screen never tells how long it is. The password the person
    /// typed stays masked even when revealing (someone may share the screen); `r` reveals only what the portal made.
    private func secret(_ field: LineField, of result: ResultState) -> String {
        guard let value = result.line.value(of: field), !value.isEmpty else { return "" }
        return field == .incomingPassword && result.revealSecrets ? self.value(value.shown, width: 40) : glyphs.mask(8)
    }

    private func label(_ field: LineField) -> String {
        field.label.map(say) ?? field.key
    }

    /// A column of labels: the longest of them in the wizard's language and two spaces.
    private func labelColumn(_ fields: [LineField]) -> Int {
        (fields.map { DisplayWidth.of(label($0)) }.max() ?? 0) + 2
    }

    /// A title inside a sentence, cut to what the sentence leaves of `width` (the glyph before it takes two).
    private func title(_ title: String, in sentence: (String) -> ResultPhrase, width: Int) -> String {
        value(title, width: max(10, width - 2 - DisplayWidth.of(say(sentence("")))))
    }

    private func cloudLines(_ result: ResultState, width: Int, withFields: Bool = true) -> [[Span]] {
        let line = result.line
        var lines: [[Span]] = [
            [Span(margin), Span(glyphs.success, .success),
             Span(" " + say(ResultPhrase.cloudCreated(title: title(line.title, in: ResultPhrase.cloudCreated, width: width))),
                  .title)],
            [],
        ]
        let all: [(LineField, LineField)] = [(.configID, .server), (.type, .login), (.regID, .password)]
        let pairs = withFields ? all : []
        let rightLabels = labelColumn(all.map(\.1))
        let rightWidth = columns - (Layout.margin + 25 + rightLabels) - Layout.margin
        for (left, right) in pairs {
            let rightValue = right.isSecret ? secret(right, of: result) : value(line.value(of: right)?.shown ?? "", width: rightWidth)
            lines.append([Span(margin), Span(TextLayout.pad(label(left), to: 11), .muted),
                          Span(TextLayout.pad(value(line.value(of: left)?.shown ?? "", width: 13), to: 14)),
                          Span(TextLayout.pad(label(right), to: rightLabels), .muted), Span(rightValue)])
        }
        if withFields { lines.append([]) }
        lines.append([Span(margin + say(ResultPhrase.registrationAt(server: value(line.server, width: width - 16))), .title)])
        lines += registrationLines(result.registration)
        lines.append([])
        return lines
    }

    private func officeLines(_ result: ResultState, width: Int) -> [[Span]] {
        let line = result.line
        var lines: [[Span]] = [
            [Span(margin), Span(glyphs.success, .success),
             Span(" " + say(ResultPhrase.officeCreated(title: title(line.title, in: ResultPhrase.officeCreated, width: width))),
                  .title)],
            [],
        ] + prose(ResultPhrase.enterOnYourPBX)
        let fields = [LineField.incomingServer, .incomingLogin, .incomingPassword]
        let labels = labelColumn(fields)
        let valueWidth = columns - (2 * Layout.margin + labels) - Layout.margin - 12
        for field in fields {
            let labelSpan = Span(margin + "  " + TextLayout.pad(label(field), to: labels), .muted)
            guard field.isSecret else {
                lines.append([labelSpan, Span(value(line.value(of: field)?.shown ?? "", width: valueWidth), .key)])
                continue
            }
            lines.append([labelSpan, Span(TextLayout.pad(secret(field, of: result), to: 45), .key), Span("r", .key),
                          Span(" " + say(result.revealSecrets ? KeyPhrase.hide : KeyPhrase.reveal), .muted)])
        }
        lines.append([])
        lines.append([Span(margin + value(say(ResultPhrase.yourPBX(configID: line.configID, server: line.server,
                                                                  login: line.login)), width: width))])
        return lines
    }

    /// Every other value the portal gave the line, as `KEY value` pairs that never break across lines.
    private func moreLines(_ result: ResultState) -> [[Span]] {
        let line = result.line
        var pairs: [String] = []
        for field in LineField.allCases where field.place(onResultOf: line.type) == .more {
            guard let shown = line.value(of: field), !shown.isEmpty, !field.isDefault(shown) else { continue }
            pairs.append(field.key + " " + (field.isSecret ? secret(field, of: result) : value(shown.shown, width: 40)))
        }
        for (key, shown) in line.otherFields where !shown.isEmpty {
            pairs.append(key + " " + (LineField.isSecretKey(key) ? glyphs.mask(8) : value(shown.shown, width: 30)))
        }
        guard !pairs.isEmpty else { return [] }
        let lead = say(ResultPhrase.moreLead) + " "
        let separator = " \(glyphs.dot) "
        var rows: [String] = []
        var current = lead
        for pair in pairs {
            let joined = current == lead ? current + pair : current + separator + pair
            if DisplayWidth.of(joined) <= textWidth || current == lead {
                current = joined
            } else {
                rows.append(current)
                current = String(repeating: " ", count: DisplayWidth.of(lead)) + pair
            }
        }
        rows.append(current)
        return rows.map { [Span(margin + $0, .muted)] }
    }

    private func registrationLines(_ registration: RegistrationWatch?) -> [[Span]] {
        guard let watch = registration else { return prose(ResultPhrase.noRegID, style: .muted) }
        if let status = watch.latest, status.result.isFinal {
            if status.result == .success {
                let code = status.statusCode == 200 || status.statusCode == nil ? "200 OK" : String(status.statusCode!)
                return [[Span(margin), Span(glyphs.success, .success), Span(" " + say(ResultPhrase.registered(code: code)), .success)]]
            }
            return failureLines(RegistrationAdvice(status))
        }
        if watch.finished {
            var lines: [[Span]] = []
            if watch.gaveUp, let advice = state.result?.failedRegistration { lines += failureLines(advice) }
            if let error = watch.pollError {
                lines += noticeLines([Notice(.warning, ResultPhrase.couldNotAsk(AnyPhrase(error.phrase), regID: watch.regID))])
            }
            return lines
        }
        let elapsed = watch.startedAt.map { max(0, state.now - $0) } ?? 0
        let phase = say(watch.latest?.result == .wait ? ResultPhrase.waiting : ResultPhrase.inProgress)
        let left = "\(margin)\(spinner(elapsed)) \(phase) \(glyphs.ellipsis) " + say(ScreenPhrase.seconds(Int(elapsed)))
        var lines = [[Span(TextLayout.pad(left, to: 46)), Span(say(ResultPhrase.updatesByItself), .muted)]]
        if let error = watch.pollError {
            lines += noticeLines([Notice(.warning, ResultPhrase.couldNotAskRetrying(AnyPhrase(error.phrase)))])
        }
        return lines
    }

    /// A failed registration: what it means and what to do (the one advice table), then the provider's own words.
    private func failureLines(_ advice: RegistrationAdvice) -> [[Span]] {
        var lines = noticeLines([Notice(.error, advice.phrase)])
        if let message = advice.providerMessage {
            lines += prose(RegistrationPhrase.providerSaid(message: message), style: .muted, indent: Layout.margin + 2)
        }
        return lines
    }

    private func paintSavePrompt(_ canvas: inout Canvas, _ path: TextField, row: Int) {
        paintTextBox(&canvas, row: row, box: layout.savePathBox, field: path, focused: state.overlay == .none)
        canvas.put(row + 1, margin + say(ResultPhrase.fileHoldsPasswords), .muted)
    }
}
