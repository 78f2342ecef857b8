extension ConfigPhrase {
    public var legacyRussian: String {
        switch self {
        case .inFile(let path, let problem): "\(path): \(problem.legacyRussian)"
        case .onLine(let path, let line, let problem): "\(path), строка \(line): \(problem.legacyRussian)"
        case .invalidPortalName(let name):
            "в имени портала «\(name)» допустимы только латинские буквы, цифры, - и _"
        case .fileDisappeared(let portal): "файл пропал; обновлённые токены портала «\(portal)» не сохранены"
        case .noLongerOAuth(let portal):
            "[portals.\(portal)] больше не OAuth-портал; его обновлённые токены не сохранены"
        case .cannotLock(let lockPath, let reason): "не удалось заблокировать \(lockPath): \(reason.legacyRussian)"
        case .readableByOthers(let mode, let path):
            "файл могут читать другие пользователи (права \(mode)), а в нём хранятся секреты; sipline не будет "
                + "его использовать. Выполните: chmod 600 \(path)"
        case .notUTF8: "это не текст в UTF-8"
        case .systemFailure(let operation, let reason): "ошибка \(operation): \(reason)"
        case .notWritten(let reason): "не удалось записать: \(reason.legacyRussian)"
        case .notTOML(let detail): "это не корректный TOML: \(detail)"
        case .notTOMLWithoutDetail: "это не корректный TOML"
        case .unknownTopLevelKey(let key): "неизвестный ключ «\(key)»; ожидаются «default» или разделы [portals.NAME]"
        case .defaultNotString: "«default» должно быть именем портала в кавычках, например default = \"acme\""
        case .portalsNotSections: "«portals» должны быть разделами вида [portals.acme]"
        case .portalNotSection(let name, let section): "портал «\(name)» должен быть разделом [\(section)]"
        case .defaultWithoutSection(let name): "указано default = \"\(name)\", но раздела [portals.\(name)] нет"
        case .unknownPortalKey(let key, let section, let oauthKeys):
            "неизвестный ключ «\(key)» в [\(section)]; у портала есть либо «webhook», либо ключи OAuth "
                + oauthKeys.joined(separator: ", ")
        case .valueNotString(let key, let section): "«\(key)» в [\(section)] должно быть строкой в кавычках"
        case .webhookAndOAuth(let section): "в [\(section)] есть и «webhook», и ключи OAuth; оставьте что-то одно"
        case .emptyPortal(let section): "раздел [\(section)] пуст; укажите «webhook» или ключи OAuth"
        case .missingOAuthKey(let section, let key, let required):
            "в [\(section)] нет «\(key)» (OAuth-порталу нужны \(required.joined(separator: ", ")))"
        case .credentials(let problem): problem.legacyRussian
        case .symbolicLink:
            "символическая ссылка; sipline работает здесь только с обычным файлом и оставил ссылку как есть. "
                + "Замените её самим файлом"
        case .notRegularFile(let kind):
            "\(kind.legacyRussian), а не обычный файл; sipline оставил его как есть. Уберите его"
        case .ownedByAnotherUser(let owner):
            "принадлежит другому пользователю (uid \(owner)); sipline работает здесь только со своим файлом и оставил "
                + "его как есть. Уберите его или смените владельца (chown)"
        case .notADraft:
            "это не черновик sipline (повреждён или обрезан); sipline оставил его как есть. Уберите его, чтобы начать без него"
        case .headerWithoutName: "неверный TOML: заголовок [раздела] должен начинаться с имени, например [portals.acme]"
        }
    }
}

extension PrivateFilePhrase {
    public var legacyRussian: String {
        switch self {
        case .readableByOthers(let path, let mode):
            "\(path) могут читать другие пользователи (права \(mode)), а в нём хранятся секреты. "
                + "Выполните: chmod 600 \(path)"
        case .missing(let path): "Файла \(path) нет."
        case .systemFailure(let path, let operation, let reason): "\(path): ошибка \(operation): \(reason)."
        case .notUTF8(let path): "\(path) — не текст в UTF-8."
        case .symbolicLink(let path):
            "\(path) — символическая ссылка; sipline работает там только с обычным файлом и оставил ссылку как есть."
        case .notRegularFile(let path, let kind): "\(path) — \(kind.legacyRussian), а не обычный файл; sipline оставил его как есть."
        case .ownedByAnotherUser(let path, let owner):
            "\(path) принадлежит другому пользователю (uid \(owner)); sipline оставил его как есть."
        }
    }
}

extension PortalResolutionPhrase {
    public var legacyRussian: String {
        switch self {
        case .howToGiveAPortal:
            """
            Не указан портал Битрикс24. Укажите его одним из способов:
              --webhook-file PATH      файл с адресом входящего вебхука (https://PORTAL/rest/USER_ID/CODE/)
              SIPLINE_WEBHOOK=URL      адрес вебхука в переменной окружения
              --portal NAME            портал из файла настроек
              портал по умолчанию      `default = "NAME"` в файле настроек
              --webhook URL            (его увидят другие пользователи в списке процессов)
            Сначала можно безопасно попробовать: sipline sandbox, затем SIPLINE_WEBHOOK=<его URL> sipline list
            """
        case .unknownPortal(let name, let known):
            "Неизвестный портал «\(name)» (известные порталы: \(known.joined(separator: ", ")))."
        case .unknownPortalWithoutPortals(let name, let configPath):
            "Неизвестный портал «\(name)» (в файле настроек \(configPath) нет порталов)."
        case .badWebhookFlag(let problem): "--webhook: \(problem.legacyRussian)"
        case .badEnvironmentWebhook(let problem): "SIPLINE_WEBHOOK: \(problem.legacyRussian)"
        case .unreadableWebhookFile(let failure): "--webhook-file: \(failure.legacyRussian)"
        case .badWebhookFile(let path, let problem): "--webhook-file \(path): \(problem.legacyRussian)"
        case .badConfig(let problem): problem.legacyRussian
        case .badConfigPortal(let configPath, let name, let problem): "\(configPath) [portals.\(name)]: \(problem.legacyRussian)"
        case .webhookFileReadableByOthers(let path):
            "предупреждение: \(path) могут читать другие пользователи, а в нём код вебхука. Выполните: chmod 600 \(path)"
        }
    }
}

extension FileKindPhrase {
    public var legacyRussian: String {
        switch self {
        case .fifo: "именованный канал (FIFO)"
        case .folder: "папка"
        case .characterDevice: "символьное устройство"
        case .blockDevice: "блочное устройство"
        case .socket: "сокет"
        case .notRegular: "что-то другое"
        }
    }
}
