extension PortalPhrase {
    public var legacyRussian: String {
        switch self {
        case .heading: "Портал"
        case .help:
            "Вставьте входящий вебхук портала с правами «Телефония» (telephony): в Битрикс24 он в разделе "
                + "Разработчикам → Другое → Входящий вебхук. Вебхук проверяется сразу, а его код после ввода скрывается."
        case .emptyWebhook:
            "Адрес вебхука пуст. Скопируйте его на портале: Разработчикам → Другое → Входящий вебхук."
        case .inUse(let host, let webhook): "Сейчас используется \(host) (вебхук \(webhook))."
        case .addRefused:
            "Ничего не создано. Когда вебхук будет исправлен в Битрикс24, нажмите Enter при пустом поле, чтобы "
                + "проверить его снова, или вставьте другой вебхук; всё введённое сохранится."
        case .recheckHint: "Нажмите Enter при пустом поле, чтобы заново проверить текущий портал."
        case .worksAgain(let host): "Вебхук портала \(host) теперь работает."
        case .malformed(let reason): reason.legacyRussian
        case .unreachable(let reason):
            "Не удалось связаться с порталом: \(reason.legacyRussian) Проверьте адрес и сеть (или прокси) и нажмите Enter, "
                + "чтобы попробовать ещё раз."
        case .badWebhook:
            "Портал не принял этот вебхук: код неверен или вебхук удалён. Скопируйте адрес заново: Разработчикам → "
                + "Другое → Входящий вебхук."
        case .missingScope(let scope):
            "В правах вебхука нет `\(scope)`. В Битрикс24 откройте входящий вебхук, отметьте «\(scope)», "
                + "сохраните его и снова нажмите здесь Enter."
        case .missingRight:
            "У пользователя вебхука нет права телефонии «Управление номерами — изменение» (или тариф не даёт "
                + "доступа к REST). Попросите администратора портала выдать его и снова нажмите здесь Enter."
        case .wrongAuthType:
            "На этом портале SIP-линиями может управлять только приложение, а не вебхук (WRONG_AUTH_TYPE). Выйдите "
                + "и укажите портал, подключённый через OAuth (--portal NAME)."
        case .refusedCheck(let reason): "Портал не дал проверить вебхук: \(reason.legacyRussian)"
        case .checking: "Проверка вебхука …"
        case .works(let host): "Вебхук работает на \(host) и может управлять SIP-линиями."
        case .connectorPaid(let until):
            "SIP-коннектор оплачен\(until.isEmpty ? "" : " до " + until): звонки по линиям проходят."
        case .connectorFreeMinutes(let minutes):
            "SIP-коннектор не оплачен; "
                + "\(Plural.russian(minutes, one: "осталась", few: "остались", many: "осталось")) \(minutes) "
                + "\(Plural.russian(minutes, one: "бесплатная минута", few: "бесплатные минуты", many: "бесплатных минут")). "
                + "Пока они не израсходованы, звонки по линиям проходят."
        case .connectorUnpaid:
            "SIP-коннектор не оплачен, и бесплатных минут не осталось: линию создать можно, но звонков по ней не "
                + "будет, пока коннектор не оплатят в разделе Телефония → SIP АТС."
        case .saveHint:
            "Enter сохранит его в файле настроек, и `sipline --portal NAME` найдёт его в следующий раз; Esc — "
                + "использовать только в этом запуске."
        case .saveFailed(let reason):
            "Портал не сохранён: \(reason.legacyRussian)\(reason.legacyRussian.hasSuffix(".") ? "" : ".") Нажмите Enter, чтобы "
                + "попробовать ещё раз, или Esc, чтобы использовать его только в этом запуске."
        case .saved(let name, let host): "Портал \(host) сохранён в файле настроек под именем «\(name)»."
        case .forThisRun(let host): "\(host) используется только в этом запуске (не сохранён)."
        case .webhookLabel: "Вебхук"
        case .saveAsLabel: "Сохранить портал как"
        case .savingPortal: "Сохранение …"
        }
    }
}
