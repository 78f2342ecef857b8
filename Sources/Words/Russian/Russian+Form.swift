extension FormPhrase {
    public var legacyRussian: String {
        switch self {
        case .pbxTypeHeading: "Тип АТС"
        case .cloudPBX: "Облачная АТС"
        case .officePBX: "Офисная АТС"
        case .cloudDescription:
            "Битрикс24 регистрируется на сервере вашего SIP-провайдера с логином и паролем, которые вы введёте дальше."
        case .officeDescription:
            "Ваша собственная АТС подключается к Битрикс24. Сервер, логин и пароль для её настройки вы получите, когда "
                + "линия будет создана."
        case .countingLines: "Подсчёт линий, доступных этому вебхуку …"
        case .linesSeen(let total, let cloud, let office):
            "Линий, доступных этому вебхуку: \(total) (облачных — \(cloud), офисных — \(office))"
        case .linesNotListed(let reason): "Не удалось получить список линий этого вебхука: \(reason.legacyRussian)"
        case .titleHeading: "Название подключения"
        case .titleHelp: "Под этим названием линию будут видеть в настройках телефонии Битрикс24."
        case .serverHeading: "Сервер"
        case .serverHelpCloud:
            "Сервер вашего SIP-провайдера, на котором регистрируется Битрикс24: имя хоста, адрес IPv4 или адрес "
                + "[IPv6], при необходимости с :портом (например, sip.provider.example:5060)."
        case .serverHelpOffice:
            "Адрес вашей офисной АТС: имя хоста, адрес IPv4 или адрес [IPv6], при необходимости с :портом."
        case .credentialsHeading: "Учётные данные"
        case .credentialsHeadingAt(let server): "Учётные данные для \(server)"
        case .credentialsHelpCloud: "Логин и пароль этой линии, которые вам выдал SIP-провайдер."
        case .credentialsHelpOffice: "Логин и пароль линии на вашей офисной АТС."
        case .nameLabel: "Название"
        case .serverLabel: "Сервер"
        case .loginLabel: "Логин"
        case .passwordLabel: "Пароль"
        case .warningAccept: "Нажмите Enter ещё раз, чтобы оставить это значение."
        }
    }
}
