@preconcurrency import CNcurses
import Platform

/// Locale selection before curses starts: ncursesw decodes input and encodes output by `LC_CTYPE`.
public enum LocaleSetup {
    /// Applies the environment's locale. SSH often forwards a locale the server lacks (`ru_RU.UTF-8`), and then
    /// `setlocale` fails and leaves "C", which garbles Cyrillic; in that case characters are handled as `C.UTF-8`.
    /// A locale that exists but is not UTF-8 (e.g. `LANG=C`) is respected: the front end then uses ASCII glyphs.
    public static func apply() {
        if setlocale(LC_ALL, "") == nil {
            _ = setlocale(LC_CTYPE, "C.UTF-8") ?? setlocale(LC_CTYPE, "C.utf8")
        }
    }

    /// Whether the current character set is UTF-8.
    public static var isUTF8: Bool {
        guard let codeset = cn_codeset() else { return false }
        let name = String(cString: codeset).lowercased()
        return name == "utf-8" || name == "utf8"
    }
}
