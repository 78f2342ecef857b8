extension ValidationPhrase {
    public var legacyRussian: String {
        switch self {
        case .controlCharacter(let field, let character, let position):
            "В поле «\(field.legacyRussian)» есть управляющий символ (\(character)) в позиции \(position). "
                + "Удалите его: такие символы обычно попадают в текст при копировании."
        case .controlCharacters(let field, let character, let position, let more):
            "В поле «\(field.legacyRussian)» есть управляющий символ (\(character)) в позиции \(position) и ещё \(more). "
                + "Удалите их: такие символы обычно попадают в текст при копировании."
        case .tooLong(let field, let length, let limit, let excess):
            "В поле «\(field.legacyRussian)» \(length) \(Self.characters(length)), а портал допускает не больше \(limit). "
                + "Сократите на \(excess) \(Self.characters(excess))."
        case .tooLongAsPortalCounts(let field, let length, let limit, let excess):
            "В поле «\(field.legacyRussian)» \(length) \(Self.characters(length)) по подсчёту портала (некоторые эмодзи "
                + "и буквы с диакритикой считаются за два символа и больше), а портал допускает не больше \(limit). "
                + "Сократите на \(excess) \(Self.characters(excess))."
        case .invisibleCharacter(let field, let character, let position):
            "В поле «\(field.legacyRussian)» есть невидимый символ (\(character)) в позиции \(position). Он почти всегда "
                + "попадает туда случайно при вставке, и значение будет отличаться от того, что ждёт провайдер. "
                + "Удалите его, а если сомневаетесь, наберите значение вручную."
        case .invisibleCharacterInHost(let field, let character, let position):
            "В поле «\(field.legacyRussian)» есть невидимый символ (\(character)) в позиции \(position); в имени хоста "
                + "его быть не может. Удалите его, а если сомневаетесь, наберите значение вручную."
        case .titleRequired:
            "Укажите название: под ним эту линию будут видеть в Битрикс24."
        case .titleBlank:
            "Название состоит только из пробельных символов, а портал их удаляет. Укажите название, под которым "
                + "эту линию будут видеть в Битрикс24."
        case .titleInUse(let existing):
            "Линия «\(existing)» на этом портале уже есть; вторую с таким же названием портал, скорее всего, "
                + "не примет. Выберите другое название."
        case .loginRequired:
            "Укажите логин — имя пользователя, которое провайдер выдал для этой линии."
        case .loginContainsSpace:
            "В логине есть пробел, а в SIP-логинах их почти не бывает. Сверьте логин с тем, что выдал провайдер."
        case .passwordRequired:
            "Укажите пароль: без него регистрация у провайдера не пройдёт."
        case .passwordBlank:
            "Пароль состоит только из пробельных символов, а портал их удаляет. Укажите пароль, который провайдер "
                + "выдал для этой линии."
        case .passwordEndsWithSpace:
            "Пароль заканчивается пробелом. Портал молча удалит его, и регистрация не пройдёт: уберите пробел."
        case .passwordEndsWithSpaces:
            "Пароль заканчивается пробелами. Портал молча удалит их, и регистрация не пройдёт: уберите их."
        case .passwordStartsWithSpace:
            "Пароль начинается с пробела. Портал молча удалит его, и регистрация не пройдёт: уберите пробел."
        case .passwordStartsWithSpaces:
            "Пароль начинается с пробелов. Портал молча удалит их, и регистрация не пройдёт: уберите их."
        case .passwordStartsAndEndsWithSpaces:
            "Пароль начинается и заканчивается пробелами. Портал молча удалит их, и регистрация не пройдёт: уберите их."
        case .serverRequired:
            "Укажите сервер — имя хоста или IP-адрес провайдера."
        case .serverOnlyScheme(let scheme):
            "В поле «Сервер» только «\(scheme)», без хоста. Укажите имя хоста или IP-адрес провайдера."
        case .schemeRemoved(let scheme):
            "Префикс «\(scheme)» перед адресом сервера убран: порталу нужен только хост."
        case .sipURI(let scheme, let suggestion):
            "Сервер указан как SIP-адрес (\(scheme)…), а портал принимает только хост"
                + (suggestion.map { " и порт: укажите \($0)." } ?? ". Укажите имя хоста или IP-адрес провайдера.")
        case .unsupportedScheme(let scheme, let suggestion):
            "Адрес сервера начинается с «\(scheme)», а портал такого не понимает"
                + (suggestion.map { ": укажите только хост — \($0)." } ?? ". Укажите только имя хоста или IP-адрес провайдера.")
        case .userPart(let suggestion):
            "В адресе сервера есть имя пользователя (…@ перед хостом); логин вводится в поле «Логин»."
                + Self.useOnlyTheHost(suggestion)
        case .parameters(let suggestion):
            "В адресе сервера после точки с запятой есть параметры (например, ;transport=udp), а портал их не принимает."
                + Self.useOnlyTheHost(suggestion)
        case .path(let suggestion):
            "В адресе сервера после хоста есть путь или запрос (/…), а порталу нужен только хост."
                + Self.useOnlyTheHost(suggestion)
        case .serverContainsSpace(let server):
            "В адресе сервера «\(server)» есть пробел, а в имени хоста пробелов не бывает. Уберите его "
                + "(порт пишется после двоеточия: sip.example.com:5060)."
        case .portWithoutHost(let server):
            "В адресе сервера «\(server)» есть порт, но нет хоста перед двоеточием."
        case .unclosedBracket(let server):
            "В адресе сервера «\(server)» открыта скобка IPv6-адреса, но не закрыта."
        case .invalidIPv6(let address):
            "«\(address)» в адресе сервера — неправильный IPv6-адрес (правильный выглядит так: 2001:db8::1)."
        case .textAfterIPv6(let address):
            "После закрывающей скобки IPv6-адреса в адресе сервера может идти только порт, например [\(address)]:5060."
        case .unbracketedIPv6(let server):
            "Сервер «\(server)» — IPv6-адрес без скобок; запишите его как [\(server)]. "
                + "Если последняя часть — это порт, пишите [адрес]:порт."
        case .malformedIPv6(let server):
            "Сервер «\(server)» похож на IPv6-адрес, но такого адреса быть не может."
        case .tooManyColons(let server):
            "В адресе сервера «\(server)» больше одного двоеточия. Напишите хост, затем одно двоеточие и порт, "
                + "например sip.example.com:5060."
        case .portMissing(let server):
            "Адрес сервера «\(server)» заканчивается двоеточием без порта: допишите порт (например, 5060) "
                + "или уберите двоеточие."
        case .portNotANumber(let port):
            "Порт «\(port)» в адресе сервера — не число; порт — это число от 1 до 65535."
        case .portOutOfRange(let port):
            "Порт \(port) в адресе сервера вне допустимых значений; порт — это число от 1 до 65535."
        case .portLeadingZero(let port, let number):
            "Порт \(port) в адресе сервера начинается с нуля; запишите его как \(number)."
        case .nonASCIIHost(let host):
            "В имени сервера «\(host)» есть буквы не из ASCII, а порталу нужно международное имя в форме xn-- "
                + "(для пример.рф это xn--e1afmkfd.xn--p1ai). Узнайте его у провайдера или переведите имя "
                + "IDN-конвертером."
        case .ipv4Malformed(let host):
            "Сервер «\(host)» — неправильный IPv4-адрес: нужны четыре числа от 0 до 255 через точку."
        case .ipv4OutOfRange(let host, let number):
            "Сервер «\(host)» — неправильный IPv4-адрес: \(number) больше 255, а больше 255 быть не может."
        case .ipv4LeadingZeros(let host, let decimal):
            "В адресе сервера «\(host)» числа записаны с ведущими нулями, а некоторые системы читают такие числа "
                + "как восьмеричные; напишите \(decimal)."
        case .trailingDot(let host, let name):
            "Адрес сервера «\(host)» заканчивается точкой, а провайдеры такого не ждут: напишите \(name) без неё."
        case .emptyLabel(let name):
            "В адресе сервера «\(name)» пустая часть между точками (или он начинается с точки)."
        case .labelTooLong(let label, let length, let limit):
            "Часть «\(label)» в адресе сервера длиной \(length) \(Self.characters(length)), а часть между точками "
                + "может быть не длиннее \(limit)."
        case .forbiddenCharacter(let name, let character):
            "В адресе сервера «\(name)» есть «\(character)», а в именах хостов такого символа не бывает: "
                + "используйте только латинские буквы a–z, цифры, дефисы и точки."
        case .labelStartsWithHyphen(let label):
            "Часть «\(label)» в адресе сервера начинается с дефиса, а части имени хоста не могут начинаться "
                + "или заканчиваться дефисом."
        case .labelEndsWithHyphen(let label):
            "Часть «\(label)» в адресе сервера заканчивается дефисом, а части имени хоста не могут начинаться "
                + "или заканчиваться дефисом."
        case .hostNameTooLong(let length, let limit):
            "Адрес сервера длиной \(length) \(Self.characters(length)), а имя хоста может быть не длиннее \(limit)."
        case .numericTopLevel(let name):
            "Адрес сервера «\(name)» заканчивается числом после последней точки: это ни имя хоста, ни IPv4-адрес."
        case .unreachable(let host, let kind):
            "Сервер \(host) — \(kind.legacyRussian). Битрикс24 подключается из интернета и до него не достучится. "
                + "Укажите публичное имя хоста или адрес провайдера."
        case .unqualifiedHost(let name):
            "Сервер «\(name)» — имя без домена. Битрикс24 ищет его в интернете, а там такое имя не найдётся. "
                + "Укажите полное имя, например \(name).example.com."
        case .untranslated(let text):
            text
        }
    }

    /// 1 символ, 2 символа, 5 символов.
    private static func characters(_ count: Int) -> String {
        Plural.russian(count, one: "символ", few: "символа", many: "символов")
    }

    private static func useOnlyTheHost(_ suggestion: String?) -> String {
        suggestion.map { " Укажите только хост: \($0)." } ?? ""
    }
}

extension DraftFieldPhrase {
    /// As the wizard labels the field; the sentences quote it in «».
    public var legacyRussian: String {
        switch self {
        case .type: "Тип АТС"
        case .title: "Название"
        case .server: "Сервер"
        case .login: "Логин"
        case .password: "Пароль"
        }
    }
}

extension AddressKindPhrase {
    /// The whole predicate, noun included: "Сервер 10.0.0.1 — частный адрес."
    public var legacyRussian: String {
        switch self {
        case .unspecifiedIPv4: "неопределённый адрес (0.x.x.x)"
        case .unspecifiedIPv6: "неопределённый адрес"
        case .loopback: "петлевой адрес (loopback)"
        case .privateIPv4: "частный адрес"
        case .carrierGradeNAT: "адрес из сети оператора (carrier-grade NAT)"
        case .linkLocal: "локальный адрес канала (link-local)"
        case .uniqueLocalIPv6: "частный адрес (unique local)"
        case .localNetworkName: "имя в локальной сети (mDNS)"
        }
    }
}

extension FieldIssuePhrase {
    public var legacyRussian: String {
        switch self {
        case .issue(let key, let issue): "\(key): \(issue.legacyRussian)"
        }
    }
}
