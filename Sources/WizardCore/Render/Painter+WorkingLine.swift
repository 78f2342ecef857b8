import SIPLineService
import TextSafety
import Words

/// The result screen's tools for making a line work: the registration fixed in place, the PBX's configuration.
extension Painter {
    /// The form under the failed registration: server, login and the password again.
    func paintRegistrationFix(_ canvas: inout Canvas, _ fix: RegistrationFix, from top: Int) {
        var row = put(&canvas, prose(fix.sending ? ResultPhrase.sendingFix : ResultPhrase.fixHint, style: .muted),
                      from: top, last: bodyBottom) + 1
        let layout = self.layout
        for (index, field) in RegistrationFix.fields.enumerated() where row <= bodyBottom {
            let masked = field == .password && !fix.showPassword
            paintTextBox(&canvas, row: row, box: layout.fieldBox(for: field, among: RegistrationFix.fields), field: fix.field(field),
                         mask: masked ? glyphs.bullet : nil,
                         focused: index == fix.focus && state.overlay == .none && !fix.sending)
            row += 1
        }
        var notices = RegistrationFix.fields.flatMap { fix.notices[$0] ?? [] }
        if let refusal = fix.refusal { notices.append(refusal) }
        put(&canvas, noticeLines(notices), from: row + 1, last: bodyBottom)
    }

    /// The office PBX's configuration in the chosen format, scrolled; the generated password masked until `r`.
    func paintPBXConfig(_ canvas: inout Canvas, _ result: ResultState, _ view: PBXConfigView) {
        canvas.put(3, margin + say(ResultPhrase.pbxConfigHeading(format: formatName(view.format))), .title)
        canvas.put(4, margin + glyphs.words(say(ResultPhrase.pbxConfigFormats)), .muted)
        guard let side = try? OfficePBXSide(line: result.line) else {
            put(&canvas, noticeLines([Notice(.warning, ResultPhrase.pbxConfigUnavailable)]), from: 6, last: bodyBottom)
            return
        }
        let text = PBXConfigWriter(words: words, revealPassword: result.revealSecrets).write(side, format: view.format)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let visible = bodyBottom - 6 + 1
        let scroll = min(view.scroll, max(0, lines.count - visible))
        for (offset, line) in lines.dropFirst(scroll).prefix(visible).enumerated() {
            canvas.put(6 + offset, margin + line)
        }
        if scroll + visible < lines.count {
            canvas.put(bodyBottom, margin + glyphs.ellipsis + " " + say(ScreenPhrase.moreScrollDown), .muted)
        }
    }

    func formatName(_ format: PBXConfigFormat) -> String {
        switch format {
        case .asteriskPJSIP: "Asterisk PJSIP"
        case .freePBX: "FreePBX"
        case .generic: say(ResultPhrase.genericFormat)
        }
    }
}
