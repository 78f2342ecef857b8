extension ReviewPhrase {
    public var legacyRussian: String {
        switch self {
        case .heading: "Проверка"
        case .typeLabel: "Тип АТС"
        case .nameLabel: "Название"
        case .serverLabel: "Сервер"
        case .loginLabel: "Логин"
        case .passwordLabel: "Пароль"
        case .portalLabel: "Портал"
        case .webhookInParentheses(let webhook): "(вебхук \(webhook))"
        case .fixFirstProblem: "Нажмите Enter, чтобы исправить первую ошибку, или 1-4, чтобы открыть нужный шаг."
        case .createButton: "Создать линию"
        case .creatingOn(let host): "Линия создаётся на \(host) …"
        case .submittedLine(let type, let title, let server, let login):
            "\(type.legacyRussian) «\(title)», сервер \(server), логин \(login)"
        case .stoppedWaiting: "Ожидание прервано. sipline выясняет у портала, создана ли линия …"
        case .stopWaitingHint:
            "(Ctrl-C прерывает ожидание; если портал уже создал линию, sipline найдёт её и сообщит об этом.)"
        case .unknownTitle: "Неизвестно, создана ли линия."
        case .unknownBody:
            "Ответ портала потерялся, а переспросить портал sipline не смог. Не пытайтесь просто создать линию "
                + "ещё раз: она может появиться дважды."
        case .whatHappened(let reason): "Что произошло: \(reason.legacyRussian)"
        case .unknownAdvice: "Проверьте командой `sipline list`, есть ли линия с таким названием."
        case .unknownKeys: "Esc вернёт к проверке, всё введённое сохранится; q — выход."
        case .checkBeforeRetry:
            "Чем закончилась прошлая попытка, неизвестно. Прежде чем нажать Enter и создать линию, убедитесь командой "
                + "`sipline list`, что её ещё нет."
        case .notCreated(let reason): "Линия не создана (\(reason.legacyRussian)). Нажмите Enter, чтобы попробовать ещё раз."
        case .titleExists(let title): "Линия «\(title)» на этом портале уже есть. Выберите другое название."
        case .maxCloudLines:
            "На портале уже наибольшее допустимое число линий облачной АТС. Выберите «Офисная АТС» или удалите "
                + "ненужную облачную линию (`sipline list`, затем `sipline delete CONFIG_ID`) и попробуйте снова."
        case .fieldErrorsIntro: "Портал не принял линию. Его ответ:"
        case .portalSaid(let message): message
        case .unavailable(let reason):
            "Портал недоступен или ответил не так, как отвечает Битрикс24: \(reason.legacyRussian) Нажмите Enter, чтобы "
                + "попробовать ещё раз."
        case .serverChecked(let server, let summary): "\(server): \(summary.legacyRussian)"
        case .refused(let reason): "Портал отказался создать линию: \(reason.legacyRussian)"
        }
    }
}
