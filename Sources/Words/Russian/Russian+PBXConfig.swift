extension PBXConfigPhrase {
    public var legacyRussian: String {
        switch self {
        case .header(let title, let configID):
            "Линия офисной АТС Битрикс24 «\(title)» (CONFIG_ID \(configID)): что ввести на офисной АТС, чтобы она "
                + "подключилась к Битрикс24."
        case .registrationNote:
            "АТС регистрируется на входящем сервере Битрикс24, чтобы Битрикс24 мог передавать ей звонки."
        case .identifyNote:
            "Запросы с входящего сервера Битрикс24 относятся к этой линии."
        case .contextNote(let context):
            "Звонки из Битрикс24 попадают в контекст \(context) диалплана; замените его своим."
        case .transportNote(let name):
            "Используется ваш UDP-транспорт \(name); переименуйте, если ваш называется иначе."
        case .passwordMasked:
            "INCOMING_PASSWORD здесь показан как ********: откройте его перед копированием (sipline pbx-config "
                + "--show-secrets или клавиша r в мастере)."
        case .freePBXScreen:
            "FreePBX: Connectivity > Trunks > Add Trunk > Add SIP (chan_pjsip) Trunk; заполните эти поля:"
        case .genericHeading:
            "На АТС добавьте SIP-транк, который регистрируется в Битрикс24 с такими данными:"
        case .serverLabel: "Сервер"
        case .portLabel: "Порт"
        case .loginLabel: "Логин"
        case .passwordLabel: "Пароль"
        case .transportLabel: "Транспорт"
        case .cloudLineHasNoPBXSide(let configID):
            "Линия \(configID) — облачная: Битрикс24 сам регистрируется у провайдера, настраивать АТС не нужно. "
                + "pbx-config — для линий офисной АТС."
        case .noIncomingCredentials(let configID):
            "Портал не прислал INCOMING_SERVER для линии \(configID); откройте линию в настройках телефонии "
                + "Битрикс24, чтобы увидеть данные подключения."
        }
    }
}
