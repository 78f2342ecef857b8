extension PlainPhrase {
    public var russian: String {
        switch self {
        case .intro:
            "sipline · Новая SIP-линия. Отвечайте на вопросы и нажимайте Enter; пустой ответ оставляет то, что "
                + "в [скобках]. Ctrl-D или Ctrl-C — выход, введённое сохранится как черновик."
        case .chosenBecause(let reason): "sipline: простой режим (вопросы по строкам), потому что \(reason)."
        case .errorLead: "Ошибка:"
        case .warningLead: "Внимание:"
        case .noteLead: "Примечание:"
        case .doneLead: "Готово:"
        case .stepHeading(let step, let total, let title): "Шаг \(step) из \(total) · \(title)"
        case .choiceLine(let name, let description): "\(name.russian): \(description.russian)"
        case .hidden: "(скрыт)"
        case .registration(let state): "Регистрация: \(state.russian)"
        case .ask(let label): "\(label): "
        case .askKeeping(let label, let current): "\(label) [\(current)]: "
        case .askSecret(let label): "\(label) (не виден при вводе): "
        case .askSecretKeeping(let label): "\(label) [прежний] (не виден при вводе): "
        case .askType(let current): "Тип АТС, 1 или 2 [\(current)]: "
        case .askWebhook: "Адрес вебхука (не виден при вводе): "
        case .askWebhookOrRecheck: "Адрес вебхука, или Enter — проверить текущий (не виден при вводе): "
        case .askPortalName(let suggested): "Сохранить портал как [\(suggested)] (- — не сохранять): "
        case .askCreate: "Создать линию? [Y/n] (1-4 — изменить шаг, p — другой портал): "
        case .askQuit: "Выйти из sipline? Введённое останется черновиком. [y/N]: "
        case .askContinueDraft: "Продолжить его? [Y/n]: "
        case .askNext: "Далее: 1 — данные в файл, 2 — ещё линия, 3 — выход [3]: "
        case .askSavePath(let suggested): "Сохранить в [\(suggested)] (- — отмена): "
        case .askAfterUnknown: "Enter — назад к проверке; q — выход: "
        case .answerYesOrNo: "Ответьте y или n."
        case .answerOneOrTwo: "Ответьте 1 (Облачная АТС) или 2 (Офисная АТС)."
        case .answerCreate: "Ответьте y, n, номер шага от 1 до 4 или p."
        case .answerOneTwoThree: "Ответьте 1, 2 или 3."
        case .answerEnterOrQ: "Нажмите Enter или ответьте q."
        }
    }
}
