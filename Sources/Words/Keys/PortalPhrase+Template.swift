extension PortalPhrase: CataloguePhrase {
    public var template: TemplateCall {
        switch self {
        case .inUse(let host, let webhook): call(["host": host, "webhook": webhook])
        case .worksAgain(let host), .works(let host), .forThisRun(let host): call(["host": host])
        case .malformed(let reason), .unreachable(let reason), .refusedCheck(let reason): call(["reason": reason])
        case .saveFailed(let reason): call(["reason": TemplateArgument.sentence(reason)])
        case .missingScope(let scope): call(["scope": scope])
        case .connectorPaid(let until): call(["until": until.nonEmpty])
        case .connectorFreeMinutes(let minutes): call(["minutes": minutes])
        case .saved(let name, let host): call(["name": name, "host": host])
        default: call()
        }
    }
}
