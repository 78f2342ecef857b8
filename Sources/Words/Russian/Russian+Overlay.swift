extension OverlayPhrase {
    public var legacyRussian: String {
        switch self {
        case .helpTitle(let topic): "Справка · \(topic.legacyRussian)"
        case .helpCloses: "Esc или F1 закрывает справку."
        case .quitQuestion: "Выйти из sipline?"
        case .quitQuestionShort: "Выйти из sipline? y/n"
        case .yes: "да"
        case .no: "нет"
        case .createdInThisRun(let count):
            count == 0 ? "В этом запуске линии не создавались."
                : "В этом запуске \(Plural.russian(count, one: "создана", few: "создано", many: "создано")) \(count) "
                    + "\(Plural.russian(count, one: "линия", few: "линии", many: "линий"))."
        case .draftKept: "При прошлом выходе из sipline остался черновик."
        case .continueDraft(let title, let server, let typedAt):
            "Продолжить черновик" + (title.isEmpty ? "" : " «\(title)»") + (server.isEmpty ? "" : " для \(server)")
                + " (введён \(typedAt))?"
        case .typedFor(let host): "Он вводился для портала \(host)."
        case .moreDraftsKept(let count):
            "Есть ещё \(count) \(Plural.russian(count, one: "черновик", few: "черновика", many: "черновиков")); "
                + "они предлагаются по одному."
        case .passwordNeverKept: "Пароль в черновике не хранится: введите его снова."
        case .continueChoice: "продолжить"
        case .startFreshChoice: "начать заново (черновик удалится)"
        }
    }
}
