import Words

/// Every key of an area once, with sentinel placeholders (strings like `‹host›`, numbers from 900001), so the
/// catalogue tests can check that each language's words carry every placeholder.
protocol SampledPhrase: Phrase {
    static var samples: [Self] { get }
}

/// The areas of the catalogue, each with the file under Sources/Words/Phrases that declares its keys. An area
/// missing here fails `everyAreaIsSampled`.
let sampledAreas: [(type: any SampledPhrase.Type, file: String)] = [
    (ListPhrase.self, "ListPhrase.swift"),
    (RegistrationPhrase.self, "RegistrationPhrase.swift"),
    (CheckPhrase.self, "CheckPhrase.swift"),
    (DefaultLinePhrase.self, "DefaultLinePhrase.swift"),
    (PBXConfigPhrase.self, "PBXConfigPhrase.swift"),
]

extension ListPhrase: SampledPhrase {
    static let samples: [ListPhrase] = [
        .noLines(host: "‹host›"), .summary(count: 900001, cloud: 900002, office: 900003, host: "‹host›"),
        .lastColumnHeader,
    ]
}

extension RegistrationPhrase: SampledPhrase {
    static let samples: [RegistrationPhrase] = [
        .registered, .stillWaiting, .noAnswerAfterLimit(seconds: 900001), .credentialsRefused(code: 900002), .forbidden,
        .unknownLogin, .noTimelyAnswer(code: 900003), .intervalTooBrief, .loop(code: 900004), .busyHere,
        .providerInternalError, .hostnameUnresolved, .badGateway, .serviceUnavailable, .declined,
        .otherRequestFailure(code: 900005), .otherServerFailure(code: 900006), .otherGlobalFailure(code: 900007),
        .unexpectedCode(code: 900008), .providerSaid(message: "‹message›"), .runWatchToFollow(regID: 900009),
    ]
}

extension CheckPhrase: SampledPhrase {
    static let samples: [CheckPhrase] = [
        .fromThisMachine, .answered(server: "‹server›", target: "‹target›", statusLine: "‹status›"),
        .software("‹software›"), .noAnswer(server: "‹server›", target: "‹target›", seconds: 900001),
        .onlyTLSTargets(server: "‹server›"), .doesNotResolve(server: "‹server›"),
        .summaryAnswered(statusLine: "‹status›"), .summaryNoAnswer, .summaryDoesNotResolve, .lookupsHeading,
        .targetsHeading, .lookupFound(type: "‹type›", name: "‹name›", count: 900002),
        .lookupNoSuchName(type: "‹type›", name: "‹name›"), .lookupNoRecords(type: "‹type›", name: "‹name›"),
        .lookupFailed(type: "‹type›", name: "‹name›", reason: "‹reason›"),
        .target(endpoint: "‹endpoint›", transport: "‹transport›", host: "‹host›", source: "‹source›"),
        .unknownTransport("‹value›"), .invalidNameserver("‹value›"),
    ]
}

extension DefaultLinePhrase: SampledPhrase {
    static let samples: [DefaultLinePhrase] = [
        .baseNumber, .number("‹number›"), .cloudLine(regID: 900001), .officeLine(configID: 900002),
        .restAppLine(app: "‹app›"), .named(line: "‹line›", name: "‹name›"), .current(line: "‹line›"),
        .madeDefault(was: "‹was›", now: "‹now›"), .alreadyDefault(line: "‹line›"),
        .notTaken(now: "‹now›", expected: "‹expected›"), .lineNotVisible(configID: 900003),
    ]
}

extension PBXConfigPhrase: SampledPhrase {
    static let samples: [PBXConfigPhrase] = [
        .header(title: "‹title›", configID: 900001), .registrationNote, .identifyNote, .contextNote(context: "‹context›"),
        .transportNote(name: "‹name›"), .passwordMasked, .freePBXScreen, .genericHeading, .serverLabel, .portLabel,
        .loginLabel, .passwordLabel, .transportLabel, .cloudLineHasNoPBXSide(configID: 900002),
        .noIncomingCredentials(configID: 900003),
    ]
}
