extension CheckPhrase: CataloguePhrase {
    public var template: TemplateCall {
        switch self {
        case .answered(let server, let target, let statusLine):
            call(["server": server, "target": target, "statusLine": statusLine])
        case .answeredAtAddress(let target, let statusLine): call(["target": target, "statusLine": statusLine])
        case .software(let name): call(["name": name])
        case .noAnswer(let server, let target, let seconds):
            call(["server": server, "target": target, "seconds": seconds])
        case .noAnswerAtAddress(let target, let seconds): call(["target": target, "seconds": seconds])
        case .refused(let server, let target): call(["server": server, "target": target])
        case .refusedAtAddress(let target): call(["target": target])
        case .onlyTLSTargets(let server), .doesNotResolve(let server), .dnsUnavailable(let server):
            call(["server": server])
        case .summaryAnswered(let statusLine): call(["statusLine": statusLine])
        case .lookupFound(let type, let name, let count): call(["type": type, "name": name, "count": count])
        case .lookupNoSuchName(let type, let name), .lookupNoRecords(let type, let name),
             .lookupTimedOut(let type, let name), .lookupServerFailure(let type, let name),
             .lookupNoResolver(let type, let name), .lookupUnreadable(let type, let name),
             .lookupCancelled(let type, let name):
            call(["type": type, "name": name])
        case .target(let endpoint, let transport, let host, let source):
            call(["endpoint": endpoint, "transport": transport, "host": host, "source": source])
        case .unknownTransport(let value): call(["value": value])
        case .invalidNameserver(let value, let source): call(["value": value, "source": source])
        default: call()
        }
    }
}
