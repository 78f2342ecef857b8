extension TerminalPhrase {
    public var legacyRussian: String {
        switch self {
        case .notATerminal: "для полноэкранного мастера стандартные ввод и вывод должны быть терминалом"
        case .termNotSet: "переменная окружения TERM не задана, и тип терминала неизвестен"
        case .dumbTerminal: "при TERM=dumb полноэкранный мастер показать нельзя"
        case .unknownTerminal(let term): "нет описания терминала TERM=\(term) (установлена ли его запись terminfo?)"
        case .unusableTerminal(let term):
            "терминал TERM=\(term) не умеет перемещать курсор или очищать экран, а полноэкранному мастеру это нужно"
        case .cursesFailed(let term): "ncurses не удалось запустить на TERM=\(term)"
        }
    }
}
