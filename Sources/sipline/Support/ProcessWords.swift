import Words

/// The catalogue in the language this process speaks: `--lang` among the arguments, else the locale variables
/// (`LC_ALL`, `LC_MESSAGES`, `LANG`). Read once, before the arguments are parsed, so that help texts speak it too.
let processWords = Words(Language.chosen(arguments: CommandLine.arguments, environment: ProcessEnvironment.current))
