import SIPLineService
import TextSafety
import Words

/// Where things go on a screen, shared by update (to keep a field's cursor inside its box) and render. Labels
/// come from the catalogue, so a box begins after the longest label of its screen in the wizard's language.
struct Layout {
    static let margin = 2
    /// Longest field box, so wide terminals do not get absurdly long boxes.
    static let maximumFieldWidth = 72

    let columns: Int
    let words: Words

    /// A labelled text box on one row: the label at the margin, the bars around `width` columns of text.
    struct Box {
        let label: String
        /// Columns the label takes (the longest label of the screen, so boxes line up).
        let labelWidth: Int
        let width: Int

        /// Column of the opening bar.
        var barColumn: Int { Layout.margin + labelWidth + 2 }
    }

    /// A draft field's box: labels of one screen share a width; the room on the right holds the length counter
    /// (and, for the credentials, "Ctrl-R show").
    func fieldBox(for field: DraftField) -> Box {
        fieldBox(for: field, among: field == .login || field == .password ? [.login, .password] : [field])
    }

    /// A field's box among the fields of one form (labels share a width, so the boxes line up).
    func fieldBox(for field: DraftField, among sameScreen: [DraftField]) -> Box {
        let labelWidth = sameScreen.map { DisplayWidth.of(words(FormPhrase.label($0))) }.max() ?? 0
        let reserve = sameScreen.contains(.password) ? Self.counterRoom + showPasswordRoom : 10
        let bar = Self.margin + labelWidth + 2
        return Box(label: words(FormPhrase.label(field)), labelWidth: labelWidth,
                   width: max(8, min(Self.maximumFieldWidth, columns - bar - 2 - reserve)))
    }

    var savePathBox: Box { wideBox(words(ResultPhrase.saveToLabel), maximum: Self.maximumFieldWidth + 20) }
    var webhookBox: Box { wideBox(words(PortalPhrase.webhookLabel), maximum: Self.maximumFieldWidth + 20) }
    var portalNameBox: Box { wideBox(words(PortalPhrase.saveAsLabel), maximum: 32) }

    /// Width of wrapped prose in the body.
    var textWidth: Int { Self.textWidth(columns: columns) }

    static func textWidth(columns: Int) -> Int { max(20, min(columns - 2 * margin, 100)) }

    /// " 100/100" after a box, once a value passes 80 code points.
    private static let counterRoom = 8

    /// "   Ctrl-R show" after the password box.
    private var showPasswordRoom: Int {
        3 + DisplayWidth.of("Ctrl-R") + 1 + max(DisplayWidth.of(words(KeyPhrase.show)), DisplayWidth.of(words(KeyPhrase.hide)))
    }

    private func wideBox(_ label: String, maximum: Int) -> Box {
        let labelWidth = DisplayWidth.of(label)
        let bar = Self.margin + labelWidth + 2
        return Box(label: label, labelWidth: labelWidth, width: max(8, min(maximum, columns - bar - 2 - Self.margin)))
    }
}
