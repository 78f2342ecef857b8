extension RESTPhrase {
    public var legacyRussian: String {
        switch self {
        case .webhookRefused(let reply):
            "Портал не принял вебхук (\(reply.legacyRussian)): адрес неверен или вебхук удалён. Создайте на портале "
                + "входящий вебхук (Разработчикам → Другое → Входящий вебхук) и вставьте его адрес."
        case .accessTokenRefused(let reply):
            "Портал не принял токен доступа (\(reply.legacyRussian)) даже после обновления. Подключите приложение к порталу заново."
        case .refreshTokenRefused(let reply):
            "Сервер OAuth не принял токен обновления (\(reply.legacyRussian)): срок его действия истёк или он отозван. "
                + "Подключите приложение к порталу заново, чтобы получить новые токены."
        case .missingScope(let scope, let reply):
            "У вебхука нет доступа «\(scope)» (\(reply.legacyRussian)). Откройте вебхук на портале и отметьте «\(scope)» "
                + "в настройке прав или создайте новый вебхук с этим доступом."
        case .missingUnknownScope(let reply):
            "У вебхука нет доступа, который нужен этому методу (\(reply.legacyRussian)). Откройте вебхук на портале и "
                + "добавьте нужный доступ в настройке прав или создайте новый вебхук с ним."
        case .missingRight(let reply):
            "Портал отказал в доступе (\(reply.legacyRussian)): у пользователя вебхука нет права телефонии "
                + "«Управление номерами — изменение» (Телефония → Права доступа) или тариф портала не даёт доступа к REST."
        case .wrongAuthType(let reply):
            "Этому методу нужен OAuth-токен приложения, а не вебхук (\(reply.legacyRussian))."
        case .invalidRequest(let reply):
            "Портал отклонил запрос как некорректный (\(reply.legacyRussian)). Проверьте, что адрес начинается с https://."
        case .rateLimited(let attempts, let reply):
            "Портал отказывал из-за слишком частых запросов (лимит запросов (\(reply.legacyRussian))) и после \(attempts) "
                + "\(Plural.russian(attempts, one: "попытки", few: "попыток", many: "попыток")). "
                + "Ничего не изменено; подождите минуту и попробуйте снова."
        case .operatingLimit(let portalText, let resetAt):
            "Метод исчерпал лимит времени выполнения на портале (OPERATION_TIME_LIMIT\(portalText.map { ": \($0)" } ?? "")). "
                + "Ничего не изменено."
                + (resetAt.map { " Лимит сбросится в \($0)." } ?? " Попробуйте снова через несколько минут.")
        case .overload(let reply):
            "Администратор портала заблокировал REST-запросы из-за перегрузки (\(reply.legacyRussian)). "
                + "Попросите администратора портала снять блокировку: повторные попытки не помогут."
        case .methodNotFound(let method, let reply):
            "Портал не знает метод\(method.map { " \($0)" } ?? "") (\(reply.legacyRussian)): "
                + "модуль телефонии не установлен или отключён."
        case .notFound(let reply):
            "На портале нет такой линии или регистрации (\(reply.legacyRussian)). Посмотрите список линий: в нём видно, какие есть."
        case .portalDeleted(let reply):
            "Портал удалён (\(reply.legacyRussian)). Проверьте адрес портала."
        case .fieldErrors(let messages):
            "Портал отклонил поля: \(messages.joined(separator: "; "))."
        case .fieldErrorsWithoutDetails:
            "Портал отклонил поля, не объяснив причину."
        case .titleExists(let reply):
            "На портале уже есть линия с таким названием (\(reply.legacyRussian)) — возможно, её не видно через этот вебхук. "
                + "Выберите другое название."
        case .maxCloudPBX(let reply):
            "На портале уже максимальное число линий облачной АТС (\(reply.legacyRussian)). "
                + "Подключите офисную АТС или сначала удалите одну из облачных линий."
        case .serverFault(let status, let code, let text):
            "На портале произошла внутренняя ошибка (HTTP \(status)\(code.map { ", \($0)" } ?? ""))"
                + (text.map { ": \($0)" } ?? "")
                + ". Вызов мог как выполниться, так и нет; проверьте, прежде чем повторять его."
        case .refused(let reply):
            "Портал отклонил вызов (\(reply.legacyRussian))."
        case .transport(let failure):
            failure.legacyRussian
        case .invalidCredentials(let problem):
            problem.legacyRussian + " Ничего не отправлено."
        case .unexpectedAnswer(let status, let excerpt):
            "Ответ (HTTP \(status)) — не ответ REST Битрикс24: «\(excerpt)». Проверьте адрес портала и прокси "
                + "между этой машиной и порталом. Вызов мог выполниться."
        case .emptyAnswer(let status):
            "Ответ (HTTP \(status)) — не ответ REST Битрикс24: он пустой. Проверьте адрес портала и прокси "
                + "между этой машиной и порталом. Вызов мог выполниться."
        case .secondRedirect(let status, let location):
            "Портал перенаправил запрос повторно (HTTP \(status)\(location.map { " на \($0)" } ?? "")); переход "
                + "не выполнен, потому что в запросе есть секреты. Обновите адрес портала в настройках."
        case .insecureRedirect(let status, let location):
            "Портал перенаправил запрос на незащищённый адрес http:// (HTTP \(status)\(location.map { " на \($0)" } ?? "")); "
                + "переход не выполнен, потому что в запросе есть секреты. Проверьте адрес портала."
        case .redirectWithoutLocation(let status):
            "Портал ответил перенаправлением (HTTP \(status)), но не указал адрес, по которому перейти."
        }
    }
}
