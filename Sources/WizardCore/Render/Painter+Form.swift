import TextSafety
import SIPLineService

extension Painter {
    func paintPBXType(_ canvas: inout Canvas) {
        canvas.put(3, margin + "PBX type", .title)
        var row = 5
        let labelWidth = 15
        let describeColumn = Layout.margin + 4 + labelWidth
        for type in PBXType.allCases {
            let selected = state.pbxType == type
            let label = TextLayout.pad((selected ? glyphs.radioOn : glyphs.radioOff) + " " + Strings.typeName(type),
                                       to: 4 + labelWidth - 4)
            let description = TextLayout.wrap(Strings.typeDescription(type), width: max(20, min(columns, 100)
                - describeColumn - Layout.margin))
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
        switch state.preflight {
        case .loading:
            canvas.put(row, margin + glyphs.words("Counting the lines this webhook can see …"), .muted)
            row += 2
        case .loaded(let preflight):
            canvas.put(row, margin + "Lines this webhook can see: \(preflight.lines.count) "
                + "(\(preflight.cloudCount) cloud, \(preflight.officeCount) office)")
            row += 2
        case .failed(let message):
            row = put(&canvas, noticeLines([Notice(.warning, "Could not list the lines this webhook can see: "
                + message)]), from: row, last: bodyBottom) + 1
        }
        if state.screenNoticesOn == .pbxType {
            put(&canvas, noticeLines(state.screenNotices), from: row, last: bodyBottom)
        }
    }

    func paintForm(_ canvas: inout Canvas) {
        var row = 3
        let fields = state.screen.fields
        let heading: String
        let help: String
        switch state.screen {
        case .title:
            heading = "Connection name"
            help = Strings.titleHelp
        case .server:
            heading = "Server"
            help = Strings.serverHelp(state.pbxType)
        default:
            let server = state.server.text.trimmingSpaces
            heading = server.isEmpty ? "Credentials"
                : "Credentials at " + value(server, width: columns - 2 * Layout.margin - 15)
            help = Strings.credentialsHelp(state.pbxType)
        }
        canvas.put(row, margin + heading, .title)
        row = put(&canvas, prose(help, style: .muted), from: row + 2, last: bodyBottom) + 1
        for (index, field) in fields.enumerated() {
            paintField(&canvas, field, row: row, focused: index == state.focus && state.overlay == .none)
            row += 1
        }
        row += 1
        var lines: [[Span]] = []
        for field in fields {
            let notices = state.fieldNotices[field] ?? []
            lines += noticeLines(notices)
            let issues = state.shownIssues[field] ?? []
            if !issues.isEmpty, issues.allSatisfy({ $0.severity != .error }),
               issues.contains(where: { $0.severity == .warning }) {
                lines += prose(Strings.warningAccept, style: .muted, indent: Layout.margin + 2)
            }
        }
        put(&canvas, lines, from: row, last: bodyBottom)
    }

    private func paintField(_ canvas: inout Canvas, _ field: DraftField, row: Int, focused: Bool) {
        let label: String = switch field {
        case .title: "Name"
        case .server: "Server"
        case .login: "Login"
        case .password: "Password"
        case .type: ""
        }
        let textField = state.field(field)
        let width = Layout.fieldWidth(for: field, columns: columns)
        let masked = field == .password && !state.showPassword
        let window = textField.window(width: width, mask: masked ? glyphs.bullet : nil)
        let shown = masked ? window.text : window.text
        var spans: [Span] = [
            Span(margin),
            Span(label, focused ? .focus : .plain),
            Span(String(repeating: " ", count: Layout.labelWidth(for: field) - label.count + 2)),
            Span(glyphs.fieldBar, focused ? Style(role: .focus, bold: true) : .muted),
            Span(TextLayout.pad(shown, to: width), .field),
            Span(glyphs.fieldBar, focused ? Style(role: .focus, bold: true) : .muted),
        ]
        let count = textField.codePointCount
        var right = 0
        if count > 80 {
            let counter = " \(count)/\(DraftValidator.maximumLength)"
            spans.append(Span(counter, count > DraftValidator.maximumLength ? .error : .muted))
            right = DisplayWidth.of(counter)
        }
        if field == .password {
            spans.append(Span(String(repeating: " ", count: right == 0 ? 3 : 2)))
            spans.append(Span("Ctrl-R", .key))
            spans.append(Span(state.showPassword ? " hide" : " show", .muted))
        }
        canvas.put(row, spans)
        if focused {
            canvas.cursor = CursorPosition(row: row, column: Layout.fieldBarColumn(for: field) + 1 + window.cursorColumn)
        }
    }
}
