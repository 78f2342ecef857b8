import Words
import SIPLineService
import TextSafety

extension Painter {
    func paintPBXType(_ canvas: inout Canvas) {
        canvas.put(3, margin + say(FormPhrase.pbxTypeHeading), .title)
        var row = 5
        // The descriptions begin a gap after the longest choice in the wizard's language, so they line up.
        let choices = PBXType.allCases.map { glyphs.radioOff + " " + say(FormPhrase.typeName($0)) }
        let labelWidth = choices.map(DisplayWidth.of).max() ?? 0
        let describeColumn = Layout.margin + labelWidth + 5
        for type in PBXType.allCases {
            let selected = state.form.pbxType == type
            let label = TextLayout.pad((selected ? glyphs.radioOn : glyphs.radioOff) + " " + say(FormPhrase.typeName(type)),
                                       to: labelWidth + 1)
            let description = TextLayout.wrap(say(FormPhrase.typeDescription(type)),
                                              width: max(20, min(columns, 100) - describeColumn - Layout.margin))
            for (index, text) in description.enumerated() {
                if index == 0 {
                    canvas.put(row, [Span(margin), Span(label, selected ? .focus : .plain), Span("    "), Span(text)])
                } else {
                    canvas.put(row, String(repeating: " ", count: describeColumn) + text)
                }
                row += 1
            }
        }
        row += 1
        switch state.knownLines {
        case .loading:
            canvas.put(row, margin + say(FormPhrase.countingLines), .muted)
            row += 2
        case .loaded(let known):
            canvas.put(row, margin + say(FormPhrase.linesSeen(total: known.lines.count, cloud: known.cloudCount,
                                                                 office: known.officeCount)))
            row += 2
        case .failed(let error):
            row = put(&canvas, noticeLines([Notice(.warning, FormPhrase.linesNotListed(AnyPhrase(error.phrase)))]),
                      from: row, last: bodyBottom) + 1
        }
        put(&canvas, noticeLines(state.screenNotices.on(.pbxType)), from: row, last: bodyBottom)
    }

    func paintForm(_ canvas: inout Canvas) {
        let fields = state.screen.fields
        let heading: String
        let help: String
        switch state.screen {
        case .title:
            heading = say(FormPhrase.titleHeading)
            help = say(FormPhrase.titleHelp)
        case .server:
            heading = say(FormPhrase.serverHeading)
            help = say(FormPhrase.serverHelp(state.form.pbxType))
        default:
            let server = state.form.server.text.trimmingSpaces
            let room = columns - 2 * Layout.margin - DisplayWidth.of(say(FormPhrase.credentialsHeadingAt(server: "")))
            heading = server.isEmpty ? say(FormPhrase.credentialsHeading)
                : say(FormPhrase.credentialsHeadingAt(server: value(server, width: room)))
            help = say(FormPhrase.credentialsHelp(state.form.pbxType))
        }
        canvas.put(3, margin + heading, .title)
        var row = put(&canvas, TextLayout.wrap(help, width: textWidth).map { [Span(margin + $0, .muted)] },
                      from: 5, last: bodyBottom) + 1
        for (index, field) in fields.enumerated() {
            paintField(&canvas, field, row: row, focused: index == state.form.focus && state.overlay == .none)
            row += 1
        }
        row += 1
        var lines: [[Span]] = []
        for field in fields {
            lines += noticeLines(state.form.notices[field] ?? [])
            if state.form.awaitsWarningAcceptance(field) {
                lines += prose(FormPhrase.warningAccept, style: .muted, indent: Layout.margin + 2)
            }
        }
        if state.screen == .server, let check = state.serverCheck, check.isAbout(state.form), let warning = check.warning {
            lines += noticeLines([warning])
        }
        put(&canvas, lines, from: row, last: bodyBottom)
    }

    private func paintField(_ canvas: inout Canvas, _ field: DraftField, row: Int, focused: Bool) {
        let textField = state.form.field(field)
        let masked = field == .password && !state.form.showPassword
        var after: [Span] = []
        let count = textField.codePointCount
        if count > 80 {
            let counter = " \(count)/\(DraftValidator.maximumLength)"
            after.append(Span(counter, count > DraftValidator.maximumLength ? .error : .muted))
        }
        if field == .password {
            after.append(Span(String(repeating: " ", count: after.isEmpty ? 3 : 2)))
            after.append(Span("Ctrl-R", .key))
            after.append(Span(" " + say(state.form.showPassword ? KeyPhrase.hide : KeyPhrase.show), .muted))
        }
        paintTextBox(&canvas, row: row, box: layout.fieldBox(for: field), field: textField,
                     mask: masked ? glyphs.bullet : nil, focused: focused, after: after)
    }
}
