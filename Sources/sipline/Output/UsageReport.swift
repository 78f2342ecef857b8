import BitrixJSON

/// A usage error for scripts: with `--json`, `{"error": "USAGE", "message": …}` on stderr (stdout stays empty) and
/// exit status 64, whether ArgumentParser or a command found the mistake.
enum UsageReport {
    static func document(message: String) -> JSONValue {
        .object(["error": .string("USAGE"), "message": .string(message)])
    }

    static func emit(message: String) {
        StandardStreams.printError(document(message: message).serialized(pretty: false))
    }

    /// `--json` among the options (not after a `--`, where it would be a value).
    static func jsonRequested(in arguments: [String]) -> Bool {
        arguments.prefix { $0 != "--" }.contains("--json")
    }
}
