extension ResultPhrase {
    public var legacyRussian: String {
        switch self {
        case .cloudCreated(let title): "Линия «\(title)» подключена к Битрикс24 как облачная АТС."
        case .registrationAt(let server): "Регистрация на \(server)"
        case .officeCreated(let title): "Линия офисной АТС «\(title)» создана. Теперь настройте офисную АТС:"
        case .enterOnYourPBX: "Введите на своей АТС эти данные, чтобы она передавала звонки в Битрикс24:"
        case .yourPBX(let configID, let server, let login): "CONFIG_ID \(configID) · ваша АТС: \(server), логин \(login)"
        case .moreLead: "Ещё:"
        case .foundAfterCheck(let reason):
            "Ответ портала потерялся (\(reason.legacyRussian)); sipline заново получил список линий и нашёл в нём эту: она создана."
        case .saving(let path): "Сохранение в \(path) …"
        case .saved(let path): "Сохранено в \(path) (читать файл можете только вы)."
        case .saveFailed(let path, let reason): "Не удалось сохранить в \(path): \(reason.legacyRussian)"
        case .historyNotWritten(let reason): "Линия создана, но не записана в историю: \(reason.legacyRussian)"
        case .noRegID: "REG_ID не получен, поэтому следить за регистрацией здесь нельзя."
        case .registered(let code): "выполнена (\(code))"
        case .providerSaid(let message): "Ответ провайдера: \(message)"
        case .couldNotAsk(let error, let regID):
            "не удалось опросить портал: \(error.legacyRussian) Проверьте позже: `sipline status \(regID)`."
        case .couldNotAskRetrying(let error): "не удалось опросить портал, новая попытка: \(error.legacyRussian)"
        case .waiting: "ожидание"
        case .inProgress: "выполняется"
        case .updatesByItself: "(обновляется само)"
        case .saveToLabel: "Сохранить в"
        case .fileHoldsPasswords: "В файле есть пароли; он записывается с доступом только для вас (0600)."
        case .detailsFileHeader: "sipline: данные SIP-линии. В файле есть секреты: не передавайте его никому."
        case .sandboxHost(let host): "\(host) (песочница)"
        case .fixRefused(let reason): "Портал не принял изменение: \(reason.legacyRussian)"
        case .fixHint:
            "Исправьте то, что не принял провайдер. Enter отправит сервер, логин и пароль; портал зарегистрирует линию "
                + "заново (ничего не создаётся второй раз)."
        case .sendingFix: "Изменение отправляется; затем портал заново зарегистрирует линию …"
        case .settingDefault: "Линия назначается исходящей по умолчанию …"
        case .defaultRefused(let reason): "Исходящая линия по умолчанию не изменена: \(reason.legacyRussian)"
        case .pbxConfigHeading(let format): "Настройки для вашей АТС · \(format)"
        case .pbxConfigFormats: "1 Asterisk PJSIP · 2 FreePBX · 3 общий список"
        case .genericFormat: "общий список"
        case .pbxConfigUnavailable:
            "Портал не прислал входящий сервер, логин и пароль этой линии, поэтому для АТС писать нечего. "
                + "Посмотрите линию в настройках телефонии Битрикс24."
        }
    }
}
