import SIPLineService

/// Where things go on a screen, shared by update (to keep a field's cursor visible) and render.
enum Layout {
    static let margin = 2
    /// Longest field box, so wide terminals do not get absurdly long boxes.
    static let maximumFieldWidth = 72

    static func labelWidth(for field: DraftField) -> Int {
        switch field {
        case .title: 4
        case .server: 6
        case .login, .password: 8
        case .type: 0
        }
    }

    /// Column of a field's opening bar.
    static func fieldBarColumn(for field: DraftField) -> Int { margin + labelWidth(for: field) + 2 }

    /// Inner width of a field's box. The room on the right holds the length counter (and "Ctrl-R show").
    static func fieldWidth(for field: DraftField, columns: Int) -> Int {
        let reserve = (field == .login || field == .password) ? 22 : 10
        return max(8, min(maximumFieldWidth, columns - fieldBarColumn(for: field) - 2 - reserve))
    }

    static let saveLabel = "Save to"
    static var saveBarColumn: Int { margin + saveLabel.count + 2 }
    static func savePathWidth(columns: Int) -> Int {
        max(8, min(maximumFieldWidth + 20, columns - saveBarColumn - 2 - margin))
    }

    static let webhookLabel = "Webhook"
    static var webhookBarColumn: Int { margin + webhookLabel.count + 2 }
    static func webhookFieldWidth(columns: Int) -> Int {
        max(8, min(maximumFieldWidth + 20, columns - webhookBarColumn - 2 - margin))
    }

    static let portalNameLabel = "Save this portal as"
    static var portalNameBarColumn: Int { margin + portalNameLabel.count + 2 }
    static func portalNameWidth(columns: Int) -> Int { max(8, min(32, columns - portalNameBarColumn - 2 - margin)) }

    /// Width of wrapped prose in the body.
    static func textWidth(columns: Int) -> Int { max(20, min(columns - 2 * margin, 100)) }
}
