extension TransportPhrase {
    public var legacyRussian: String {
        switch self {
        case .refused(let target, let detail):
            "Не удалось подключиться к \(target)\(detail.inParentheses(.russian)): соединение отклонено или узел "
                + "недоступен. Ничего не отправлено. Проверьте адрес портала и сеть."
        case .dns(let target, let detail):
            "Не удалось найти в DNS имя узла \(target)\(detail.inParentheses(.russian)). Ничего не отправлено. "
                + "Проверьте адрес портала и настройки DNS."
        case .tls(let target, let detail):
            "Не удалось установить защищённое (TLS) соединение с \(target)\(detail.inParentheses(.russian)). "
                + "Ничего не отправлено. Проверьте адрес портала, системное время и прокси, если он проверяет HTTPS."
        case .connectTimeout(let target, let detail):
            "Соединение с \(target) не установилось за отведённое время\(detail.inParentheses(.russian)). "
                + "Ничего не отправлено. Проверьте сеть, межсетевой экран и настройки прокси (HTTPS_PROXY, NO_PROXY)."
        case .proxy(let target, let detail):
            "Прокси не смог связаться с \(target)\(detail.inParentheses(.russian)). Ничего не отправлено. "
                + "Проверьте HTTPS_PROXY/HTTP_PROXY и NO_PROXY."
        case .timeoutAfterSend(let target, let detail):
            "Портал \(target) не ответил вовремя\(detail.inParentheses(.russian)). Запрос мог выполниться; "
                + "проверьте, прежде чем повторять его."
        case .connectionLost(let target, let detail):
            "Соединение с \(target) оборвалось до получения всего ответа\(detail.inParentheses(.russian)). "
                + "Запрос мог выполниться; проверьте, прежде чем повторять его."
        case .answerTooLarge(let target, let detail):
            "Ответ от \(target) слишком большой, и он не принят\(detail.inParentheses(.russian)). Запрос мог выполниться."
        case .cancelledAfterSending(let target):
            "Вызов \(target) отменён во время ожидания ответа; он мог выполниться."
        case .cancelledBeforeSending(let target):
            "Вызов \(target) отменён до отправки."
        case .other(let target, let detail):
            "Запрос к \(target) не удался\(detail.inParentheses(.russian)). Он мог выполниться; "
                + "проверьте, прежде чем повторять его."
        }
    }
}

extension TransportDetailPhrase {
    public var legacyRussian: String {
        switch self {
        case .system(let text): text
        case .tlsHandshakeTimedOut: "истекло время TLS-рукопожатия"
        case .proxyHandshakeTimedOut: "истекло время соединения с прокси"
        case .proxyRefused: "прокси отклонил соединение"
        case .proxyNeedsAuthentication: "прокси требует аутентификации"
        case .noDataInTime: "данные не пришли за отведённое время"
        case .requestTimeoutPassed: "истекло время ожидания запроса"
        case .sendingTimedOut: "истекло время отправки"
        case .portalClosedConnection: "портал закрыл соединение"
        case .answerCutShort: "ответ пришёл не полностью"
        case .connectionClosed: "соединение закрыто"
        case .tlsClosedUncleanly: "TLS-соединение закрыто некорректно"
        case .notAnHTTPAddress: "это не адрес http(s)"
        case .notAProxyAddress(let variable): "\(variable) — не адрес прокси http:// или socks5://"
        case .clientShutDown: "клиент остановлен"
        case .certificateNotTrusted: "сертификату портала нет доверия"
        case .certificateForAnotherHost: "сертификат выдан для другого имени хоста"
        case .certificateExpired: "срок действия сертификата портала истёк"
        case .notTLS: "другая сторона не говорит по TLS"
        case .tlsHandshakeFailed: "TLS-рукопожатие не удалось"
        }
    }
}
