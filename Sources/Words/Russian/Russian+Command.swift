extension CommandPhrase {
    public var legacyRussian: String {
        switch self {
        case .invalidFields(let count):
            count == 1
                ? "Ничего не отправлено: в поле ошибка."
                : "Ничего не отправлено: ошибки в \(count) \(Plural.russian(count, one: "поле", few: "полях", many: "полях"))."
        case .interrupted:
            "Прервано."
        case .configIDNotPositive(let value):
            "CONFIG_ID должен быть положительным числом, а не \(value)."
        case .unknownFormat(let value, let known):
            "--format должен быть одним из: \(known.joined(separator: ", ")), а не «\(value)»."
        case .passwordGivenTwice:
            "Укажите пароль либо через --password-stdin, либо через --password-file, но не обоими способами сразу."
        case .standardInputUnreadable(let reason):
            "--password-stdin: не удалось прочитать стандартный ввод (\(reason.legacyRussian))."
        case .passwordFileReadableByOthers(let path, let mode):
            "--password-file \(path): файл могут читать другие пользователи (права \(mode)); sipline не будет "
                + "его использовать. Выполните: chmod 600 \(path)"
        case .passwordFileFailure(let failure):
            "--password-file: \(failure.legacyRussian)"
        case .passwordFileUnreadable(let path):
            "--password-file \(path): файл не удалось прочитать."
        case .passwordNotUTF8(let source):
            "Ничего не отправлено: пароль из \(source) — не текст в UTF-8."
        case .tokensNotSaved(let problem):
            "предупреждение: обновлённые токены OAuth не удалось сохранить (\(problem.legacyRussian)); "
                + "при следующем запуске, возможно, придётся заново подключить приложение."
        case .logFileNotOpened(let path, let reason):
            "предупреждение: не удалось открыть файл журнала \(path): \(reason); журнал не ведётся."
        }
    }
}

extension AddPhrase {
    public var legacyRussian: String {
        switch self {
        case .passwordMissing:
            "Укажите пароль через --password-stdin или --password-file (в командной строке пароль не передаётся)."
        case .warning(let issue):
            "предупреждение: \(issue.legacyRussian)"
        case .note(let issue):
            "примечание: \(issue.legacyRussian)"
        case .historyNotRecorded(let reason):
            "предупреждение: линия создана, но записать её в историю не удалось: \(reason.legacyRussian)"
        case .foundAfterCheck(let reason):
            "примечание: ответ портала потерян (\(reason.legacyRussian)); sipline снова запросил список линий и нашёл эту: "
                + "она создана."
        case .notCreated(let reason):
            "Линия не создана: \(reason.legacyRussian). Можно спокойно пробовать снова."
        case .outcomeUnknown(let reason):
            "Неизвестно, создана ли линия: \(reason.legacyRussian)"
        }
    }
}

extension CreatedLinePhrase {
    public var legacyRussian: String {
        switch self {
        case .created(let configID, let host):
            "SIP-линия \(configID) создана на портале \(host)."
        case .followRegistration(let server, let regID):
            "Теперь Битрикс24 регистрируется на \(server). Следить за регистрацией:\n  sipline status \(regID) --watch"
        case .setOnYourPBX:
            "Укажите эти данные на своей АТС, чтобы она зарегистрировалась в Битрикс24 (пароль покажет --show-secrets):"
        case .setOnYourPBXRevealed:
            "Укажите эти данные на своей АТС, чтобы она зарегистрировалась в Битрикс24 (это секреты: "
                + "не вставляйте их в обращения и чаты):"
        }
    }
}

extension StatusPhrase {
    public var legacyRussian: String {
        switch self {
        case .registration(let regID, let result, let code, let message, let updated):
            "REG_ID \(regID): \(result)"
                + (code.map { " (STATUS_CODE \($0))" } ?? "")
                + (message.map { " — \($0)" } ?? "")
                + (updated.map { ", обновлено \($0) (время портала)" } ?? "")
        case .regIDNotPositive(let value):
            "REG_ID должен быть положительным числом, а не \(value)."
        case .intervalNotPositive:
            "--interval должен быть больше нуля."
        case .limitNotPositive:
            "--limit должен быть больше нуля."
        }
    }
}

extension UpdatePhrase {
    public var legacyRussian: String {
        switch self {
        case .updated(let configID, let host, let fields):
            "Линия \(configID) на портале \(host) изменена: \(fields.joined(separator: ", "))."
        case .nothingToChange:
            "Нечего менять: укажите --title, --server, --login, --password-stdin или --password-file."
        }
    }
}

extension DeletePhrase {
    public var legacyRussian: String {
        switch self {
        case .cannotAsk(let configID):
            "Линия \(configID) не удалена: стандартный ввод — не терминал, и sipline не может спросить подтверждение. "
                + "Добавьте --yes, чтобы удалить без вопроса."
        case .confirmNamed(let configID, let title, let type, let server, let host):
            "Удалить линию \(configID) «\(title)» (\(type), \(server)) на портале \(host)? [y/N] "
        case .confirm(let configID, let host):
            "Удалить линию \(configID) на портале \(host)? [y/N] "
        case .declined:
            "Не удалено."
        case .deleted(let configID, let host):
            "Линия \(configID) на портале \(host) удалена."
        }
    }
}

extension SandboxPhrase {
    public var legacyRussian: String {
        switch self {
        case .portOutOfRange(let port): "--port должен быть от 0 до 65535, а не \(port)."
        case .maxCloudLinesNegative(let value): "--max-cloud-lines должно быть 0 или больше, а не \(value)."
        }
    }
}
