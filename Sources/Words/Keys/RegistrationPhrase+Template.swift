extension RegistrationPhrase: CataloguePhrase {
    public var template: TemplateCall {
        switch self {
        case .noAnswerAfterLimit(let seconds): call(["seconds": seconds])
        case .credentialsRefused(let code), .noTimelyAnswer(let code), .loop(let code), .otherRequestFailure(let code),
             .otherServerFailure(let code), .otherGlobalFailure(let code), .unexpectedCode(let code):
            call(["code": code])
        case .providerSaid(let message): call(["message": message])
        case .runWatchToFollow(let regID): call(["regID": regID])
        default: call()
        }
    }
}
