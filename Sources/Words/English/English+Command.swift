extension CommandPhrase {
    public var legacyEnglish: String {
        switch self {
        case .invalidFields(let count):
            count == 1 ? "Nothing was sent: a field is invalid." : "Nothing was sent: \(count) fields are invalid."
        case .interrupted:
            "Interrupted."
        case .configIDNotPositive(let value):
            "CONFIG_ID must be a positive number, not \(value)."
        case .unknownFormat(let value, let known):
            "--format must be one of \(known.joined(separator: ", ")), not \"\(value)\"."
        case .passwordGivenTwice:
            "Give the password with --password-stdin or --password-file, not both."
        case .standardInputUnreadable(let reason):
            "--password-stdin: cannot read standard input (\(reason.legacyEnglish))."
        case .passwordFileReadableByOthers(let path, let mode):
            "--password-file \(path) can be read by other users (mode \(mode)); sipline will not use it. "
                + "Run: chmod 600 \(path)"
        case .passwordFileFailure(let failure):
            "--password-file: \(failure.legacyEnglish)"
        case .passwordFileUnreadable(let path):
            "--password-file \(path) cannot be read."
        case .passwordNotUTF8(let source):
            "Nothing was sent: the password from \(source) is not UTF-8 text."
        case .tokensNotSaved(let problem):
            "warning: the refreshed OAuth tokens could not be saved (\(problem.legacyEnglish)); "
                + "the next run may need the app connected again."
        case .logFileNotOpened(let path, let reason):
            "warning: cannot open the log file \(path): \(reason); not logging."
        }
    }
}

extension AddPhrase {
    public var legacyEnglish: String {
        switch self {
        case .passwordMissing:
            "Give the password with --password-stdin or --password-file (never on the command line)."
        case .warning(let issue):
            "warning: \(issue.legacyEnglish)"
        case .note(let issue):
            "note: \(issue.legacyEnglish)"
        case .historyNotRecorded(let reason):
            "warning: the line was created but could not be recorded in the history: \(reason.legacyEnglish)"
        case .foundAfterCheck(let reason):
            "note: the portal's answer was lost (\(reason.legacyEnglish)); sipline listed the lines again and found this one: "
                + "it was created."
        case .notCreated(let reason):
            "The line was not created: \(reason.legacyEnglish). It is safe to try again."
        case .outcomeUnknown(let reason):
            "It is unknown whether the line was created: \(reason.legacyEnglish)"
        }
    }
}

extension CreatedLinePhrase {
    public var legacyEnglish: String {
        switch self {
        case .created(let configID, let host):
            "Created SIP line \(configID) on \(host)."
        case .followRegistration(let server, let regID):
            "Bitrix24 now registers at \(server). Follow it with:\n  sipline status \(regID) --watch"
        case .setOnYourPBX:
            "Set these on your PBX so it registers at Bitrix24 (add --show-secrets to see the password):"
        case .setOnYourPBXRevealed:
            "Set these on your PBX so it registers at Bitrix24 (secrets: do not paste them into tickets or chats):"
        }
    }
}

extension StatusPhrase {
    public var legacyEnglish: String {
        switch self {
        case .registration(let regID, let result, let code, let message, let updated):
            "REG_ID \(regID): \(result)"
                + (code.map { " (STATUS_CODE \($0))" } ?? "")
                + (message.map { " — \($0)" } ?? "")
                + (updated.map { ", updated \($0) (portal time)" } ?? "")
        case .regIDNotPositive(let value):
            "REG_ID must be a positive number, not \(value)."
        case .intervalNotPositive:
            "--interval must be positive."
        case .limitNotPositive:
            "--limit must be positive."
        }
    }
}

extension UpdatePhrase {
    public var legacyEnglish: String {
        switch self {
        case .updated(let configID, let host, let fields):
            "Updated line \(configID) on \(host): \(fields.joined(separator: ", "))."
        case .nothingToChange:
            "Nothing to change: give --title, --server, --login, --password-stdin or --password-file."
        }
    }
}

extension DeletePhrase {
    public var legacyEnglish: String {
        switch self {
        case .cannotAsk(let configID):
            "Not deleting line \(configID): standard input is not a terminal, so sipline cannot ask. "
                + "Add --yes to delete without asking."
        case .confirmNamed(let configID, let title, let type, let server, let host):
            "Delete line \(configID) \"\(title)\" (\(type), \(server)) on \(host)? [y/N] "
        case .confirm(let configID, let host):
            "Delete line \(configID) on \(host)? [y/N] "
        case .declined:
            "Not deleted."
        case .deleted(let configID, let host):
            "Deleted line \(configID) on \(host)."
        }
    }
}

extension SandboxPhrase {
    public var legacyEnglish: String {
        switch self {
        case .portOutOfRange(let port): "--port must be 0…65535, not \(port)."
        case .maxCloudLinesNegative(let value): "--max-cloud-lines must be 0 or more, not \(value)."
        }
    }
}
