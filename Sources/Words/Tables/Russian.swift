/// Russian: every key's words, area by area as Phrases/ declares them. The format of this text is described in
/// Template/TemplateTable.swift, its placeholders in Template/Template.swift.
extension TemplateTable {
    static let russianText = #"""
    [AddPhrase]
    passwordMissing: Укажите пароль через --password-stdin или --password-file (в командной строке пароль не
      передаётся).
    warning: предупреждение: {issue}
    note: примечание: {issue}
    historyNotRecorded: предупреждение: линия создана, но записать её в историю не удалось: {reason}
    foundAfterCheck: примечание: ответ портала потерян ({reason}); sipline снова запросил список линий и нашёл эту: она
      создана.
    notCreated: Линия не создана: {reason}. Можно спокойно пробовать снова.
    outcomeUnknown: Неизвестно, создана ли линия: {reason}

    [AddressKindPhrase]
    unspecifiedIPv4: неопределённый адрес (0.x.x.x)
    unspecifiedIPv6: неопределённый адрес
    loopback: петлевой адрес (loopback)
    privateIPv4: частный адрес
    carrierGradeNAT: адрес из сети оператора (carrier-grade NAT)
    linkLocal: локальный адрес канала (link-local)
    uniqueLocalIPv6: частный адрес (unique local)
    localNetworkName: имя в локальной сети (mDNS)

    [AnswerProblemPhrase]
    connectorStatusNotObject: статус коннектора — не объект JSON
    lineNotObject: линия — не объект JSON
    lineWithoutConfigID: у линии нет CONFIG_ID
    linesNeitherListNorEmpty: список линий — не список и не пустое значение
    statusNotObject: статус — не объект JSON
    statusWithoutResult: в статусе нет STATUS_RESULT
    unknownStatusResult: в статусе неизвестный STATUS_RESULT «{value}»
    changeNotConfirmed: портал не подтвердил изменение
    notALineID: это не идентификатор линии
    notAnObjectOfLines: это не объект со списком линий

    [CheckPhrase]
    fromThisMachine: Проверка идёт с этой машины, а не с серверов Битрикс24: портал может видеть сервер иначе.
    answered: {server} находится в DNS, и SIP-сервер отвечает на {target}: {statusLine}.
    answeredAtAddress: SIP-сервер отвечает на {target}: {statusLine}.
    software: Его программа: {name}.
    noAnswer: {server} находится в DNS, но {target} не дал SIP-ответа за {seconds} с. Файрвол может отбрасывать OPTIONS
      из этой сети; портал, возможно, до сервера достучится.
    noAnswerAtAddress: {target} не дал SIP-ответа за {seconds} с. Файрвол может отбрасывать OPTIONS из этой сети;
      портал, возможно, до сервера достучится.
    refused: {server} находится в DNS, но {target} отклонил запрос: там никто не принимает SIP, или его отвергает
      файрвол. Портал, возможно, достучится до сервера из другого места.
    refusedAtAddress: {target} отклонил запрос: там никто не принимает SIP, или его отвергает файрвол. Портал, возможно,
      достучится до сервера из другого места.
    onlyTLSTargets: {server} ведёт только на SIP поверх TLS, который эта проверка не использует; ничего не отправлено.
    doesNotResolve: {server} не находится в DNS отсюда: нет записей NAPTR, SRV, A и AAAA. Проверьте, нет ли опечатки;
      если портал тоже не найдёт это имя, регистрация не пройдёт с кодом 502.
    dnsUnavailable: {server} не удалось проверить: ни один DNS-сервер не ответил этой машине. Проверьте её настройки DNS
      (/etc/resolv.conf); портал ищет имена сам.
    summaryAnswered: SIP-сервер отвечает ({statusLine}); проверено с этой машины.
    summaryNoAnswer: Находится в DNS, но SIP-ответа с этой машины нет (его может отбрасывать файрвол; портал, возможно,
      достучится).
    summaryDoesNotResolve: Не находится в DNS с этой машины.
    lookupsHeading: Запросы DNS:
    targetsHeading: Адреса в порядке RFC 3263:
    lookupFound: {type} {name}: {count} {count|запись|записи|записей}
    lookupNoSuchName: {type} {name}: такого имени нет
    lookupNoRecords: {type} {name}: записей нет
    lookupTimedOut: {type} {name}: DNS-сервер не ответил
    lookupServerFailure: {type} {name}: DNS-сервер дал сбой или отказал
    lookupNoResolver: {type} {name}: не удалось настроить резолвер (/etc/resolv.conf)
    lookupUnreadable: {type} {name}: ответ не удалось прочитать
    lookupCancelled: {type} {name}: отменено
    target: {endpoint} {transport} ({host}, из {source})
    unknownTransport: --transport должен быть udp или tcp, а не «{value}».
    invalidNameserver: {source} должен быть IPv4-адресом с необязательным :портом, а не «{value}».

    [CommandNotePhrase]
    rateLimitWait: портал ограничил частоту запросов (QUERY_LIMIT_EXCEEDED); новая попытка через {delay} (попытка
      {retry}).
    operatingLimitWait: портал приостановил этот метод (OPERATION_TIME_LIMIT); ждём {delay}, пока лимит сбросится, затем
      пробуем снова.
    portalMoved: портал теперь отвечает по адресу {address} (он перенаправил туда); обновите вебхук там, где он хранится
      ({source}).
    malformedTimeout: {variable} должен быть числом секунд от 0.1 до 3600, а не "{value}".

    [CommandPhrase]
    invalidFields: Ничего не отправлено: ошибки в {count} {count|поле|полях|полях}.
    interrupted: Прервано.
    sandboxDidNotStart: Встроенный тестовый портал не запустился: {reason}
    configIDNotPositive: CONFIG_ID должен быть положительным числом, а не {value}.
    unknownFormat: --format должен быть одним из: {known*, }, а не «{value}».
    passwordGivenTwice: Укажите пароль либо через --password-stdin, либо через --password-file, но не обоими способами
      сразу.
    standardInputUnreadable: --password-stdin: не удалось прочитать стандартный ввод ({reason}).
    passwordFileReadableByOthers: --password-file {path}: файл могут читать другие пользователи (права {mode}); sipline
      не будет его использовать. Выполните: chmod 600 {path}
    passwordFileFailure: --password-file: {failure}
    passwordFileUnreadable: --password-file {path}: файл не удалось прочитать.
    passwordNotUTF8: Ничего не отправлено: пароль из {source} — не текст в UTF-8.
    tokensNotSaved: предупреждение: обновлённые токены OAuth не удалось сохранить ({problem}); при следующем запуске,
      возможно, придётся заново подключить приложение.
    logFileNotOpened: предупреждение: не удалось открыть файл журнала {path}: {reason}; журнал не ведётся.
    invalidFields.one: Ничего не отправлено: в поле ошибка.

    [ConfigPhrase]
    inFile: {path}: {problem}
    onLine: {path}, строка {line}: {problem}
    invalidPortalName: в имени портала «{name}» допустимы только латинские буквы, цифры, - и _
    fileDisappeared: файл пропал; обновлённые токены портала «{portal}» не сохранены
    noLongerOAuth: [portals.{portal}] больше не OAuth-портал; его обновлённые токены не сохранены
    cannotLock: не удалось заблокировать {lockPath}: {reason}
    readableByOthers: файл могут читать другие пользователи (права {mode}), а в нём хранятся секреты; sipline не будет
      его использовать. Выполните: chmod 600 {path}
    notUTF8: это не текст в UTF-8
    systemFailure: ошибка {operation}: {reason}
    notWritten: не удалось записать: {reason}
    notTOML: это не корректный TOML: {detail}
    notTOMLWithoutDetail: это не корректный TOML
    unknownTopLevelKey: неизвестный ключ «{key}»; ожидаются «default» или разделы [portals.NAME]
    defaultNotString: «default» должно быть именем портала в кавычках, например default = "acme"
    portalsNotSections: «portals» должны быть разделами вида [portals.acme]
    portalNotSection: портал «{name}» должен быть разделом [{section}]
    defaultWithoutSection: указано default = "{name}", но раздела [portals.{name}] нет
    unknownPortalKey: неизвестный ключ «{key}» в [{section}]; у портала есть либо «webhook», либо ключи OAuth
      {oauthKeys*, }
    valueNotString: «{key}» в [{section}] должно быть строкой в кавычках
    webhookAndOAuth: в [{section}] есть и «webhook», и ключи OAuth; оставьте что-то одно
    emptyPortal: раздел [{section}] пуст; укажите «webhook» или ключи OAuth
    missingOAuthKey: в [{section}] нет «{key}» (OAuth-порталу нужны {required*, })
    credentials: {problem}
    symbolicLink: символическая ссылка; sipline работает здесь только с обычным файлом и оставил ссылку как есть.
      Замените её самим файлом
    notRegularFile: {kind}, а не обычный файл; sipline оставил его как есть. Уберите его
    ownedByAnotherUser: принадлежит другому пользователю (uid {owner}); sipline работает здесь только со своим файлом и
      оставил его как есть. Уберите его или смените владельца (chown)
    notADraft: это не черновик sipline (повреждён или обрезан); sipline оставил его как есть. Уберите его, чтобы начать
      без него
    headerWithoutName: неверный TOML: заголовок [раздела] должен начинаться с имени, например [portals.acme]

    [CreatedLinePhrase]
    created: SIP-линия {configID} создана на портале {host}.
    followRegistration: Теперь Битрикс24 регистрируется на {server}. Следить за регистрацией:
      |  sipline status {regID} --watch
    setOnYourPBX: Укажите эти данные на своей АТС, чтобы она зарегистрировалась в Битрикс24 (пароль покажет
      --show-secrets):
    setOnYourPBXRevealed: Укажите эти данные на своей АТС, чтобы она зарегистрировалась в Битрикс24 (это секреты: не
      вставляйте их в обращения и чаты):

    [CredentialsFieldPhrase]
    webhookURL: Адрес вебхука
    oauthCredentials: Данные OAuth
    oauthClientEndpoint: Адрес портала для OAuth
    oauthServerEndpoint: Адрес сервера OAuth
    accessToken: Токен доступа
    refreshToken: Токен обновления
    clientID: Client ID
    clientSecret: Client secret

    [CredentialsPhrase]
    empty: {field}: ничего не указано. Скопируйте адрес на портале: Разработчикам → Другое → Входящий вебхук.
    notAURL: {field}: это не адрес; ожидается https://PORTAL/rest/USER_ID/CODE/.
    unsupportedScheme: {field}: адрес начинается с «{scheme}», а принимаются только адреса https://.
    insecureHTTP: {field}: к {host} указан http://, а принимается только https:// (http:// — только для 127.0.0.1 и
      localhost).
    missingHost: {field}: нет имени портала; ожидается https://PORTAL/rest/USER_ID/CODE/.
    invalidPort: {field}: порт — не число от 1 до 65535.
    unexpectedUserInfo: {field}: перед именем портала указано имя пользователя («…@»), а в адресе вебхука его не бывает.
    notAWebhookPath: {field}: нет части /rest/USER_ID/CODE/; скопируйте с портала адрес входящего вебхука целиком.
    missingUserID: {field}: после /rest/ нет ID пользователя; ожидается /rest/USER_ID/CODE/.
    invalidUserID: {field}: ID пользователя (число после /rest/) — не положительное число.
    missingCode: {field}: после ID пользователя нет кода вебхука; ожидается /rest/USER_ID/CODE/.
    invalidCode: {field}: в коде вебхука есть символы, которых в нём не бывает (только буквы и цифры).
    unexpectedPath: {field}: после /rest/USER_ID/CODE/ есть лишний путь; удалите всё, что идёт после кода.
    unexpectedQuery: {field}: есть «?» или «#», а адрес вебхука заканчивается на /rest/USER_ID/CODE/.
    missingField: {field}: поле «{name}» пустое.

    [DefaultLinePhrase]
    baseNumber: основной номер портала (LINK_BASE_NUMBER)
    number: номер {number}
    cloudLine: облачная SIP-линия reg{regID}
    officeLine: SIP-линия офисной АТС sip{configID}
    restAppLine: линия REST-приложения {app} (REST_APP:{app})
    named: {line}, «{name}»
    current: Исходящая линия по умолчанию: {line}.
    madeDefault: Было: {was}; теперь: эта линия, {now}.
    alreadyDefault: Эта линия уже исходящая по умолчанию: {line}.
    notTaken: Портал принял изменение, но исходящей по умолчанию осталась {now}, а не {expected}. Проверьте в настройках
      телефонии Битрикс24, можно ли звонить через эту линию.
    lineNotVisible: Этот вебхук не видит линию с CONFIG_ID {configID}: её нет, либо она создана в настройках Битрикс24
      или другим приложением (см. sipline list).

    [DeletePhrase]
    cannotAsk: Линия {configID} не удалена: стандартный ввод — не терминал, и sipline не может спросить подтверждение.
      Добавьте --yes, чтобы удалить без вопроса.
    confirmNamed: Удалить линию {configID} «{title}» ({type}, {server}) на портале {host}? [y/N]\s
    confirm: Удалить линию {configID} на портале {host}? [y/N]\s
    declined: Не удалено.
    deleted: Линия {configID} на портале {host} удалена.

    [DraftFieldPhrase]
    type: Тип АТС
    title: Название
    server: Сервер
    login: Логин
    password: Пароль

    [DurationPhrase]
    seconds: {seconds} с
    milliseconds: {milliseconds} мс
    secondsAndTenths: {seconds},{tenths} с

    [FieldIssuePhrase]
    issue: {key}: {issue}

    [FileKindPhrase]
    fifo: именованный канал (FIFO)
    folder: папка
    characterDevice: символьное устройство
    blockDevice: блочное устройство
    socket: сокет
    notRegular: что-то другое

    [FormPhrase]
    pbxTypeHeading: Тип АТС
    cloudPBX: Облачная АТС
    officePBX: Офисная АТС
    cloudDescription: Битрикс24 регистрируется на сервере вашего SIP-провайдера с логином и паролем, которые вы введёте
      дальше.
    officeDescription: Ваша собственная АТС подключается к Битрикс24. Сервер, логин и пароль для её настройки вы
      получите, когда линия будет создана.
    countingLines: Подсчёт линий, доступных этому вебхуку …
    linesSeen: Линий, доступных этому вебхуку: {total} (облачных — {cloud}, офисных — {office})
    linesNotListed: Не удалось получить список линий этого вебхука: {reason}
    titleHeading: Название подключения
    titleHelp: Под этим названием линию будут видеть в настройках телефонии Битрикс24.
    serverHeading: Сервер
    serverHelpCloud: Сервер вашего SIP-провайдера, на котором регистрируется Битрикс24: имя хоста, адрес IPv4 или адрес
      [IPv6], при необходимости с :портом (например, sip.provider.example:5060).
    serverHelpOffice: Адрес вашей офисной АТС: имя хоста, адрес IPv4 или адрес [IPv6], при необходимости с :портом.
    credentialsHeading: Учётные данные
    credentialsHeadingAt: Учётные данные для {server}
    credentialsHelpCloud: Логин и пароль этой линии, которые вам выдал SIP-провайдер.
    credentialsHelpOffice: Логин и пароль линии на вашей офисной АТС.
    nameLabel: Название
    serverLabel: Сервер
    loginLabel: Логин
    passwordLabel: Пароль
    warningAccept: Нажмите Enter ещё раз, чтобы оставить это значение.

    [HelpPhrase]
    siplineAbstract: Подключение SIP-АТС к порталу Битрикс24: мастер в терминале и команды для voximplant.sip.*.
    siplineDiscussion: Без команды sipline открывает мастер. Безопасно попробовать можно на встроенном тестовом портале:
      |  sipline --sandbox
    wizardAbstract: Пошаговое создание SIP-линии в полноэкранном мастере (команда по умолчанию).
    wizardDiscussion: Попробовать, не затрагивая настоящий портал:
      |  sipline --sandbox
      |На портале из файла настроек или заданном в окружении:
      |  sipline --portal acme
      |  SIPLINE_WEBHOOK=https://b24-4711.bitrix24.ru/rest/1/<code>/ sipline
    wizardSandbox: Работать со встроенным тестовым порталом на 127.0.0.1: ничего не уходит с этой машины.
    wizardPlain: Простые построчные вопросы вместо полноэкранного мастера (выбираются и сами при TERM=dumb, неизвестном
      TERM или если стандартный ввод или вывод — не терминал): для экранных чтецов, последовательных консолей и
      скриптов.
    wizardShowSecrets: Построчный режим: показывать INCOMING_PASSWORD офисной линии, а не скрывать его.
    wizardNoColor: Без цвета (то же делает NO_COLOR в окружении).
    wizardLogFile: Дописывать в этот файл диагностический журнал без секретов (или задайте SIPLINE_LOG); в терминал
      журнал не выводится.
    sandboxAbstract: Запустить тестовый портал на 127.0.0.1 (сначала печатает адрес вебхука, работает до Ctrl-C).
    sandboxDiscussion: Тестовый портал отвечает по REST-контракту Битрикс24 для voximplant.sip.* и соблюдает правила
      портала; линии хранит в памяти или в файле состояния. Ничего не уходит с этой машины. Первая строка в stdout —
      адрес вебхука для sipline, например:
      |{examples}
    sandboxPort: Порт для приёма соединений (0 — любой свободный).
    sandboxState: Хранить линии тестового портала в этом JSON-файле между перезапусками.
    sandboxMaxCloudLines: Сколько линий облачной АТС разрешает тестовый портал (сверх этого — MAX_CLOUD_PBX).
    sandboxFaultInjection: Принимать имитацию сбоев через POST /_sandbox/faults (для тестов и демонстрации медленного
      или сбойного портала).
    addAbstract: Создать SIP-линию (voximplant.sip.add).
    addDiscussion: Пароль передаётся только через стандартный ввод или файл, но не в командной строке. Поля проверяются
      до отправки: при ошибке в поле команда завершается с кодом 65 и перечисляет все ошибки. Создание никогда не
      повторяется вслепую: если ответ потерялся, sipline снова получает список линий и сообщает, создана ли линия.
      |Примеры:
      |  printf '%s' "$SIP_PASSWORD" | sipline add --title "Офис" --server sip.example.com --login 100 --password-stdin
      --portal acme
      |  sipline add --type office --title "Своя АТС" --server pbx.example.com --login pbx --password-file ~/pbx.pw
      --json
    addTitle: Название подключения в Битрикс24 (TITLE).
    addServer: SIP-сервер: имя хоста, IPv4 или [IPv6], при необходимости :порт (SERVER).
    addLogin: SIP-логин (LOGIN).
    addType: cloud — облачная АТС: Битрикс24 регистрируется у вашего провайдера; office — офисная АТС: ваша АТС
      подключается к Битрикс24.
    showSecrets: Показывать PASSWORD и INCOMING_PASSWORD вместо ********.
    listAbstract: Показать SIP-линии портала (voximplant.sip.get, все страницы).
    listDiscussion: Примеры:
      |{examples}
    statusAbstract: Показать статус регистрации линии облачной АТС (voximplant.sip.status).
    statusDiscussion: Печатает, что означает статус и что делать. Коды завершения: 0 — линия зарегистрирована, 1 —
      регистрация не удалась (с --watch и без), 75 — регистрация ещё идёт (без --watch; спросите снова через несколько
      секунд). С --watch sipline спрашивает снова каждые несколько секунд (каждый запрос может уведомлять
      администраторов портала), пока регистрация не закончится успехом или ошибкой, пока не пройдут --limit секунд
      (тогда 75) или до Ctrl-C.
      |Примеры:
      |{examples}
    statusRegID: REG_ID линии (его печатает `sipline add` и показывает `sipline list`).
    statusWatch: Опрашивать до успеха или ошибки, печатая каждое изменение.
    statusLimit: С --watch: остановиться через столько секунд.
    updateAbstract: Изменить название, сервер, логин или пароль SIP-линии (voximplant.sip.update).
    updateDiscussion: Меняются только указанные поля; они проверяются по тем же правилам, что и для новой линии. При
      ошибке в поле команда завершается с кодом 65, перечисляет все ошибки и ничего не отправляет.
      |Примеры:
      |  sipline update 42 --title "Главный офис" --portal acme
      |  printf '%s' "$NEW_PASSWORD" | sipline update 42 --password-stdin --portal acme
    updateTitle: Новое название подключения (TITLE).
    updateServer: Новый SIP-сервер: имя хоста, IPv4 или [IPv6], при необходимости :порт.
    updateLogin: Новый SIP-логин.
    configIDArgument: CONFIG_ID линии (см. `sipline list`).
    checkAbstract: Проверить SIP-сервер с этой машины: его DNS-записи (RFC 3263) и запрос SIP OPTIONS.
    checkDiscussion: Имя ищется так же, как его ищет SIP-клиент (NAPTR, затем SRV, затем A/AAAA; для числового адреса
      или явно указанного порта — сразу адрес), затем один запрос OPTIONS уходит на первую цель: любой ответ SIP, даже
      401 или 404, доказывает, что SIP-сервер там есть. Проверка идёт с этой машины, а не с серверов Битрикс24. Коды
      завершения: 0 — ответил, 68 — имя не находится, 69 — имя находится, но ответа SIP нет, 64 — ошибка в аргументах.
      |Примеры:
      |{examples}
    checkServer: SIP-сервер в том виде, в каком его принимает поле SERVER линии: имя хоста, IPv4 или [IPv6], при
      необходимости :порт.
    checkTransport: udp или tcp (по умолчанию — как указано в DNS-записях сервера, иначе udp).
    checkNameserver: Спрашивать этот DNS-сервер (IPv4[:порт]) вместо системного (по умолчанию — $SIPLINE_NAMESERVER, как проверка в мастере).
    checkJSON: Напечатать отчёт одним JSON-документом.
    defaultAbstract: Показать исходящую линию по умолчанию или сделать SIP-линию линией по умолчанию
      (voximplant.line.outgoing.*).
    defaultDiscussion: Без CONFIG_ID печатает текущую исходящую линию по умолчанию (с названием, если портал его
      сообщает). С CONFIG_ID делает эту SIP-линию линией по умолчанию и снова читает настройку, чтобы убедиться, что
      изменение применилось: портал отвечает «готово», даже когда ничего не сделал. Нужно право «Управление номерами —
      изменение — любые».
      |Примеры:
      |{examples}
    defaultConfigID: CONFIG_ID SIP-линии (см. `sipline list`).
    pbxConfigAbstract: Напечатать настройки офисной АТС для линии офисной АТС (Asterisk PJSIP, FreePBX или общий
      список).
    pbxConfigDiscussion: Читает линию (voximplant.sip.get) и выводит то, что нужно офисной АТС для регистрации в
      Битрикс24: INCOMING_SERVER, INCOMING_LOGIN и INCOMING_PASSWORD; пароль скрыт, если не указан --show-secrets.
      |Примеры:
      |{examples}
    pbxConfigConfigID: CONFIG_ID линии офисной АТС (см. `sipline list`).
    pbxConfigFormat: asterisk-pjsip, freepbx или generic.
    pbxConfigShowSecrets: Выводить INCOMING_PASSWORD вместо ********.
    deleteAbstract: Удалить SIP-линию (voximplant.sip.delete).
    deleteDiscussion: В терминале sipline спрашивает подтверждение; без терминала (в скриптах) нужен --yes.
      |Примеры:
      |{examples}
    deleteYes: Удалить без вопроса.
    json: Печатать в stdout один JSON-документ с ключами Битрикс24 (ошибки — как \{"error", "error_description"\}).
    logFile: Дописывать в этот файл диагностический журнал без секретов (или задайте SIPLINE_LOG).
    language: Язык сообщений: en или ru (иначе его определяют LC_ALL, LC_MESSAGES или LANG).
    passwordGroup: Пароль
    passwordStdin: Прочитать пароль из стандартного ввода (один перевод строки в конце отбрасывается).
    passwordFile: Прочитать пароль из файла, доступного только вам (chmod 600); один перевод строки в конце
      отбрасывается.
    portalGroup: Портал
    webhook: Адрес входящего вебхука https://PORTAL/rest/USER_ID/CODE/. Другие пользователи увидят его в списке
      процессов: лучше --webhook-file, SIPLINE_WEBHOOK или --portal.
    webhookFile: Файл с адресом вебхука (права — chmod 600).
    portal: Портал из файла настроек по имени ($XDG_CONFIG_HOME/sipline/config.toml).

    [HelpTopicPhrase]
    portal: Портал
    pbxType: Тип АТС
    connectionName: Название подключения
    server: Сервер
    credentials: Учётные данные
    review: Проверка
    creatingTheLine: Создание линии
    result: Результат
    unknownOutcome: Результат неизвестен

    [KeyPhrase]
    choose: выбор
    pick: тип
    next: далее
    back: назад
    quit: выход
    help: справка
    nextFieldShort: поле
    show: показать
    hide: скрыть
    clear: очистить
    create: создать
    edit: изменить
    portal: портал
    stopWaiting: не ждать
    saveDetails: сохранить данные
    reveal: показать
    newLine: новая линия
    save: сохранить
    cancel: отмена
    check: проверить
    thisRunOnly: без сохранения
    backToReview: к проверке
    closeHelp: закрыть справку
    stay: остаться
    continueDraft: продолжить черновик
    startFresh: начать заново
    fixRegistration: исправить
    pbxConfig: настройки АТС
    makeDefault: по умолчанию
    registerAgain: зарегистрировать
    format: формат
    scroll: прокрутка
    helpOverlay: эта справка
    helpOverlayToo: тоже эта справка (когда текст не вводится)
    redraw: перерисовать экран
    quitAsking: выход (сначала спросит, если что-то введено)
    quitNow: выход
    moveInText: перемещение по тексту
    startEnd: в начало, в конец (также Ctrl-A, Ctrl-E)
    deleteBeforeUnder: удалить символ перед курсором, под курсором
    clearOrDeleteWord: очистить поле, удалить слово перед курсором
    typedText: вводятся в поле, на любом языке
    moveSelection: переместить выбор
    pickType: Облачная АТС, Офисная АТС
    nextScreen: следующий экран
    backToPortal: назад, к экрану портала
    escapeQuits: выход, как Ctrl-C
    nextField: следующее поле этого экрана
    previousField: предыдущее поле этого экрана
    checkField: проверить поле и, если всё верно, идти дальше
    togglePassword: показать или скрыть пароль
    backOneScreen: на экран назад; введённое не теряется
    createOnce: создать линию (один раз)
    editStep: изменить этот шаг и вернуться сюда
    changePortal: другой портал (вебхук)
    backToCredentials: назад, к учётным данным
    stopWaitingExplained: не ждать: sipline проверит, создана ли линия
    ignoredWhileWaiting: не действуют, пока портал не ответит
    backToReviewCheckFirst: к проверке (сначала посмотрите `sipline list`)
    saveDetailsExplained: сохранить данные в файл (доступный только вам)
    revealPasswords: показать или скрыть пароли
    anotherLine: создать ещё одну линию
    quitWithSummary: выход; на экране останется итог
    nothingHereLineExists: здесь ничего не делают: линия уже есть
    saveToPath: сохранить данные в этот файл
    doNotSave: назад к результату без сохранения
    checkWebhook: проверить (пустое поле — проверить текущий портал)
    backKeepingPortal: назад, не меняя портал
    savePortalUnderName: сохранить под этим именем в файле настроек
    usePortalThisRunOnly: использовать только в этом запуске, не сохраняя
    stayInWizard: остаться в мастере
    continueDraftExplained: заполнить форму из черновика
    startFreshExplained: пустая форма; черновик удаляется
    quitKeepingDraft: выход; черновик останется на следующий раз
    fixRegistrationExplained: исправить сервер, логин или пароль; портал зарегистрирует линию заново
    pbxConfigExplained: что ввести на вашей АТС: Asterisk, FreePBX или любой другой
    makeDefaultExplained: сделать линию исходящей по умолчанию (с проверкой)
    registerAgainExplained: отправить: портал зарегистрирует линию заново
    backToResult: назад к результату
    chooseFormat: Asterisk PJSIP, FreePBX, общий список
    scrollText: прокрутить настройки
    saveDetailsWithConfig: сохранить данные и эти настройки в файл
    spaceKey: Пробел
    otherKeys: другие клавиши
    typedTextKeys: буквы, цифры

    [LinePhrase]
    server: Сервер
    login: Логин
    password: Пароль

    [ListPhrase]
    noLines: На портале {host} нет SIP-линий.
    summary: {count} {count|линия|линии|линий} на {host}: облачных — {cloud}, офисных — {office}.
    lastColumnHeader: REG_ID / INCOMING_SERVER

    [LostAnswerPhrase]
    stoppedWaiting: ожидание ответа прервано
    noAnswerInTime: ответ не пришёл вовремя
    connectionBroke: соединение оборвалось до получения всего ответа
    answerTooLarge: ответ оказался слишком большим
    failedAfterSending: соединение прервалось после отправки
    serverError: ошибка сервера, HTTP {status}
    emptyAnswer: пустой ответ, HTTP {status}
    foreignAnswer: ответ не от Битрикс24, HTTP {status}
    answerLost: ответ потерялся
    answerDidNotDescribeLine: в ответе не было описания линии

    [OverlayPhrase]
    helpTitle: Справка · {topic}
    helpCloses: Esc или F1 закрывает справку.
    quitQuestion: Выйти из sipline?
    quitQuestionShort: Выйти из sipline? y/n
    yes: да
    no: нет
    createdInThisRun: В этом запуске {count|создана|создано|создано} {count} {count|линия|линии|линий}.
    draftKept: При прошлом выходе из sipline остался черновик.
    continueDraft: Продолжить черновик{title? «{title}»}{server? для {server}} (введён {typedAt})?
    typedFor: Он вводился для портала {host}.
    moreDraftsKept: Есть ещё {count} {count|черновик|черновика|черновиков}; они предлагаются по одному.
    passwordNeverKept: Пароль в черновике не хранится: введите его снова.
    continueChoice: продолжить
    startFreshChoice: начать заново (черновик удалится)
    createdInThisRun.none: В этом запуске линии не создавались.

    [PBXConfigPhrase]
    header: Линия офисной АТС Битрикс24 «{title}» (CONFIG_ID {configID}): что ввести на офисной АТС, чтобы она
      подключилась к Битрикс24.
    registrationNote: АТС регистрируется на входящем сервере Битрикс24, чтобы Битрикс24 мог передавать ей звонки.
    identifyNote: Запросы с входящего сервера Битрикс24 относятся к этой линии.
    contextNote: Звонки из Битрикс24 попадают в контекст {context} диалплана; замените его своим.
    transportNote: Используется ваш UDP-транспорт {name}; переименуйте, если ваш называется иначе.
    passwordMasked: INCOMING_PASSWORD здесь показан как ********: откройте его перед копированием (sipline pbx-config
      --show-secrets или клавиша r в мастере).
    freePBXScreen: FreePBX: Connectivity > Trunks > Add Trunk > Add SIP (chan_pjsip) Trunk; заполните эти поля:
    genericHeading: На АТС добавьте SIP-транк, который регистрируется в Битрикс24 с такими данными:
    serverLabel: Сервер
    portLabel: Порт
    loginLabel: Логин
    passwordLabel: Пароль
    transportLabel: Транспорт
    cloudLineHasNoPBXSide: Линия {configID} — облачная: Битрикс24 сам регистрируется у провайдера, настраивать АТС не
      нужно. pbx-config — для линий офисной АТС.
    noIncomingCredentials: Портал не прислал INCOMING_SERVER для линии {configID}; откройте линию в настройках телефонии
      Битрикс24, чтобы увидеть данные подключения.

    [PlainPhrase]
    intro: sipline · Новая SIP-линия. Отвечайте на вопросы и нажимайте Enter; пустой ответ оставляет то, что в
      [скобках]. Ctrl-D или Ctrl-C — выход, введённое сохранится как черновик.
    chosenBecause: sipline: простой режим (вопросы по строкам), потому что {reason}.
    errorLead: Ошибка:
    warningLead: Внимание:
    noteLead: Примечание:
    doneLead: Готово:
    stepHeading: Шаг {step} из {total} · {title}
    choiceLine: {name}: {description}
    hidden: (скрыт)
    registration: Регистрация: {state}
    ask: {label}:\s
    askKeeping: {label} [{current}]:\s
    askSecret: {label} (не виден при вводе):\s
    askSecretKeeping: {label} [прежний] (не виден при вводе):\s
    askType: Тип АТС, 1 или 2 [{current}]:\s
    askWebhook: Адрес вебхука (не виден при вводе):\s
    askWebhookOrRecheck: Адрес вебхука, или Enter — проверить текущий (не виден при вводе):\s
    askPortalName: Сохранить портал как [{suggested}] (- — не сохранять):\s
    askCreate: Создать линию? [Y/n] (1-4 — изменить шаг, p — другой портал):\s
    askQuit: Выйти из sipline? Введённое останется черновиком. [y/N]:\s
    askContinueDraft: Продолжить его? [Y/n]:\s
    askNext: Дальше [{quit}]:\s
    askFormat: Формат: 1 Asterisk PJSIP, 2 FreePBX, 3 общий список; Enter — назад:\s
    stepSave: сохранить данные в файл
    stepDefault: сделать линию исходящей по умолчанию
    stepFix: исправить регистрацию (сервер, логин, пароль; - — отмена)
    stepPBXConfig: показать настройки для АТС
    stepNewLine: ещё одна линия
    stepQuit: выход
    askSavePath: Сохранить в [{suggested}] (- — отмена):\s
    askAfterUnknown: Enter — назад к проверке; q — выход:\s
    answerYesOrNo: Ответьте y или n.
    answerOneOrTwo: Ответьте 1 (Облачная АТС) или 2 (Офисная АТС).
    answerCreate: Ответьте y, n, номер шага от 1 до 4 или p.
    answerOneTwoThree: Ответьте 1, 2 или 3.
    answerFromOneTo: Ответьте числом от 1 до {last}.
    answerEnterOrQ: Нажмите Enter или ответьте q.

    [PortalPhrase]
    heading: Портал
    help: Вставьте входящий вебхук портала с правами «Телефония» (telephony): в Битрикс24 он в разделе Разработчикам →
      Другое → Входящий вебхук. Вебхук проверяется сразу, а его код после ввода скрывается.
    emptyWebhook: Адрес вебхука пуст. Скопируйте его на портале: Разработчикам → Другое → Входящий вебхук.
    inUse: Сейчас используется {host} (вебхук {webhook}).
    addRefused: Ничего не создано. Когда вебхук будет исправлен в Битрикс24, нажмите Enter при пустом поле, чтобы
      проверить его снова, или вставьте другой вебхук; всё введённое сохранится.
    recheckHint: Нажмите Enter при пустом поле, чтобы заново проверить текущий портал.
    worksAgain: Вебхук портала {host} теперь работает.
    malformed: {reason}
    unreachable: Не удалось связаться с порталом: {reason} Проверьте адрес и сеть (или прокси) и нажмите Enter, чтобы
      попробовать ещё раз.
    badWebhook: Портал не принял этот вебхук: код неверен или вебхук удалён. Скопируйте адрес заново: Разработчикам →
      Другое → Входящий вебхук.
    missingScope: В правах вебхука нет `{scope}`. В Битрикс24 откройте входящий вебхук, отметьте «{scope}», сохраните
      его и снова нажмите здесь Enter.
    missingRight: У пользователя вебхука нет права телефонии «Управление номерами — изменение» (или тариф не даёт
      доступа к REST). Попросите администратора портала выдать его и снова нажмите здесь Enter.
    wrongAuthType: На этом портале SIP-линиями может управлять только приложение, а не вебхук (WRONG_AUTH_TYPE). Выйдите
      и укажите портал, подключённый через OAuth (--portal NAME).
    refusedCheck: Портал не дал проверить вебхук: {reason}
    checking: Проверка вебхука …
    works: Вебхук работает на {host} и может управлять SIP-линиями.
    connectorPaid: SIP-коннектор оплачен{until? до {until}}: звонки по линиям проходят.
    connectorFreeMinutes: SIP-коннектор не оплачен; {minutes|осталась|остались|осталось} {minutes} {minutes|бесплатная
      минута|бесплатные минуты|бесплатных минут}. Пока они не израсходованы, звонки по линиям проходят.
    connectorUnpaid: SIP-коннектор не оплачен, и бесплатных минут не осталось: линию создать можно, но звонков по ней не
      будет, пока коннектор не оплатят в разделе Телефония → SIP АТС.
    saveHint: Enter сохранит его в файле настроек, и `sipline --portal NAME` найдёт его в следующий раз; Esc —
      использовать только в этом запуске.
    saveFailed: Портал не сохранён: {reason} Нажмите Enter, чтобы попробовать ещё раз, или Esc, чтобы использовать его
      только в этом запуске.
    saved: Портал {host} сохранён в файле настроек под именем «{name}».
    forThisRun: {host} используется только в этом запуске (не сохранён).
    webhookLabel: Вебхук
    saveAsLabel: Сохранить портал как
    savingPortal: Сохранение …

    [PortalReplyPhrase]
    # Код и текст — слова самого портала, они не переводятся; от sipline здесь только их расположение.
    codeAndText: {code}: {text}
    code: {code}
    text: {text}
    status: HTTP {status}

    [PortalResolutionPhrase]
    howToGiveAPortal: Не указан портал Битрикс24. Укажите его одним из способов:
      |  --webhook-file PATH      файл с адресом входящего вебхука (https://PORTAL/rest/USER_ID/CODE/)
      |  SIPLINE_WEBHOOK=URL      адрес вебхука в переменной окружения
      |  --portal NAME            портал из файла настроек
      |  портал по умолчанию      `default = "NAME"` в файле настроек
      |  --webhook URL            (его увидят другие пользователи в списке процессов)
      |Сначала можно безопасно попробовать: sipline sandbox, затем SIPLINE_WEBHOOK=<его URL> sipline list
    unknownPortal: Неизвестный портал «{name}» (известные порталы: {known*, }).
    unknownPortalWithoutPortals: Неизвестный портал «{name}» (в файле настроек {configPath} нет порталов).
    badWebhookFlag: --webhook: {problem}
    badEnvironmentWebhook: SIPLINE_WEBHOOK: {problem}
    # Файлы, из которых берётся портал: сначала имя файла, затем что с ним не так.
    unreadableWebhookFile: --webhook-file: {failure}
    badWebhookFile: --webhook-file {path}: {problem}
    badConfig: {problem}
    badConfigPortal: {configPath} [portals.{name}]: {problem}
    webhookFileReadableByOthers: предупреждение: {path} могут читать другие пользователи, а в нём код вебхука.
      Выполните: chmod 600 {path}

    [PrivateFilePhrase]
    readableByOthers: {path} могут читать другие пользователи (права {mode}), а в нём хранятся секреты. Выполните: chmod
      600 {path}
    missing: Файла {path} нет.
    systemFailure: {path}: ошибка {operation}: {reason}.
    notUTF8: {path} — не текст в UTF-8.
    symbolicLink: {path} — символическая ссылка; sipline работает там только с обычным файлом и оставил ссылку как есть.
    notRegularFile: {path} — {kind}, а не обычный файл; sipline оставил его как есть.
    ownedByAnotherUser: {path} принадлежит другому пользователю (uid {owner}); sipline оставил его как есть.

    [RESTPhrase]
    webhookRefused: Портал не принял вебхук ({reply}): адрес неверен или вебхук удалён. Создайте на портале входящий
      вебхук (Разработчикам → Другое → Входящий вебхук) и вставьте его адрес.
    accessTokenRefused: Портал не принял токен доступа ({reply}) даже после обновления. Подключите приложение к порталу
      заново.
    refreshTokenRefused: Сервер OAuth не принял токен обновления ({reply}): срок его действия истёк или он отозван.
      Подключите приложение к порталу заново, чтобы получить новые токены.
    missingScope: У вебхука нет доступа «{scope}» ({reply}). Откройте вебхук на портале и отметьте «{scope}» в настройке
      прав или создайте новый вебхук с этим доступом.
    missingUnknownScope: У вебхука нет доступа, который нужен этому методу ({reply}). Откройте вебхук на портале и
      добавьте нужный доступ в настройке прав или создайте новый вебхук с ним.
    missingRight: Портал отказал в доступе ({reply}): у пользователя вебхука нет права телефонии «Управление номерами —
      изменение» (Телефония → Права доступа) или тариф портала не даёт доступа к REST.
    wrongAuthType: Этому методу нужен OAuth-токен приложения, а не вебхук ({reply}).
    invalidRequest: Портал отклонил запрос как некорректный ({reply}). Проверьте, что адрес начинается с https://.
    rateLimited: Портал отказывал из-за слишком частых запросов (лимит запросов ({reply})) и после {attempts}
      {attempts|попытки|попыток|попыток}. Ничего не изменено; подождите минуту и попробуйте снова.
    operatingLimit: Метод исчерпал лимит времени выполнения на портале (OPERATION_TIME_LIMIT{portalText?:
      {portalText}}). Ничего не изменено. Лимит сбросится в {resetAt}.
    overload: Администратор портала заблокировал REST-запросы из-за перегрузки ({reply}). Попросите администратора
      портала снять блокировку: повторные попытки не помогут.
    methodNotFound: Портал не знает метод{method? {method}} ({reply}): модуль телефонии не установлен или отключён.
    notFound: На портале нет такой линии или регистрации ({reply}). Посмотрите список линий: в нём видно, какие есть.
    portalDeleted: Портал удалён ({reply}). Проверьте адрес портала.
    fieldErrors: Портал отклонил поля: {messages*; }.
    fieldErrorsWithoutDetails: Портал отклонил поля, не объяснив причину.
    titleExists: На портале уже есть линия с таким названием ({reply}) — возможно, её не видно через этот вебхук.
      Выберите другое название.
    maxCloudPBX: На портале уже максимальное число линий облачной АТС ({reply}). Подключите офисную АТС или сначала
      удалите одну из облачных линий.
    serverFault: На портале произошла внутренняя ошибка (HTTP {status}{code?, {code}}){text?: {text}}. Вызов мог как
      выполниться, так и нет; проверьте, прежде чем повторять его.
    refused: Портал отклонил вызов ({reply}).
    transport: {failure}
    invalidCredentials: {problem} Ничего не отправлено.
    unexpectedAnswer: Ответ (HTTP {status}) — не ответ REST Битрикс24: «{excerpt}». Проверьте адрес портала и прокси
      между этой машиной и порталом. Вызов мог выполниться.
    emptyAnswer: Ответ (HTTP {status}) — не ответ REST Битрикс24: он пустой. Проверьте адрес портала и прокси между этой
      машиной и порталом. Вызов мог выполниться.
    secondRedirect: Портал перенаправил запрос повторно (HTTP {status}{location? на {location}}); переход не выполнен,
      потому что в запросе есть секреты. Обновите адрес портала в настройках.
    insecureRedirect: Портал перенаправил запрос на незащищённый адрес http:// (HTTP {status}{location? на {location}});
      переход не выполнен, потому что в запросе есть секреты. Проверьте адрес портала.
    redirectWithoutLocation: Портал ответил перенаправлением (HTTP {status}), но не указал адрес, по которому перейти.
    operatingLimit.withoutReset: Метод исчерпал лимит времени выполнения на портале (OPERATION_TIME_LIMIT{portalText?:
      {portalText}}). Ничего не изменено. Попробуйте снова через несколько минут.

    [ReconciliationPhrase]
    noNewLine: {cause}; в повторно полученном списке линий нет новой линии с таким названием, сервером и логином
    listingFailed: {cause}, а повторно получить список линий не удалось: {error} Прежде чем пробовать снова, проверьте
      командой `sipline list`, есть ли линия «{title}».
    listingTimedOut: {cause}, а повторное получение списка линий заняло больше {after}. Прежде чем пробовать снова,
      проверьте командой `sipline list`, есть ли линия «{title}».

    [RegistrationPhrase]
    registered: Регистрация выполнена: провайдер принял логин и пароль линии.
    stillWaiting: Портал ещё не получил ответ провайдера; обычно регистрация проходит за несколько секунд.
    noAnswerAfterLimit: Провайдер не ответил за {seconds} с. Возможно, сервер не пропускает запросы портала (адрес, порт
      или файрвол): проверьте сервер или посмотрите позже через sipline status.
    credentialsRefused: Провайдер не принял логин или пароль ({code}). Введите пароль заново точно так, как его выдал
      провайдер, и проверьте логин.
    forbidden: Провайдер запретил регистрацию (403): аккаунт может быть заблокирован, логин неверен или провайдер
      пускает только известные IP-адреса. Проверьте логин и попросите провайдера разрешить Битрикс24.
    unknownLogin: Провайдер не знает такой логин (404). Уточните логин (часто это номер аккаунта) у провайдера.
    noTimelyAnswer: Провайдер не ответил вовремя ({code}). Проверьте адрес и порт сервера и доступен ли провайдер из
      интернета.
    intervalTooBrief: Провайдеру нужен более длинный интервал регистрации (423). Изменить это может только провайдер:
      попросите его принять интервал портала.
    loop: Запрос пошёл по кругу между серверами ({code}). Проверьте сервер: он может указывать сам на себя или на
      прокси; уточните адрес у провайдера.
    busyHere: Провайдер ответил на регистрацию «занято» (486). Попробуйте через минуту; если не пройдёт, спросите
      провайдера.
    providerInternalError: Сбой на сервере провайдера (500). С этой стороны исправлять нечего: попробуйте позже или
      спросите провайдера.
    hostnameUnresolved: Портал не нашёл имя сервера в DNS (502). Проверьте, нет ли опечатки: имя должно находиться в
      публичном DNS.
    badGateway: Сбой на сервере между порталом и провайдером (502). Проверьте адрес сервера; если он верный, спросите
      провайдера.
    serviceUnavailable: Провайдер сейчас недоступен (503). Проверьте адрес сервера; если он верный, попробуйте позже.
    declined: Провайдер отклонил регистрацию (603). Спросите провайдера, может ли этот аккаунт регистрироваться.
    otherRequestFailure: Провайдер отказал в регистрации ({code}). Сверьте сервер, логин и пароль с провайдером.
    otherServerFailure: Сбой на сервере провайдера ({code}). Попробуйте позже или спросите провайдера.
    otherGlobalFailure: Провайдер отказал в регистрации везде ({code}). Спросите провайдера об этом аккаунте.
    unexpectedCode: Регистрация не удалась с необычным кодом ({code}). Сверьте сервер, логин и пароль с провайдером.
    providerSaid: Ответ провайдера: {message}
    runWatchToFollow: Регистрация ещё идёт; следите за ней: sipline status {regID} --watch

    [ResultPhrase]
    cloudCreated: Линия «{title}» подключена к Битрикс24 как облачная АТС.
    registrationAt: Регистрация на {server}
    officeCreated: Линия офисной АТС «{title}» создана. Теперь настройте офисную АТС:
    enterOnYourPBX: Введите на своей АТС эти данные, чтобы она передавала звонки в Битрикс24:
    yourPBX: CONFIG_ID {configID} · ваша АТС: {server}, логин {login}
    moreLead: Ещё:
    foundAfterCheck: Ответ портала потерялся ({reason}); sipline заново получил список линий и нашёл в нём эту: она
      создана.
    saving: Сохранение в {path} …
    saved: Сохранено в {path} (читать файл можете только вы).
    saveFailed: Не удалось сохранить в {path}: {reason}
    historyNotWritten: Линия создана, но не записана в историю: {reason}
    noRegID: REG_ID не получен, поэтому следить за регистрацией здесь нельзя.
    registered: выполнена ({code})
    providerSaid: Ответ провайдера: {message}
    couldNotAsk: не удалось опросить портал: {error} Проверьте позже: `sipline status {regID}`.
    couldNotAskRetrying: не удалось опросить портал, новая попытка: {error}
    waiting: ожидание
    inProgress: выполняется
    updatesByItself: (обновляется само)
    saveToLabel: Сохранить в
    fileHoldsPasswords: В файле есть пароли; он записывается с доступом только для вас (0600).
    detailsFileHeader: sipline: данные SIP-линии. В файле есть секреты: не передавайте его никому.
    sandboxHost: {host} (песочница)
    fixRefused: Портал не принял изменение: {reason}
    fixHint: Исправьте то, что не принял провайдер. Enter отправит сервер, логин и пароль; портал зарегистрирует линию
      заново (ничего не создаётся второй раз).
    sendingFix: Изменение отправляется; затем портал заново зарегистрирует линию …
    settingDefault: Линия назначается исходящей по умолчанию …
    defaultRefused: Исходящая линия по умолчанию не изменена: {reason}
    pbxConfigHeading: Настройки для вашей АТС · {format}
    pbxConfigFormats: 1 Asterisk PJSIP · 2 FreePBX · 3 общий список
    genericFormat: общий список
    pbxConfigUnavailable: Портал не прислал входящий сервер, логин и пароль этой линии, поэтому для АТС писать нечего.
      Посмотрите линию в настройках телефонии Битрикс24.

    [ReviewPhrase]
    heading: Проверка
    typeLabel: Тип АТС
    nameLabel: Название
    serverLabel: Сервер
    loginLabel: Логин
    passwordLabel: Пароль
    portalLabel: Портал
    webhookInParentheses: (вебхук {webhook})
    fixFirstProblem: Нажмите Enter, чтобы исправить первую ошибку, или 1-4, чтобы открыть нужный шаг.
    createButton: Создать линию
    creatingOn: Линия создаётся на {host} …
    submittedLine: {type} «{title}», сервер {server}, логин {login}
    stoppedWaiting: Ожидание прервано. sipline выясняет у портала, создана ли линия …
    stopWaitingHint: (Ctrl-C прерывает ожидание; если портал уже создал линию, sipline найдёт её и сообщит об этом.)
    unknownTitle: Неизвестно, создана ли линия.
    unknownBody: Ответ портала потерялся, а переспросить портал sipline не смог. Не пытайтесь просто создать линию ещё
      раз: она может появиться дважды.
    whatHappened: Что произошло: {reason}
    unknownKeys: Esc вернёт к проверке, всё введённое сохранится; q — выход.
    checkBeforeRetry: Чем закончилась прошлая попытка, неизвестно. Прежде чем нажать Enter и создать линию, убедитесь
      командой `sipline list`, что её ещё нет.
    notCreated: Линия не создана ({reason}). Нажмите Enter, чтобы попробовать ещё раз.
    titleExists: Линия «{title}» на этом портале уже есть. Выберите другое название.
    maxCloudLines: На портале уже наибольшее допустимое число линий облачной АТС. Выберите «Офисная АТС» или удалите
      ненужную облачную линию (`sipline list`, затем `sipline delete CONFIG_ID`) и попробуйте снова.
    fieldErrorsIntro: Портал не принял линию. Его ответ:
    portalSaid: {message}
    unavailable: Линия не создана. {reason}
    portalAskedToWait: Ждём, как попросил портал: {note}
    refused: Портал отказался создать линию: {reason}
    serverChecked: {server}: {summary}

    [SandboxPhrase]
    portOutOfRange: --port должен быть от 0 до 65535, а не {port}.
    maxCloudLinesNegative: --max-cloud-lines должно быть 0 или больше, а не {value}.

    [ScreenPhrase]
    headerNew: sipline · Новая SIP-линия
    headerCreated: sipline · SIP-линия создана
    step: Шаг {step} из {total}
    sandboxMark: ПЕСОЧНИЦА
    tooSmall: sipline нужен терминал не меньше 80×24 (этот — {columns}×{rows}).
    enlargeKeepsEverything: Увеличьте окно: всё, что вы ввели, сохранится.
    moreMakeTaller: (дальше не поместилось: увеличьте высоту терминала)
    moreScrollDown: (ниже есть ещё: Down или PgDn)
    seconds: {seconds} с

    [ServicePhrase]
    portal: {rest}
    lineNotFound: На портале нет линии с CONFIG_ID {configID}. {rest}
    registrationNotFound: На портале нет регистрации с REG_ID {regID}. {rest}
    unreadableAnswer: Не удалось разобрать ответ портала на {method}: {problem}. Проверьте адрес портала и прокси между
      этой машиной и порталом.
    invalidDraft: Ничего не отправлено: {issues* }
    nothingToChange: Ничего не отправлено: укажите хотя бы одно из полей TITLE, SERVER, LOGIN или PASSWORD, которое
      нужно изменить.
    listNotFinished: Портал сообщал о новых линиях и после {pages} {pages|страницы|страниц|страниц}; список не дочитан
      до конца.
    linesNotListed: Не удалось получить список линий.
    untranslated: {text}

    [StatusPhrase]
    registration: REG_ID {regID}: {result}{code? (STATUS_CODE {code})}{message? — {message}}{updated?, обновлено
      {updated} (время портала)}
    regIDNotPositive: REG_ID должен быть положительным числом, а не {value}.
    intervalNotPositive: --interval должен быть больше нуля.
    limitNotPositive: --limit должен быть больше нуля.

    [SummaryPhrase]
    cloudLine: облачная линия «{title}» (CONFIG_ID {configID})
    officeLine: офисная линия «{title}» (CONFIG_ID {configID})
    createdOne: sipline: создана {line} на {place}
    createdMany: sipline: на {place} {count|создана|создано|создано} {count} {count|линия|линии|линий}: {lines}
    sandboxPlace: {host} (песочница)
    draftNotKept: sipline: не удалось сохранить форму как черновик: {reason}
    draftKept: sipline: линия не создана; черновик{title? «{title}»} сохранён до следующего запуска

    [TerminalPhrase]
    notATerminal: для полноэкранного мастера стандартные ввод и вывод должны быть терминалом
    termNotSet: переменная окружения TERM не задана, и тип терминала неизвестен
    dumbTerminal: при TERM=dumb полноэкранный мастер показать нельзя
    unknownTerminal: нет описания терминала TERM={term} (установлена ли его запись terminfo?)
    unusableTerminal: терминал TERM={term} не умеет перемещать курсор или очищать экран, а полноэкранному мастеру это
      нужно
    cursesFailed: ncurses не удалось запустить на TERM={term}

    [TransportDetailPhrase]
    system: {text}
    tlsHandshakeTimedOut: истекло время TLS-рукопожатия
    proxyHandshakeTimedOut: истекло время соединения с прокси
    proxyRefused: прокси отклонил соединение
    proxyNeedsAuthentication: прокси требует аутентификации
    noDataInTime: данные не пришли за отведённое время
    requestTimeoutPassed: истекло время ожидания запроса
    sendingTimedOut: истекло время отправки
    portalClosedConnection: портал закрыл соединение
    answerCutShort: ответ пришёл не полностью
    connectionClosed: соединение закрыто
    tlsClosedUncleanly: TLS-соединение закрыто некорректно
    notAnHTTPAddress: это не адрес http(s)
    notAProxyAddress: {variable} — не адрес прокси http:// или socks5://
    clientShutDown: клиент остановлен
    certificateNotTrusted: сертификату портала нет доверия
    certificateForAnotherHost: сертификат выдан для другого имени хоста
    certificateExpired: срок действия сертификата портала истёк
    notTLS: другая сторона не говорит по TLS
    tlsHandshakeFailed: TLS-рукопожатие не удалось

    [TransportPhrase]
    refused: Не удалось подключиться к {target}{detail? ({detail})}: соединение отклонено или узел недоступен. Ничего не
      отправлено. Проверьте адрес портала и сеть.
    dns: Не удалось найти в DNS имя узла {target}{detail? ({detail})}. Ничего не отправлено. Проверьте адрес портала и
      настройки DNS.
    tls: Не удалось установить защищённое (TLS) соединение с {target}{detail? ({detail})}. Ничего не отправлено.
      Проверьте адрес портала, системное время и прокси, если он проверяет HTTPS.
    connectTimeout: Соединение с {target} не установилось за отведённое время{detail? ({detail})}. Ничего не отправлено.
      Проверьте сеть, межсетевой экран и настройки прокси (HTTPS_PROXY, NO_PROXY).
    proxy: Прокси не смог связаться с {target}{detail? ({detail})}. Ничего не отправлено. Проверьте
      HTTPS_PROXY/HTTP_PROXY и NO_PROXY.
    timeoutAfterSend: Портал {target} не ответил вовремя{detail? ({detail})}. Запрос мог выполниться; проверьте, прежде
      чем повторять его.
    connectionLost: Соединение с {target} оборвалось до получения всего ответа{detail? ({detail})}. Запрос мог
      выполниться; проверьте, прежде чем повторять его.
    answerTooLarge: Ответ от {target} слишком большой, и он не принят{detail? ({detail})}. Запрос мог выполниться.
    cancelledAfterSending: Вызов {target} отменён во время ожидания ответа; он мог выполниться.
    cancelledBeforeSending: Вызов {target} отменён до отправки.
    other: Запрос к {target} не удался{detail? ({detail})}. Он мог выполниться; проверьте, прежде чем повторять его.

    [UpdatePhrase]
    updated: Линия {configID} на портале {host} изменена: {fields*, }.
    nothingToChange: Нечего менять: укажите --title, --server, --login, --password-stdin или --password-file.

    [ValidationPhrase]
    controlCharacter: В поле «{field}» есть управляющий символ ({character}) в позиции {position}. Удалите его: такие
      символы обычно попадают в текст при копировании.
    controlCharacters: В поле «{field}» есть управляющий символ ({character}) в позиции {position} и ещё {more}. Удалите
      их: такие символы обычно попадают в текст при копировании.
    tooLong: В поле «{field}» {length} {length|символ|символа|символов}, а портал допускает не больше {limit}. Сократите
      на {excess} {excess|символ|символа|символов}.
    tooLongAsPortalCounts: В поле «{field}» {length} {length|символ|символа|символов} по подсчёту портала (некоторые
      эмодзи и буквы с диакритикой считаются за два символа и больше), а портал допускает не больше {limit}. Сократите
      на {excess} {excess|символ|символа|символов}.
    invisibleCharacter: В поле «{field}» есть невидимый символ ({character}) в позиции {position}. Он почти всегда
      попадает туда случайно при вставке, и значение будет отличаться от того, что ждёт провайдер. Удалите его, а если
      сомневаетесь, наберите значение вручную.
    invisibleCharacterInHost: В поле «{field}» есть невидимый символ ({character}) в позиции {position}; в имени хоста
      его быть не может. Удалите его, а если сомневаетесь, наберите значение вручную.
    titleRequired: Укажите название: под ним эту линию будут видеть в Битрикс24.
    titleBlank: Название состоит только из пробельных символов, а портал их удаляет. Укажите название, под которым эту
      линию будут видеть в Битрикс24.
    titleInUse: Линия «{existing}» на этом портале уже есть; вторую с таким же названием портал, скорее всего, не
      примет. Выберите другое название.
    loginRequired: Укажите логин — имя пользователя, которое провайдер выдал для этой линии.
    loginContainsSpace: В логине есть пробел, а в SIP-логинах их почти не бывает. Сверьте логин с тем, что выдал
      провайдер.
    passwordRequired: Укажите пароль: без него регистрация у провайдера не пройдёт.
    passwordBlank: Пароль состоит только из пробельных символов, а портал их удаляет. Укажите пароль, который провайдер
      выдал для этой линии.
    passwordEndsWithSpace: Пароль заканчивается пробелом. Портал молча удалит его, и регистрация не пройдёт: уберите
      пробел.
    passwordEndsWithSpaces: Пароль заканчивается пробелами. Портал молча удалит их, и регистрация не пройдёт: уберите
      их.
    passwordStartsWithSpace: Пароль начинается с пробела. Портал молча удалит его, и регистрация не пройдёт: уберите
      пробел.
    passwordStartsWithSpaces: Пароль начинается с пробелов. Портал молча удалит их, и регистрация не пройдёт: уберите
      их.
    passwordStartsAndEndsWithSpaces: Пароль начинается и заканчивается пробелами. Портал молча удалит их, и регистрация
      не пройдёт: уберите их.
    serverRequired: Укажите сервер — имя хоста или IP-адрес провайдера.
    serverOnlyScheme: В поле «Сервер» только «{scheme}», без хоста. Укажите имя хоста или IP-адрес провайдера.
    schemeRemoved: Префикс «{scheme}» перед адресом сервера убран: порталу нужен только хост.
    sipURI: Сервер указан как SIP-адрес ({scheme}…), а портал принимает только хост и порт: укажите {suggestion}.
    unsupportedScheme: Адрес сервера начинается с «{scheme}», а портал такого не понимает: укажите только хост —
      {suggestion}.
    userPart: В адресе сервера есть имя пользователя (…@ перед хостом); логин вводится в поле «Логин».{suggestion?
      Укажите только хост: {suggestion}.}
    parameters: В адресе сервера после точки с запятой есть параметры (например, ;transport=udp), а портал их не
      принимает.{suggestion? Укажите только хост: {suggestion}.}
    path: В адресе сервера после хоста есть путь или запрос (/…), а порталу нужен только хост.{suggestion? Укажите
      только хост: {suggestion}.}
    serverContainsSpace: В адресе сервера «{server}» есть пробел, а в имени хоста пробелов не бывает. Уберите его (порт
      пишется после двоеточия: sip.example.com:5060).
    portWithoutHost: В адресе сервера «{server}» есть порт, но нет хоста перед двоеточием.
    unclosedBracket: В адресе сервера «{server}» открыта скобка IPv6-адреса, но не закрыта.
    invalidIPv6: «{address}» в адресе сервера — неправильный IPv6-адрес (правильный выглядит так: 2001:db8::1).
    textAfterIPv6: После закрывающей скобки IPv6-адреса в адресе сервера может идти только порт, например
      [{address}]:5060.
    unbracketedIPv6: Сервер «{server}» — IPv6-адрес без скобок; запишите его как [{server}]. Если последняя часть — это
      порт, пишите [адрес]:порт.
    malformedIPv6: Сервер «{server}» похож на IPv6-адрес, но такого адреса быть не может.
    tooManyColons: В адресе сервера «{server}» больше одного двоеточия. Напишите хост, затем одно двоеточие и порт,
      например sip.example.com:5060.
    portMissing: Адрес сервера «{server}» заканчивается двоеточием без порта: допишите порт (например, 5060) или уберите
      двоеточие.
    portNotANumber: Порт «{port}» в адресе сервера — не число; порт — это число от 1 до 65535.
    portOutOfRange: Порт {port} в адресе сервера вне допустимых значений; порт — это число от 1 до 65535.
    portLeadingZero: Порт {port} в адресе сервера начинается с нуля; запишите его как {number}.
    nonASCIIHost: В имени сервера «{host}» есть буквы не из ASCII, а порталу нужно международное имя в форме xn-- (для
      пример.рф это xn--e1afmkfd.xn--p1ai). Узнайте его у провайдера или переведите имя IDN-конвертером.
    ipv4Malformed: Сервер «{host}» — неправильный IPv4-адрес: нужны четыре числа от 0 до 255 через точку.
    ipv4OutOfRange: Сервер «{host}» — неправильный IPv4-адрес: {number} больше 255, а больше 255 быть не может.
    ipv4LeadingZeros: В адресе сервера «{host}» числа записаны с ведущими нулями, а некоторые системы читают такие числа
      как восьмеричные; напишите {decimal}.
    trailingDot: Адрес сервера «{host}» заканчивается точкой, а провайдеры такого не ждут: напишите {name} без неё.
    emptyLabel: В адресе сервера «{name}» пустая часть между точками (или он начинается с точки).
    labelTooLong: Часть «{label}» в адресе сервера длиной {length} {length|символ|символа|символов}, а часть между
      точками может быть не длиннее {limit}.
    forbiddenCharacter: В адресе сервера «{name}» есть «{character}», а в именах хостов такого символа не бывает:
      используйте только латинские буквы a–z, цифры, дефисы и точки.
    labelStartsWithHyphen: Часть «{label}» в адресе сервера начинается с дефиса, а части имени хоста не могут начинаться
      или заканчиваться дефисом.
    labelEndsWithHyphen: Часть «{label}» в адресе сервера заканчивается дефисом, а части имени хоста не могут начинаться
      или заканчиваться дефисом.
    hostNameTooLong: Адрес сервера длиной {length} {length|символ|символа|символов}, а имя хоста может быть не длиннее
      {limit}.
    numericTopLevel: Адрес сервера «{name}» заканчивается числом после последней точки: это ни имя хоста, ни IPv4-адрес.
    unreachable: Сервер {host} — {kind}. Битрикс24 подключается из интернета и до него не достучится. Укажите публичное
      имя хоста или адрес провайдера.
    unqualifiedHost: Сервер «{name}» — имя без домена. Битрикс24 ищет его в интернете, а там такое имя не найдётся.
      Укажите полное имя, например {name}.example.com.
    untranslated: {text}
    sipURI.withoutSuggestion: Сервер указан как SIP-адрес ({scheme}…), а портал принимает только хост. Укажите имя хоста
      или IP-адрес провайдера.
    unsupportedScheme.withoutSuggestion: Адрес сервера начинается с «{scheme}», а портал такого не понимает. Укажите
      только имя хоста или IP-адрес провайдера.
    """#
}
