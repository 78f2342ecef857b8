import ArgumentParser
import Words

/// `--lang en|ru`. The value is read before parsing (`processWords`, so that help and parse errors speak it too);
/// the option is declared so that the parser accepts it and refuses a language sipline does not speak.
struct LanguageOption: ParsableArguments {
    @Option(name: .customLong("lang"), help: .words(.language, valueName: "en|ru"))
    var language: Language?
}

extension Language: ExpressibleByArgument {}
