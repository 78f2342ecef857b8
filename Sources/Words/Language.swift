/// The languages sipline speaks.
public enum Language: String, Sendable, Hashable, CaseIterable {
    case english = "en"
    case russian = "ru"

    /// The language a person asked for: `--lang en|ru` (or `--lang=ru`) among `arguments`, else the first of
    /// `LC_ALL`, `LC_MESSAGES`, `LANG` that is set and not empty (`ru_RU.UTF-8` → Russian, whether or not that
    /// locale is installed), else English. `C`/`POSIX` mean English.
    public static func chosen(arguments: [String], environment: [String: String]) -> Language {
        if let flag = flagValue(in: arguments) { return Language(code: flag) ?? .english }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[name], !value.isEmpty { return Language(code: value) ?? .english }
        }
        return .english
    }

    /// `ru`, `ru_RU`, `ru_RU.UTF-8`, `ru-RU` → Russian; `en…`, `C`, `POSIX` → English; anything else nil.
    public init?(code: String) {
        let lower = code.lowercased()
        let primary = lower.prefix { $0.isLetter }
        switch primary {
        case "ru": self = .russian
        case "en", "c", "posix": self = .english
        default: return nil
        }
    }

    private static func flagValue(in arguments: [String]) -> String? {
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            if argument == "--" { return nil }
            if argument.hasPrefix("--lang=") { return String(argument.dropFirst("--lang=".count)) }
            if argument == "--lang", arguments.index(after: index) < arguments.endIndex {
                return arguments[arguments.index(after: index)]
            }
            index = arguments.index(after: index)
        }
        return nil
    }
}
