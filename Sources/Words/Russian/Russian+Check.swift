extension CheckPhrase {
    public var legacyRussian: String {
        switch self {
        case .fromThisMachine:
            "Проверка идёт с этой машины, а не с серверов Битрикс24: портал может видеть сервер иначе."
        case .answered(let server, let target, let statusLine):
            "\(server) находится в DNS, и SIP-сервер отвечает на \(target): \(statusLine)."
        case .answeredAtAddress(let target, let statusLine):
            "SIP-сервер отвечает на \(target): \(statusLine)."
        case .software(let name):
            "Его программа: \(name)."
        case .noAnswer(let server, let target, let seconds):
            "\(server) находится в DNS, но \(target) не дал SIP-ответа за \(seconds) с. Файрвол может отбрасывать "
                + "OPTIONS из этой сети; портал, возможно, до сервера достучится."
        case .noAnswerAtAddress(let target, let seconds):
            "\(target) не дал SIP-ответа за \(seconds) с. Файрвол может отбрасывать OPTIONS из этой сети; портал, "
                + "возможно, до сервера достучится."
        case .refused(let server, let target):
            "\(server) находится в DNS, но \(target) отклонил запрос: там никто не принимает SIP, или его отвергает "
                + "файрвол. Портал, возможно, достучится до сервера из другого места."
        case .refusedAtAddress(let target):
            "\(target) отклонил запрос: там никто не принимает SIP, или его отвергает файрвол. Портал, возможно, "
                + "достучится до сервера из другого места."
        case .onlyTLSTargets(let server):
            "\(server) ведёт только на SIP поверх TLS, который эта проверка не использует; ничего не отправлено."
        case .doesNotResolve(let server):
            "\(server) не находится в DNS отсюда: нет записей NAPTR, SRV, A и AAAA. Проверьте, нет ли опечатки; "
                + "если портал тоже не найдёт это имя, регистрация не пройдёт с кодом 502."
        case .dnsUnavailable(let server):
            "\(server) не удалось проверить: ни один DNS-сервер не ответил этой машине. Проверьте её настройки DNS "
                + "(/etc/resolv.conf); портал ищет имена сам."
        case .summaryAnswered(let statusLine):
            "SIP-сервер отвечает (\(statusLine)); проверено с этой машины."
        case .summaryNoAnswer:
            "Находится в DNS, но SIP-ответа с этой машины нет (его может отбрасывать файрвол; портал, возможно, "
                + "достучится)."
        case .summaryDoesNotResolve:
            "Не находится в DNS с этой машины."
        case .lookupsHeading:
            "Запросы DNS:"
        case .targetsHeading:
            "Адреса в порядке RFC 3263:"
        case .lookupFound(let type, let name, let count):
            "\(type) \(name): \(count) \(Plural.russian(count, one: "запись", few: "записи", many: "записей"))"
        case .lookupNoSuchName(let type, let name):
            "\(type) \(name): такого имени нет"
        case .lookupNoRecords(let type, let name):
            "\(type) \(name): записей нет"
        case .lookupTimedOut(let type, let name):
            "\(type) \(name): DNS-сервер не ответил"
        case .lookupServerFailure(let type, let name):
            "\(type) \(name): DNS-сервер дал сбой или отказал"
        case .lookupNoResolver(let type, let name):
            "\(type) \(name): не удалось настроить резолвер (/etc/resolv.conf)"
        case .lookupUnreadable(let type, let name):
            "\(type) \(name): ответ не удалось прочитать"
        case .lookupCancelled(let type, let name):
            "\(type) \(name): отменено"
        case .target(let endpoint, let transport, let host, let source):
            "\(endpoint) \(transport) (\(host), из \(source))"
        case .unknownTransport(let value):
            "--transport должен быть udp или tcp, а не «\(value)»."
        case .invalidNameserver(let value):
            "--nameserver должен быть IPv4-адресом с необязательным :портом, а не «\(value)»."
        }
    }
}
