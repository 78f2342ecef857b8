extension HelpPhrase {
    public var legacyRussian: String {
        switch self {
        case .siplineAbstract:
            "Подключение SIP-АТС к порталу Битрикс24: мастер в терминале и команды для voximplant.sip.*."
        case .siplineDiscussion:
            """
            Без команды sipline открывает мастер. Безопасно попробовать можно на встроенном тестовом портале:
              sipline --sandbox
            """
        case .wizardAbstract:
            "Пошаговое создание SIP-линии в полноэкранном мастере (команда по умолчанию)."
        case .wizardDiscussion:
            """
            Попробовать, не затрагивая настоящий портал:
              sipline --sandbox
            На портале из файла настроек или заданном в окружении:
              sipline --portal acme
              SIPLINE_WEBHOOK=https://b24-4711.bitrix24.ru/rest/1/<code>/ sipline
            """
        case .wizardSandbox:
            "Работать со встроенным тестовым порталом на 127.0.0.1: ничего не уходит с этой машины."
        case .wizardPlain:
            "Простые построчные вопросы вместо полноэкранного мастера (выбираются и сами при TERM=dumb, неизвестном "
                + "TERM или если стандартный ввод или вывод — не терминал): для экранных чтецов, последовательных "
                + "консолей и скриптов."
        case .wizardShowSecrets:
            "Построчный режим: показывать INCOMING_PASSWORD офисной линии, а не скрывать его."
        case .wizardNoColor:
            "Без цвета (то же делает NO_COLOR в окружении)."
        case .wizardLogFile:
            "Дописывать в этот файл диагностический журнал без секретов (или задайте SIPLINE_LOG); в терминал "
                + "журнал не выводится."
        case .sandboxAbstract:
            "Запустить тестовый портал на 127.0.0.1 (сначала печатает адрес вебхука, работает до Ctrl-C)."
        case .sandboxDiscussion:
            """
            Тестовый портал отвечает по REST-контракту Битрикс24 для voximplant.sip.* и соблюдает правила портала; \
            линии хранит в памяти или в файле состояния. Ничего не уходит с этой машины. Первая строка в stdout — \
            адрес вебхука для sipline, например:
            """ + "\n" + HelpExamples.sandbox
        case .sandboxPort:
            "Порт для приёма соединений (0 — любой свободный)."
        case .sandboxState:
            "Хранить линии тестового портала в этом JSON-файле между перезапусками."
        case .sandboxMaxCloudLines:
            "Сколько линий облачной АТС разрешает тестовый портал (сверх этого — MAX_CLOUD_PBX)."
        case .sandboxFaultInjection:
            "Принимать имитацию сбоев через POST /_sandbox/faults (для тестов и демонстрации медленного или "
                + "сбойного портала)."
        case .addAbstract:
            "Создать SIP-линию (voximplant.sip.add)."
        case .addDiscussion:
            """
            Пароль передаётся только через стандартный ввод или файл, но не в командной строке. Поля проверяются \
            до отправки: при ошибке в поле команда завершается с кодом 65 и перечисляет все ошибки. Создание \
            никогда не повторяется вслепую: если ответ потерялся, sipline снова получает список линий и сообщает, \
            создана ли линия.
            Примеры:
              printf '%s' "$SIP_PASSWORD" | sipline add --title "Офис" --server sip.example.com --login 100 --password-stdin --portal acme
              sipline add --type office --title "Своя АТС" --server pbx.example.com --login pbx --password-file ~/pbx.pw --json
            """
        case .addTitle:
            "Название подключения в Битрикс24 (TITLE)."
        case .addServer:
            "SIP-сервер: имя хоста, IPv4 или [IPv6], при необходимости :порт (SERVER)."
        case .addLogin:
            "SIP-логин (LOGIN)."
        case .addType:
            "cloud — облачная АТС: Битрикс24 регистрируется у вашего провайдера; office — офисная АТС: "
                + "ваша АТС подключается к Битрикс24."
        case .showSecrets:
            "Показывать PASSWORD и INCOMING_PASSWORD вместо ********."
        case .listAbstract:
            "Показать SIP-линии портала (voximplant.sip.get, все страницы)."
        case .listDiscussion:
            "Примеры:\n" + HelpExamples.list
        case .statusAbstract:
            "Показать статус регистрации линии облачной АТС (voximplant.sip.status)."
        case .statusDiscussion:
            """
            Печатает, что означает статус и что делать. Коды завершения: 0 — линия зарегистрирована, 1 — регистрация \
            не удалась (с --watch и без), 75 — регистрация ещё идёт (без --watch; спросите снова через несколько \
            секунд). С --watch sipline спрашивает снова каждые несколько секунд (каждый запрос может уведомлять \
            администраторов портала), пока регистрация не закончится успехом или ошибкой, пока не пройдут --limit \
            секунд (тогда 75) или до Ctrl-C.
            Примеры:
            """ + "\n" + HelpExamples.status
        case .statusRegID:
            "REG_ID линии (его печатает `sipline add` и показывает `sipline list`)."
        case .statusWatch:
            "Опрашивать до успеха или ошибки, печатая каждое изменение."
        case .statusLimit:
            "С --watch: остановиться через столько секунд."
        case .updateAbstract:
            "Изменить название, сервер, логин или пароль SIP-линии (voximplant.sip.update)."
        case .updateDiscussion:
            """
            Меняются только указанные поля; они проверяются по тем же правилам, что и для новой линии. При ошибке \
            в поле команда завершается с кодом 65, перечисляет все ошибки и ничего не отправляет.
            Примеры:
              sipline update 42 --title "Главный офис" --portal acme
              printf '%s' "$NEW_PASSWORD" | sipline update 42 --password-stdin --portal acme
            """
        case .updateTitle:
            "Новое название подключения (TITLE)."
        case .updateServer:
            "Новый SIP-сервер: имя хоста, IPv4 или [IPv6], при необходимости :порт."
        case .updateLogin:
            "Новый SIP-логин."
        case .configIDArgument:
            "CONFIG_ID линии (см. `sipline list`)."
        case .checkAbstract:
            "Проверить SIP-сервер с этой машины: его DNS-записи (RFC 3263) и запрос SIP OPTIONS."
        case .checkDiscussion:
            """
            Имя ищется так же, как его ищет SIP-клиент (NAPTR, затем SRV, затем A/AAAA; для числового адреса или \
            явно указанного порта — сразу адрес), затем один запрос OPTIONS уходит на первую цель: любой ответ SIP, \
            даже 401 или 404, доказывает, что SIP-сервер там есть. Проверка идёт с этой машины, а не с серверов \
            Битрикс24. Коды завершения: 0 — ответил, 68 — имя не находится, 69 — имя находится, но ответа SIP нет, \
            64 — ошибка в аргументах.
            Примеры:
            """ + "\n" + HelpExamples.check
        case .checkServer:
            "SIP-сервер в том виде, в каком его принимает поле SERVER линии: имя хоста, IPv4 или [IPv6], при "
                + "необходимости :порт."
        case .checkTransport:
            "udp или tcp (по умолчанию — как указано в DNS-записях сервера, иначе udp)."
        case .checkNameserver:
            "Спрашивать этот DNS-сервер (IPv4[:порт]) вместо системного."
        case .checkJSON:
            "Напечатать отчёт одним JSON-документом."
        case .defaultAbstract:
            "Показать исходящую линию по умолчанию или сделать SIP-линию линией по умолчанию (voximplant.line.outgoing.*)."
        case .defaultDiscussion:
            """
            Без CONFIG_ID печатает текущую исходящую линию по умолчанию (с названием, если портал его сообщает). \
            С CONFIG_ID делает эту SIP-линию линией по умолчанию и снова читает настройку, чтобы убедиться, что \
            изменение применилось: портал отвечает «готово», даже когда ничего не сделал. Нужно право \
            «Управление номерами — изменение — любые».
            Примеры:
            """ + "\n" + HelpExamples.defaultLine
        case .defaultConfigID:
            "CONFIG_ID SIP-линии (см. `sipline list`)."
        case .pbxConfigAbstract:
            "Напечатать настройки офисной АТС для линии офисной АТС (Asterisk PJSIP, FreePBX или общий список)."
        case .pbxConfigDiscussion:
            """
            Читает линию (voximplant.sip.get) и выводит то, что нужно офисной АТС для регистрации в Битрикс24: \
            INCOMING_SERVER, INCOMING_LOGIN и INCOMING_PASSWORD; пароль скрыт, если не указан --show-secrets.
            Примеры:
            """ + "\n" + HelpExamples.pbxConfig
        case .pbxConfigConfigID:
            "CONFIG_ID линии офисной АТС (см. `sipline list`)."
        case .pbxConfigFormat:
            "asterisk-pjsip, freepbx или generic."
        case .pbxConfigShowSecrets:
            "Выводить INCOMING_PASSWORD вместо ********."
        case .deleteAbstract:
            "Удалить SIP-линию (voximplant.sip.delete)."
        case .deleteDiscussion:
            """
            В терминале sipline спрашивает подтверждение; без терминала (в скриптах) нужен --yes.
            Примеры:
            """ + "\n" + HelpExamples.delete
        case .deleteYes:
            "Удалить без вопроса."
        case .json:
            "Печатать в stdout один JSON-документ с ключами Битрикс24 (ошибки — как {\"error\", \"error_description\"})."
        case .logFile:
            "Дописывать в этот файл диагностический журнал без секретов (или задайте SIPLINE_LOG)."
        case .language:
            "Язык сообщений: en или ru (иначе его определяют LC_ALL, LC_MESSAGES или LANG)."
        case .passwordGroup:
            "Пароль"
        case .passwordStdin:
            "Прочитать пароль из стандартного ввода (один перевод строки в конце отбрасывается)."
        case .passwordFile:
            "Прочитать пароль из файла, доступного только вам (chmod 600); один перевод строки в конце отбрасывается."
        case .portalGroup:
            "Портал"
        case .webhook:
            "Адрес входящего вебхука https://PORTAL/rest/USER_ID/CODE/. Другие пользователи увидят его в списке "
                + "процессов: лучше --webhook-file, SIPLINE_WEBHOOK или --portal."
        case .webhookFile:
            "Файл с адресом вебхука (права — chmod 600)."
        case .portal:
            "Портал из файла настроек по имени ($XDG_CONFIG_HOME/sipline/config.toml)."
        }
    }
}
