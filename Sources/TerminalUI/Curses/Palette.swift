@preconcurrency import CNcurses
import WizardCore

/// Maps a span's style to curses attributes and a colour pair.
///
/// Attributes that carry meaning (reverse for focus and bars, bold for titles and keys, dim for muted text) are
/// applied with or without colour, so `NO_COLOR` keeps focus visible; colours only add to them.
struct Palette {
    let colors: Bool

    struct Rendition: Equatable {
        var attributes: attr_t
        var pair: Int16
    }

    /// Colour pair numbers, one per coloured role; 0 is the terminal's default.
    private enum Pair: Int16, CaseIterable {
        case bar = 1, focus, error, warning, success, sandbox

        var foreground: Int32 {
            switch self {
            case .bar: return COLOR_BLUE
            case .focus: return COLOR_CYAN
            case .error: return COLOR_RED
            case .warning: return COLOR_YELLOW
            case .success: return COLOR_GREEN
            case .sandbox: return COLOR_MAGENTA
            }
        }
    }

    /// Defines the pairs over the terminal's own background (`use_default_colors`). Call once after `start_color`.
    static func installPairs() {
        let background: Int16 = use_default_colors() == OK ? -1 : Int16(COLOR_BLACK)
        for pair in Pair.allCases {
            init_pair(pair.rawValue, Int16(pair.foreground), background)
        }
    }

    func rendition(for style: Style) -> Rendition {
        var attributes = cn_A_NORMAL()
        if style.bold { attributes |= cn_A_BOLD() }
        if style.reverse { attributes |= cn_A_REVERSE() }
        if style.underline { attributes |= cn_A_UNDERLINE() }
        if style.dim { attributes |= cn_A_DIM() }
        attributes |= Self.roleAttributes(style.role)
        let pair = colors ? (Self.pair(for: style.role)?.rawValue ?? 0) : 0
        return Rendition(attributes: attributes, pair: pair)
    }

    private static func roleAttributes(_ role: Style.Role) -> attr_t {
        switch role {
        // Header and footer are plain text framed by the rules the core draws: a reverse bar would only cover the
        // spans, not the gaps between them, and would cost attribute switches on every repaint of the footer.
        case .focus: return cn_A_REVERSE() | cn_A_BOLD()
        case .header, .title, .key, .sandbox, .error: return cn_A_BOLD()
        case .muted: return cn_A_DIM()
        case .plain, .footer, .field, .success, .warning: return cn_A_NORMAL()
        }
    }

    private static func pair(for role: Style.Role) -> Pair? {
        switch role {
        case .header: return .bar
        case .focus, .key: return .focus
        case .error: return .error
        case .warning: return .warning
        case .success: return .success
        case .sandbox: return .sandbox
        case .plain, .footer, .title, .field, .muted: return nil
        }
    }
}
