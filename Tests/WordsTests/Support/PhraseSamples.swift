import Words

/// Every key of an area once, with sentinel placeholders (strings like `‹host›`, numbers from 900001), so the
/// catalogue tests can check that each language's words carry every placeholder. Generated from the Phrases/
/// files (a case a line there, or `case a, b` for cases without values) by
/// Tests/WordsTests/Support/generate-samples.py.
protocol SampledPhrase: Phrase {
    static var samples: [Self] { get }
    /// The keys again with the values where words branch (absent optionals, 0 and 1, empty texts), for the checks
    /// of templates and their variants; the samples above stay the ones whose placeholders all show.
    static var variants: [Self] { get }
}

/// The areas of the catalogue, each with the file under Sources/Words/Phrases that declares its keys. An area
/// missing here fails `everyAreaIsSampled`.
let sampledAreas: [(type: any SampledPhrase.Type, file: String)] = [
    (AddPhrase.self, "AddPhrase.swift"),
    (AddressKindPhrase.self, "AddressKindPhrase.swift"),
    (AnswerProblemPhrase.self, "AnswerProblemPhrase.swift"),
    (CheckPhrase.self, "CheckPhrase.swift"),
    (CommandNotePhrase.self, "CommandNotePhrase.swift"),
    (CommandPhrase.self, "CommandPhrase.swift"),
    (ConfigPhrase.self, "ConfigPhrase.swift"),
    (CreatedLinePhrase.self, "CreatedLinePhrase.swift"),
    (CredentialsFieldPhrase.self, "CredentialsFieldPhrase.swift"),
    (CredentialsPhrase.self, "CredentialsPhrase.swift"),
    (DefaultLinePhrase.self, "DefaultLinePhrase.swift"),
    (DeletePhrase.self, "DeletePhrase.swift"),
    (DraftFieldPhrase.self, "DraftFieldPhrase.swift"),
    (DurationPhrase.self, "DurationPhrase.swift"),
    (FieldIssuePhrase.self, "FieldIssuePhrase.swift"),
    (FileKindPhrase.self, "FileKindPhrase.swift"),
    (FormPhrase.self, "FormPhrase.swift"),
    (HelpPhrase.self, "HelpPhrase.swift"),
    (HelpTopicPhrase.self, "HelpTopicPhrase.swift"),
    (KeyPhrase.self, "KeyPhrase.swift"),
    (LinePhrase.self, "LinePhrase.swift"),
    (ListPhrase.self, "ListPhrase.swift"),
    (LostAnswerPhrase.self, "LostAnswerPhrase.swift"),
    (OverlayPhrase.self, "OverlayPhrase.swift"),
    (PBXConfigPhrase.self, "PBXConfigPhrase.swift"),
    (PlainPhrase.self, "PlainPhrase.swift"),
    (PortalPhrase.self, "PortalPhrase.swift"),
    (PortalReplyPhrase.self, "PortalReplyPhrase.swift"),
    (PortalResolutionPhrase.self, "PortalResolutionPhrase.swift"),
    (PrivateFilePhrase.self, "PrivateFilePhrase.swift"),
    (RESTPhrase.self, "RESTPhrase.swift"),
    (ReconciliationPhrase.self, "ReconciliationPhrase.swift"),
    (RegistrationPhrase.self, "RegistrationPhrase.swift"),
    (ResultPhrase.self, "ResultPhrase.swift"),
    (ReviewPhrase.self, "ReviewPhrase.swift"),
    (SandboxPhrase.self, "SandboxPhrase.swift"),
    (ScreenPhrase.self, "ScreenPhrase.swift"),
    (ServicePhrase.self, "ServicePhrase.swift"),
    (StatusPhrase.self, "StatusPhrase.swift"),
    (SummaryPhrase.self, "SummaryPhrase.swift"),
    (TerminalPhrase.self, "TerminalPhrase.swift"),
    (TransportDetailPhrase.self, "TransportDetailPhrase.swift"),
    (TransportPhrase.self, "TransportPhrase.swift"),
    (UpdatePhrase.self, "UpdatePhrase.swift"),
    (ValidationPhrase.self, "ValidationPhrase.swift"),
]

extension AddPhrase: SampledPhrase {
    static let samples: [AddPhrase] = [
        .passwordMissing,
        .warning(.titleRequired),
        .note(.titleRequired),
        .historyNotRecorded(reason: .readableByOthers(path: "‹path›", mode: "‹mode›")),
        .foundAfterCheck(reason: AnyPhrase(ListPhrase.noLines(host: "‹reason›"))),
        .notCreated(reason: AnyPhrase(ListPhrase.noLines(host: "‹reason›"))),
        .outcomeUnknown(reason: AnyPhrase(ListPhrase.noLines(host: "‹reason›"))),
    ]

    static let variants: [AddPhrase] = []
}

extension AddressKindPhrase: SampledPhrase {
    static let samples: [AddressKindPhrase] = [
        .unspecifiedIPv4,
        .unspecifiedIPv6,
        .loopback,
        .privateIPv4,
        .carrierGradeNAT,
        .linkLocal,
        .uniqueLocalIPv6,
        .localNetworkName,
    ]

    static let variants: [AddressKindPhrase] = []
}

extension AnswerProblemPhrase: SampledPhrase {
    static let samples: [AnswerProblemPhrase] = [
        .connectorStatusNotObject,
        .lineNotObject,
        .lineWithoutConfigID,
        .linesNeitherListNorEmpty,
        .statusNotObject,
        .statusWithoutResult,
        .unknownStatusResult(value: "‹value›"),
        .changeNotConfirmed,
        .notALineID,
        .notAnObjectOfLines,
    ]

    static let variants: [AnswerProblemPhrase] = [
        .unknownStatusResult(value: ""),
    ]
}

extension CheckPhrase: SampledPhrase {
    static let samples: [CheckPhrase] = [
        .fromThisMachine,
        .answered(server: "‹server›", target: "‹target›", statusLine: "‹statusLine›"),
        .answeredAtAddress(target: "‹target›", statusLine: "‹statusLine›"),
        .software("‹software›"),
        .noAnswer(server: "‹server›", target: "‹target›", seconds: 900002),
        .noAnswerAtAddress(target: "‹target›", seconds: 900003),
        .refused(server: "‹server›", target: "‹target›"),
        .refusedAtAddress(target: "‹target›"),
        .onlyTLSTargets(server: "‹server›"),
        .doesNotResolve(server: "‹server›"),
        .dnsUnavailable(server: "‹server›"),
        .summaryAnswered(statusLine: "‹statusLine›"),
        .summaryNoAnswer,
        .summaryDoesNotResolve,
        .lookupsHeading,
        .targetsHeading,
        .lookupFound(type: "‹type›", name: "‹name›", count: 900004),
        .lookupNoSuchName(type: "‹type›", name: "‹name›"),
        .lookupNoRecords(type: "‹type›", name: "‹name›"),
        .lookupTimedOut(type: "‹type›", name: "‹name›"),
        .lookupServerFailure(type: "‹type›", name: "‹name›"),
        .lookupNoResolver(type: "‹type›", name: "‹name›"),
        .lookupUnreadable(type: "‹type›", name: "‹name›"),
        .lookupCancelled(type: "‹type›", name: "‹name›"),
        .target(endpoint: "‹endpoint›", transport: "‹transport›", host: "‹host›", source: "‹source›"),
        .unknownTransport("‹unknownTransport›"),
        .invalidNameserver("‹invalidNameserver›", source: "‹source›"),
    ]

    static let variants: [CheckPhrase] = [
        .answered(server: "", target: "", statusLine: ""),
        .answeredAtAddress(target: "", statusLine: ""),
        .software(""),
        .noAnswer(server: "‹server›", target: "‹target›", seconds: 0),
        .noAnswer(server: "‹server›", target: "‹target›", seconds: 1),
        .noAnswer(server: "", target: "", seconds: 900101),
        .noAnswerAtAddress(target: "‹target›", seconds: 0),
        .noAnswerAtAddress(target: "‹target›", seconds: 1),
        .noAnswerAtAddress(target: "", seconds: 900102),
        .refused(server: "", target: ""),
        .refusedAtAddress(target: ""),
        .onlyTLSTargets(server: ""),
        .doesNotResolve(server: ""),
        .dnsUnavailable(server: ""),
        .summaryAnswered(statusLine: ""),
        .lookupFound(type: "‹type›", name: "‹name›", count: 0),
        .lookupFound(type: "‹type›", name: "‹name›", count: 1),
        .lookupFound(type: "", name: "", count: 900103),
        .lookupNoSuchName(type: "", name: ""),
        .lookupNoRecords(type: "", name: ""),
        .lookupTimedOut(type: "", name: ""),
        .lookupServerFailure(type: "", name: ""),
        .lookupNoResolver(type: "", name: ""),
        .lookupUnreadable(type: "", name: ""),
        .lookupCancelled(type: "", name: ""),
        .target(endpoint: "", transport: "", host: "", source: ""),
        .unknownTransport(""),
        .invalidNameserver("", source: ""),
    ]
}

extension CommandNotePhrase: SampledPhrase {
    static let samples: [CommandNotePhrase] = [
        .rateLimitWait(delay: .seconds(900005), retry: 900006),
        .operatingLimitWait(delay: .seconds(900007)),
        .portalMoved(address: "‹address›", source: "‹source›"),
        .malformedTimeout(variable: "‹variable›", value: "‹value›"),
    ]

    static let variants: [CommandNotePhrase] = [
        .rateLimitWait(delay: .seconds(900104), retry: 0),
        .rateLimitWait(delay: .seconds(900105), retry: 1),
        .portalMoved(address: "", source: ""),
        .malformedTimeout(variable: "", value: ""),
    ]
}

extension CommandPhrase: SampledPhrase {
    static let samples: [CommandPhrase] = [
        .invalidFields(count: 900008),
        .interrupted,
        .configIDNotPositive(value: 900009),
        .unknownFormat(value: "‹value›", known: ["‹known1›", "‹known2›"]),
        .passwordGivenTwice,
        .standardInputUnreadable(reason: .readableByOthers(path: "‹path›", mode: "‹mode›")),
        .passwordFileReadableByOthers(path: "‹path›", mode: "‹mode›"),
        .passwordFileFailure(.readableByOthers(path: "‹path›", mode: "‹mode›")),
        .passwordFileUnreadable(path: "‹path›"),
        .passwordNotUTF8(source: "‹source›"),
        .tokensNotSaved(problem: .notUTF8),
        .logFileNotOpened(path: "‹path›", reason: "‹reason›"),
        .sandboxDidNotStart(reason: "‹reason›"),
    ]

    static let variants: [CommandPhrase] = [
        .invalidFields(count: 0),
        .invalidFields(count: 1),
        .configIDNotPositive(value: 0),
        .configIDNotPositive(value: 1),
        .unknownFormat(value: "", known: ["‹known1›", "‹known2›"]),
        .passwordFileReadableByOthers(path: "", mode: ""),
        .passwordFileUnreadable(path: ""),
        .passwordNotUTF8(source: ""),
        .logFileNotOpened(path: "", reason: ""),
        .sandboxDidNotStart(reason: ""),
    ]
}

extension ConfigPhrase: SampledPhrase {
    static let samples: [ConfigPhrase] = [
        .inFile(path: "‹path›", problem: .notUTF8),
        .onLine(path: "‹path›", line: 900010, problem: .notUTF8),
        .invalidPortalName(name: "‹name›"),
        .fileDisappeared(portal: "‹portal›"),
        .noLongerOAuth(portal: "‹portal›"),
        .cannotLock(lockPath: "‹lockPath›", reason: .readableByOthers(path: "‹path›", mode: "‹mode›")),
        .readableByOthers(mode: "‹mode›", path: "‹path›"),
        .notUTF8,
        .systemFailure(operation: "‹operation›", reason: "‹reason›"),
        .notWritten(reason: .readableByOthers(path: "‹path›", mode: "‹mode›")),
        .notTOML(detail: "‹detail›"),
        .notTOMLWithoutDetail,
        .unknownTopLevelKey(key: "‹key›"),
        .defaultNotString,
        .portalsNotSections,
        .portalNotSection(name: "‹name›", section: "‹section›"),
        .defaultWithoutSection(name: "‹name›"),
        .unknownPortalKey(key: "‹key›", section: "‹section›", oauthKeys: ["‹oauthKeys1›", "‹oauthKeys2›"]),
        .valueNotString(key: "‹key›", section: "‹section›"),
        .webhookAndOAuth(section: "‹section›"),
        .emptyPortal(section: "‹section›"),
        .missingOAuthKey(section: "‹section›", key: "‹key›", required: ["‹required1›", "‹required2›"]),
        .credentials(.empty(field: .webhookURL)),
        .symbolicLink,
        .notRegularFile(kind: .fifo),
        .ownedByAnotherUser(owner: 900011),
        .notADraft,
        .headerWithoutName,
    ]

    static let variants: [ConfigPhrase] = [
        .inFile(path: "", problem: .notUTF8),
        .onLine(path: "‹path›", line: 0, problem: .notUTF8),
        .onLine(path: "‹path›", line: 1, problem: .notUTF8),
        .onLine(path: "", line: 900106, problem: .notUTF8),
        .invalidPortalName(name: ""),
        .fileDisappeared(portal: ""),
        .noLongerOAuth(portal: ""),
        .cannotLock(lockPath: "", reason: .readableByOthers(path: "‹path›", mode: "‹mode›")),
        .readableByOthers(mode: "", path: ""),
        .systemFailure(operation: "", reason: ""),
        .notTOML(detail: ""),
        .unknownTopLevelKey(key: ""),
        .portalNotSection(name: "", section: ""),
        .defaultWithoutSection(name: ""),
        .unknownPortalKey(key: "", section: "", oauthKeys: ["‹oauthKeys1›", "‹oauthKeys2›"]),
        .valueNotString(key: "", section: ""),
        .webhookAndOAuth(section: ""),
        .emptyPortal(section: ""),
        .missingOAuthKey(section: "", key: "", required: ["‹required1›", "‹required2›"]),
        .ownedByAnotherUser(owner: 0),
        .ownedByAnotherUser(owner: 1),
    ]
}

extension CreatedLinePhrase: SampledPhrase {
    static let samples: [CreatedLinePhrase] = [
        .created(configID: 900012, host: "‹host›"),
        .followRegistration(server: "‹server›", regID: 900013),
        .setOnYourPBX,
        .setOnYourPBXRevealed,
    ]

    static let variants: [CreatedLinePhrase] = [
        .created(configID: 0, host: "‹host›"),
        .created(configID: 1, host: "‹host›"),
        .created(configID: 900107, host: ""),
        .followRegistration(server: "‹server›", regID: 0),
        .followRegistration(server: "‹server›", regID: 1),
        .followRegistration(server: "", regID: 900108),
    ]
}

extension CredentialsFieldPhrase: SampledPhrase {
    static let samples: [CredentialsFieldPhrase] = [
        .webhookURL,
        .oauthCredentials,
        .oauthClientEndpoint,
        .oauthServerEndpoint,
        .accessToken,
        .refreshToken,
        .clientID,
        .clientSecret,
    ]

    static let variants: [CredentialsFieldPhrase] = []
}

extension CredentialsPhrase: SampledPhrase {
    static let samples: [CredentialsPhrase] = [
        .empty(field: .webhookURL),
        .notAURL(field: .webhookURL),
        .unsupportedScheme(field: .webhookURL, scheme: "‹scheme›"),
        .insecureHTTP(field: .webhookURL, host: "‹host›"),
        .missingHost(field: .webhookURL),
        .invalidPort(field: .webhookURL),
        .unexpectedUserInfo(field: .webhookURL),
        .notAWebhookPath(field: .webhookURL),
        .missingUserID(field: .webhookURL),
        .invalidUserID(field: .webhookURL),
        .missingCode(field: .webhookURL),
        .invalidCode(field: .webhookURL),
        .unexpectedPath(field: .webhookURL),
        .unexpectedQuery(field: .webhookURL),
        .missingField(field: .webhookURL, name: .webhookURL),
    ]

    static let variants: [CredentialsPhrase] = [
        .unsupportedScheme(field: .webhookURL, scheme: ""),
        .insecureHTTP(field: .webhookURL, host: ""),
    ]
}

extension DefaultLinePhrase: SampledPhrase {
    static let samples: [DefaultLinePhrase] = [
        .baseNumber,
        .number("‹number›"),
        .cloudLine(regID: 900014),
        .officeLine(configID: 900015),
        .restAppLine(app: "‹app›"),
        .named(line: AnyPhrase(ListPhrase.noLines(host: "‹line›")), name: "‹name›"),
        .current(line: AnyPhrase(ListPhrase.noLines(host: "‹line›"))),
        .madeDefault(was: AnyPhrase(ListPhrase.noLines(host: "‹was›")), now: AnyPhrase(ListPhrase.noLines(host: "‹now›"))),
        .alreadyDefault(line: AnyPhrase(ListPhrase.noLines(host: "‹line›"))),
        .notTaken(now: AnyPhrase(ListPhrase.noLines(host: "‹now›")), expected: AnyPhrase(ListPhrase.noLines(host: "‹expected›"))),
        .lineNotVisible(configID: 900016),
    ]

    static let variants: [DefaultLinePhrase] = [
        .number(""),
        .cloudLine(regID: 0),
        .cloudLine(regID: 1),
        .officeLine(configID: 0),
        .officeLine(configID: 1),
        .restAppLine(app: ""),
        .named(line: AnyPhrase(ListPhrase.noLines(host: "‹line›")), name: ""),
        .lineNotVisible(configID: 0),
        .lineNotVisible(configID: 1),
    ]
}

extension DeletePhrase: SampledPhrase {
    static let samples: [DeletePhrase] = [
        .cannotAsk(configID: 900017),
        .confirmNamed(configID: 900018, title: "‹title›", type: "‹type›", server: "‹server›", host: "‹host›"),
        .confirm(configID: 900019, host: "‹host›"),
        .declined,
        .deleted(configID: 900020, host: "‹host›"),
    ]

    static let variants: [DeletePhrase] = [
        .cannotAsk(configID: 0),
        .cannotAsk(configID: 1),
        .confirmNamed(configID: 0, title: "‹title›", type: "‹type›", server: "‹server›", host: "‹host›"),
        .confirmNamed(configID: 1, title: "‹title›", type: "‹type›", server: "‹server›", host: "‹host›"),
        .confirmNamed(configID: 900109, title: "", type: "", server: "", host: ""),
        .confirm(configID: 0, host: "‹host›"),
        .confirm(configID: 1, host: "‹host›"),
        .confirm(configID: 900110, host: ""),
        .deleted(configID: 0, host: "‹host›"),
        .deleted(configID: 1, host: "‹host›"),
        .deleted(configID: 900111, host: ""),
    ]
}

extension DraftFieldPhrase: SampledPhrase {
    static let samples: [DraftFieldPhrase] = [
        .type,
        .title,
        .server,
        .login,
        .password,
    ]

    static let variants: [DraftFieldPhrase] = []
}

extension DurationPhrase: SampledPhrase {
    static let samples: [DurationPhrase] = [
        .seconds(900021),
        .milliseconds(900022),
        .secondsAndTenths(seconds: 900023, tenths: 900024),
    ]

    static let variants: [DurationPhrase] = [
        .seconds(0),
        .seconds(1),
        .milliseconds(0),
        .milliseconds(1),
        .secondsAndTenths(seconds: 0, tenths: 0),
        .secondsAndTenths(seconds: 1, tenths: 1),
    ]
}

extension FieldIssuePhrase: SampledPhrase {
    static let samples: [FieldIssuePhrase] = [
        .issue(key: "‹key›", .titleRequired),
    ]

    static let variants: [FieldIssuePhrase] = [
        .issue(key: "", .titleRequired),
    ]
}

extension FileKindPhrase: SampledPhrase {
    static let samples: [FileKindPhrase] = [
        .fifo,
        .folder,
        .characterDevice,
        .blockDevice,
        .socket,
        .notRegular,
    ]

    static let variants: [FileKindPhrase] = []
}

extension FormPhrase: SampledPhrase {
    static let samples: [FormPhrase] = [
        .pbxTypeHeading,
        .cloudPBX,
        .officePBX,
        .cloudDescription,
        .officeDescription,
        .countingLines,
        .linesSeen(total: 900025, cloud: 900026, office: 900027),
        .linesNotListed(AnyPhrase(ListPhrase.noLines(host: "‹linesNotListed›"))),
        .titleHeading,
        .titleHelp,
        .serverHeading,
        .serverHelpCloud,
        .serverHelpOffice,
        .credentialsHeading,
        .credentialsHeadingAt(server: "‹server›"),
        .credentialsHelpCloud,
        .credentialsHelpOffice,
        .nameLabel,
        .serverLabel,
        .loginLabel,
        .passwordLabel,
        .warningAccept,
    ]

    static let variants: [FormPhrase] = [
        .linesSeen(total: 0, cloud: 0, office: 0),
        .linesSeen(total: 1, cloud: 1, office: 1),
        .credentialsHeadingAt(server: ""),
    ]
}

extension HelpPhrase: SampledPhrase {
    static let samples: [HelpPhrase] = [
        .siplineAbstract,
        .siplineDiscussion,
        .wizardAbstract,
        .wizardDiscussion,
        .wizardSandbox,
        .wizardPlain,
        .wizardShowSecrets,
        .wizardNoColor,
        .wizardLogFile,
        .sandboxAbstract,
        .sandboxDiscussion,
        .sandboxPort,
        .sandboxState,
        .sandboxMaxCloudLines,
        .sandboxFaultInjection,
        .addAbstract,
        .addDiscussion,
        .addTitle,
        .addServer,
        .addLogin,
        .addType,
        .showSecrets,
        .listAbstract,
        .listDiscussion,
        .statusAbstract,
        .statusDiscussion,
        .statusRegID,
        .statusWatch,
        .statusLimit,
        .updateAbstract,
        .updateDiscussion,
        .updateTitle,
        .updateServer,
        .updateLogin,
        .configIDArgument,
        .checkAbstract,
        .checkDiscussion,
        .checkServer,
        .checkTransport,
        .checkNameserver,
        .checkJSON,
        .defaultAbstract,
        .defaultDiscussion,
        .defaultConfigID,
        .pbxConfigAbstract,
        .pbxConfigDiscussion,
        .pbxConfigConfigID,
        .pbxConfigFormat,
        .pbxConfigShowSecrets,
        .deleteAbstract,
        .deleteDiscussion,
        .deleteYes,
        .json,
        .logFile,
        .language,
        .passwordGroup,
        .passwordStdin,
        .passwordFile,
        .portalGroup,
        .webhook,
        .webhookFile,
        .portal,
    ]

    static let variants: [HelpPhrase] = []
}

extension HelpTopicPhrase: SampledPhrase {
    static let samples: [HelpTopicPhrase] = [
        .portal,
        .pbxType,
        .connectionName,
        .server,
        .credentials,
        .review,
        .creatingTheLine,
        .result,
        .unknownOutcome,
    ]

    static let variants: [HelpTopicPhrase] = []
}

extension KeyPhrase: SampledPhrase {
    static let samples: [KeyPhrase] = [
        .choose,
        .pick,
        .next,
        .back,
        .quit,
        .help,
        .nextFieldShort,
        .show,
        .hide,
        .clear,
        .create,
        .edit,
        .portal,
        .stopWaiting,
        .saveDetails,
        .reveal,
        .newLine,
        .save,
        .cancel,
        .check,
        .thisRunOnly,
        .backToReview,
        .closeHelp,
        .stay,
        .continueDraft,
        .startFresh,
        .fixRegistration,
        .pbxConfig,
        .makeDefault,
        .registerAgain,
        .format,
        .scroll,
        .helpOverlay,
        .helpOverlayToo,
        .redraw,
        .quitAsking,
        .quitNow,
        .moveInText,
        .startEnd,
        .deleteBeforeUnder,
        .clearOrDeleteWord,
        .typedText,
        .moveSelection,
        .pickType,
        .nextScreen,
        .backToPortal,
        .escapeQuits,
        .nextField,
        .previousField,
        .checkField,
        .togglePassword,
        .backOneScreen,
        .createOnce,
        .editStep,
        .changePortal,
        .backToCredentials,
        .stopWaitingExplained,
        .ignoredWhileWaiting,
        .backToReviewCheckFirst,
        .saveDetailsExplained,
        .revealPasswords,
        .anotherLine,
        .quitWithSummary,
        .nothingHereLineExists,
        .saveToPath,
        .doNotSave,
        .checkWebhook,
        .backKeepingPortal,
        .savePortalUnderName,
        .usePortalThisRunOnly,
        .stayInWizard,
        .continueDraftExplained,
        .startFreshExplained,
        .quitKeepingDraft,
        .fixRegistrationExplained,
        .pbxConfigExplained,
        .makeDefaultExplained,
        .registerAgainExplained,
        .backToResult,
        .chooseFormat,
        .scrollText,
        .saveDetailsWithConfig,
        .spaceKey,
        .otherKeys,
        .typedTextKeys,
    ]

    static let variants: [KeyPhrase] = []
}

extension LinePhrase: SampledPhrase {
    static let samples: [LinePhrase] = [
        .server,
        .login,
        .password,
    ]

    static let variants: [LinePhrase] = []
}

extension ListPhrase: SampledPhrase {
    static let samples: [ListPhrase] = [
        .noLines(host: "‹host›"),
        .summary(count: 900028, cloud: 900029, office: 900030, host: "‹host›"),
        .lastColumnHeader,
    ]

    static let variants: [ListPhrase] = [
        .noLines(host: ""),
        .summary(count: 0, cloud: 0, office: 0, host: "‹host›"),
        .summary(count: 1, cloud: 1, office: 1, host: "‹host›"),
        .summary(count: 900112, cloud: 900113, office: 900114, host: ""),
    ]
}

extension LostAnswerPhrase: SampledPhrase {
    static let samples: [LostAnswerPhrase] = [
        .stoppedWaiting,
        .noAnswerInTime,
        .connectionBroke,
        .answerTooLarge,
        .failedAfterSending,
        .serverError(status: 900031),
        .emptyAnswer(status: 900032),
        .foreignAnswer(status: 900033),
        .answerLost,
        .answerDidNotDescribeLine,
    ]

    static let variants: [LostAnswerPhrase] = [
        .serverError(status: 0),
        .serverError(status: 1),
        .emptyAnswer(status: 0),
        .emptyAnswer(status: 1),
        .foreignAnswer(status: 0),
        .foreignAnswer(status: 1),
    ]
}

extension OverlayPhrase: SampledPhrase {
    static let samples: [OverlayPhrase] = [
        .helpTitle(.portal),
        .helpCloses,
        .quitQuestion,
        .quitQuestionShort,
        .yes,
        .no,
        .createdInThisRun(900034),
        .draftKept,
        .continueDraft(title: "‹title›", server: "‹server›", typedAt: "‹typedAt›"),
        .typedFor(host: "‹host›"),
        .moreDraftsKept(900035),
        .passwordNeverKept,
        .continueChoice,
        .startFreshChoice,
    ]

    static let variants: [OverlayPhrase] = [
        .createdInThisRun(0),
        .createdInThisRun(1),
        .continueDraft(title: "", server: "", typedAt: ""),
        .typedFor(host: ""),
        .moreDraftsKept(0),
        .moreDraftsKept(1),
    ]
}

extension PBXConfigPhrase: SampledPhrase {
    static let samples: [PBXConfigPhrase] = [
        .header(title: "‹title›", configID: 900036),
        .registrationNote,
        .identifyNote,
        .contextNote(context: "‹context›"),
        .transportNote(name: "‹name›"),
        .passwordMasked,
        .freePBXScreen,
        .genericHeading,
        .serverLabel,
        .portLabel,
        .loginLabel,
        .passwordLabel,
        .transportLabel,
        .cloudLineHasNoPBXSide(configID: 900037),
        .noIncomingCredentials(configID: 900038),
    ]

    static let variants: [PBXConfigPhrase] = [
        .header(title: "‹title›", configID: 0),
        .header(title: "‹title›", configID: 1),
        .header(title: "", configID: 900115),
        .contextNote(context: ""),
        .transportNote(name: ""),
        .cloudLineHasNoPBXSide(configID: 0),
        .cloudLineHasNoPBXSide(configID: 1),
        .noIncomingCredentials(configID: 0),
        .noIncomingCredentials(configID: 1),
    ]
}

extension PlainPhrase: SampledPhrase {
    static let samples: [PlainPhrase] = [
        .intro,
        .chosenBecause("‹chosenBecause›"),
        .errorLead,
        .warningLead,
        .noteLead,
        .doneLead,
        .stepHeading(step: 900039, total: 900040, title: "‹title›"),
        .choiceLine(name: .pbxTypeHeading, description: .pbxTypeHeading),
        .hidden,
        .registration(AnyPhrase(ListPhrase.noLines(host: "‹registration›"))),
        .ask(label: "‹label›"),
        .askKeeping(label: "‹label›", current: "‹current›"),
        .askSecret(label: "‹label›"),
        .askSecretKeeping(label: "‹label›"),
        .askType(current: 900041),
        .askWebhook,
        .askWebhookOrRecheck,
        .askPortalName(suggested: "‹suggested›"),
        .askCreate,
        .askQuit,
        .askContinueDraft,
        .askNext(quit: 900042),
        .askFormat,
        .stepSave,
        .stepDefault,
        .stepFix,
        .stepPBXConfig,
        .stepNewLine,
        .stepQuit,
        .askSavePath(suggested: "‹suggested›"),
        .askAfterUnknown,
        .answerYesOrNo,
        .answerOneOrTwo,
        .answerCreate,
        .answerOneTwoThree,
        .answerFromOneTo(900043),
        .answerEnterOrQ,
    ]

    static let variants: [PlainPhrase] = [
        .chosenBecause(""),
        .stepHeading(step: 0, total: 0, title: "‹title›"),
        .stepHeading(step: 1, total: 1, title: "‹title›"),
        .stepHeading(step: 900116, total: 900117, title: ""),
        .ask(label: ""),
        .askKeeping(label: "", current: ""),
        .askSecret(label: ""),
        .askSecretKeeping(label: ""),
        .askType(current: 0),
        .askType(current: 1),
        .askPortalName(suggested: ""),
        .askNext(quit: 0),
        .askNext(quit: 1),
        .askSavePath(suggested: ""),
        .answerFromOneTo(0),
        .answerFromOneTo(1),
    ]
}

extension PortalPhrase: SampledPhrase {
    static let samples: [PortalPhrase] = [
        .heading,
        .help,
        .emptyWebhook,
        .inUse(host: "‹host›", webhook: "‹webhook›"),
        .addRefused,
        .recheckHint,
        .worksAgain(host: "‹host›"),
        .malformed(AnyPhrase(ListPhrase.noLines(host: "‹malformed›"))),
        .unreachable(AnyPhrase(ListPhrase.noLines(host: "‹unreachable›"))),
        .badWebhook,
        .missingScope("‹missingScope›"),
        .missingRight,
        .wrongAuthType,
        .refusedCheck(AnyPhrase(ListPhrase.noLines(host: "‹refusedCheck›"))),
        .checking,
        .works(host: "‹host›"),
        .connectorPaid(until: "‹until›"),
        .connectorFreeMinutes(900044),
        .connectorUnpaid,
        .saveHint,
        .saveFailed(AnyPhrase(ListPhrase.noLines(host: "‹saveFailed›"))),
        .saved(name: "‹name›", host: "‹host›"),
        .forThisRun(host: "‹host›"),
        .webhookLabel,
        .saveAsLabel,
        .savingPortal,
    ]

    static let variants: [PortalPhrase] = [
        .inUse(host: "", webhook: ""),
        .worksAgain(host: ""),
        .missingScope(""),
        .works(host: ""),
        .connectorPaid(until: ""),
        .connectorFreeMinutes(0),
        .connectorFreeMinutes(1),
        .saved(name: "", host: ""),
        .forThisRun(host: ""),
    ]
}

extension PortalReplyPhrase: SampledPhrase {
    static let samples: [PortalReplyPhrase] = [
        .codeAndText(code: "‹code›", text: "‹text›"),
        .code("‹code›"),
        .text("‹text›"),
        .status(900045),
    ]

    static let variants: [PortalReplyPhrase] = [
        .codeAndText(code: "", text: ""),
        .code(""),
        .text(""),
        .status(0),
        .status(1),
    ]
}

extension PortalResolutionPhrase: SampledPhrase {
    static let samples: [PortalResolutionPhrase] = [
        .howToGiveAPortal,
        .unknownPortal(name: "‹name›", known: ["‹known1›", "‹known2›"]),
        .unknownPortalWithoutPortals(name: "‹name›", configPath: "‹configPath›"),
        .badWebhookFlag(.empty(field: .webhookURL)),
        .badEnvironmentWebhook(.empty(field: .webhookURL)),
        .unreadableWebhookFile(.readableByOthers(path: "‹path›", mode: "‹mode›")),
        .badWebhookFile(path: "‹path›", .empty(field: .webhookURL)),
        .badConfig(.notUTF8),
        .badConfigPortal(configPath: "‹configPath›", name: "‹name›", .empty(field: .webhookURL)),
        .webhookFileReadableByOthers(path: "‹path›"),
    ]

    static let variants: [PortalResolutionPhrase] = [
        .unknownPortal(name: "", known: ["‹known1›", "‹known2›"]),
        .unknownPortalWithoutPortals(name: "", configPath: ""),
        .badWebhookFile(path: "", .empty(field: .webhookURL)),
        .badConfigPortal(configPath: "", name: "", .empty(field: .webhookURL)),
        .webhookFileReadableByOthers(path: ""),
    ]
}

extension PrivateFilePhrase: SampledPhrase {
    static let samples: [PrivateFilePhrase] = [
        .readableByOthers(path: "‹path›", mode: "‹mode›"),
        .missing(path: "‹path›"),
        .systemFailure(path: "‹path›", operation: "‹operation›", reason: "‹reason›"),
        .notUTF8(path: "‹path›"),
        .symbolicLink(path: "‹path›"),
        .notRegularFile(path: "‹path›", kind: .fifo),
        .ownedByAnotherUser(path: "‹path›", owner: 900046),
    ]

    static let variants: [PrivateFilePhrase] = [
        .readableByOthers(path: "", mode: ""),
        .missing(path: ""),
        .systemFailure(path: "", operation: "", reason: ""),
        .notUTF8(path: ""),
        .symbolicLink(path: ""),
        .notRegularFile(path: "", kind: .fifo),
        .ownedByAnotherUser(path: "‹path›", owner: 0),
        .ownedByAnotherUser(path: "‹path›", owner: 1),
        .ownedByAnotherUser(path: "", owner: 900118),
    ]
}

extension RESTPhrase: SampledPhrase {
    static let samples: [RESTPhrase] = [
        .webhookRefused(reply: .codeAndText(code: "‹code›", text: "‹text›")),
        .accessTokenRefused(reply: .codeAndText(code: "‹code›", text: "‹text›")),
        .refreshTokenRefused(reply: .codeAndText(code: "‹code›", text: "‹text›")),
        .missingScope(scope: "‹scope›", reply: .codeAndText(code: "‹code›", text: "‹text›")),
        .missingUnknownScope(reply: .codeAndText(code: "‹code›", text: "‹text›")),
        .missingRight(reply: .codeAndText(code: "‹code›", text: "‹text›")),
        .wrongAuthType(reply: .codeAndText(code: "‹code›", text: "‹text›")),
        .invalidRequest(reply: .codeAndText(code: "‹code›", text: "‹text›")),
        .rateLimited(attempts: 900047, reply: .codeAndText(code: "‹code›", text: "‹text›")),
        .operatingLimit(portalText: "‹portalText›", resetAt: "‹resetAt›"),
        .overload(reply: .codeAndText(code: "‹code›", text: "‹text›")),
        .methodNotFound(method: "‹method›", reply: .codeAndText(code: "‹code›", text: "‹text›")),
        .notFound(reply: .codeAndText(code: "‹code›", text: "‹text›")),
        .portalDeleted(reply: .codeAndText(code: "‹code›", text: "‹text›")),
        .fieldErrors(messages: ["‹messages1›", "‹messages2›"]),
        .fieldErrorsWithoutDetails,
        .titleExists(reply: .codeAndText(code: "‹code›", text: "‹text›")),
        .maxCloudPBX(reply: .codeAndText(code: "‹code›", text: "‹text›")),
        .serverFault(status: 900048, code: "‹code›", text: "‹text›"),
        .refused(reply: .codeAndText(code: "‹code›", text: "‹text›")),
        .transport(.refused(target: "‹target›", detail: .tlsHandshakeTimedOut)),
        .invalidCredentials(.empty(field: .webhookURL)),
        .unexpectedAnswer(status: 900049, excerpt: "‹excerpt›"),
        .emptyAnswer(status: 900050),
        .secondRedirect(status: 900051, location: "‹location›"),
        .insecureRedirect(status: 900052, location: "‹location›"),
        .redirectWithoutLocation(status: 900053),
    ]

    static let variants: [RESTPhrase] = [
        .missingScope(scope: "", reply: .codeAndText(code: "‹code›", text: "‹text›")),
        .rateLimited(attempts: 0, reply: .codeAndText(code: "‹code›", text: "‹text›")),
        .rateLimited(attempts: 1, reply: .codeAndText(code: "‹code›", text: "‹text›")),
        .operatingLimit(portalText: nil, resetAt: nil),
        .methodNotFound(method: nil, reply: .codeAndText(code: "‹code›", text: "‹text›")),
        .serverFault(status: 900119, code: nil, text: nil),
        .serverFault(status: 0, code: "‹code›", text: "‹text›"),
        .serverFault(status: 1, code: "‹code›", text: "‹text›"),
        .unexpectedAnswer(status: 0, excerpt: "‹excerpt›"),
        .unexpectedAnswer(status: 1, excerpt: "‹excerpt›"),
        .unexpectedAnswer(status: 900120, excerpt: ""),
        .emptyAnswer(status: 0),
        .emptyAnswer(status: 1),
        .secondRedirect(status: 900121, location: nil),
        .secondRedirect(status: 0, location: "‹location›"),
        .secondRedirect(status: 1, location: "‹location›"),
        .insecureRedirect(status: 900122, location: nil),
        .insecureRedirect(status: 0, location: "‹location›"),
        .insecureRedirect(status: 1, location: "‹location›"),
        .redirectWithoutLocation(status: 0),
        .redirectWithoutLocation(status: 1),
    ]
}

extension ReconciliationPhrase: SampledPhrase {
    static let samples: [ReconciliationPhrase] = [
        .noNewLine(cause: .stoppedWaiting),
        .listingFailed(cause: .stoppedWaiting, error: .nothingToChange, title: "‹title›"),
        .listingTimedOut(cause: .stoppedWaiting, after: .seconds(900054), title: "‹title›"),
    ]

    static let variants: [ReconciliationPhrase] = [
        .listingFailed(cause: .stoppedWaiting, error: .nothingToChange, title: ""),
        .listingTimedOut(cause: .stoppedWaiting, after: .seconds(900123), title: ""),
    ]
}

extension RegistrationPhrase: SampledPhrase {
    static let samples: [RegistrationPhrase] = [
        .registered,
        .stillWaiting,
        .noAnswerAfterLimit(seconds: 900055),
        .credentialsRefused(code: 900056),
        .forbidden,
        .unknownLogin,
        .noTimelyAnswer(code: 900057),
        .intervalTooBrief,
        .loop(code: 900058),
        .busyHere,
        .providerInternalError,
        .hostnameUnresolved,
        .badGateway,
        .serviceUnavailable,
        .declined,
        .otherRequestFailure(code: 900059),
        .otherServerFailure(code: 900060),
        .otherGlobalFailure(code: 900061),
        .unexpectedCode(code: 900062),
        .providerSaid(message: "‹message›"),
        .runWatchToFollow(regID: 900063),
    ]

    static let variants: [RegistrationPhrase] = [
        .noAnswerAfterLimit(seconds: 0),
        .noAnswerAfterLimit(seconds: 1),
        .credentialsRefused(code: 0),
        .credentialsRefused(code: 1),
        .noTimelyAnswer(code: 0),
        .noTimelyAnswer(code: 1),
        .loop(code: 0),
        .loop(code: 1),
        .otherRequestFailure(code: 0),
        .otherRequestFailure(code: 1),
        .otherServerFailure(code: 0),
        .otherServerFailure(code: 1),
        .otherGlobalFailure(code: 0),
        .otherGlobalFailure(code: 1),
        .unexpectedCode(code: 0),
        .unexpectedCode(code: 1),
        .providerSaid(message: ""),
        .runWatchToFollow(regID: 0),
        .runWatchToFollow(regID: 1),
    ]
}

extension ResultPhrase: SampledPhrase {
    static let samples: [ResultPhrase] = [
        .cloudCreated(title: "‹title›"),
        .registrationAt(server: "‹server›"),
        .officeCreated(title: "‹title›"),
        .enterOnYourPBX,
        .yourPBX(configID: 900064, server: "‹server›", login: "‹login›"),
        .moreLead,
        .foundAfterCheck(reason: AnyPhrase(ListPhrase.noLines(host: "‹reason›"))),
        .saving(path: "‹path›"),
        .saved(path: "‹path›"),
        .saveFailed(path: "‹path›", reason: AnyPhrase(ListPhrase.noLines(host: "‹reason›"))),
        .historyNotWritten(AnyPhrase(ListPhrase.noLines(host: "‹historyNotWritten›"))),
        .noRegID,
        .registered(code: "‹code›"),
        .providerSaid("‹providerSaid›"),
        .couldNotAsk(AnyPhrase(ListPhrase.noLines(host: "‹couldNotAsk›")), regID: 900065),
        .couldNotAskRetrying(AnyPhrase(ListPhrase.noLines(host: "‹couldNotAskRetrying›"))),
        .waiting,
        .inProgress,
        .updatesByItself,
        .saveToLabel,
        .fileHoldsPasswords,
        .detailsFileHeader,
        .sandboxHost("‹sandboxHost›"),
        .fixRefused(AnyPhrase(ListPhrase.noLines(host: "‹fixRefused›"))),
        .fixHint,
        .sendingFix,
        .settingDefault,
        .defaultRefused(AnyPhrase(ListPhrase.noLines(host: "‹defaultRefused›"))),
        .pbxConfigHeading(format: "‹format›"),
        .pbxConfigFormats,
        .genericFormat,
        .pbxConfigUnavailable,
    ]

    static let variants: [ResultPhrase] = [
        .cloudCreated(title: ""),
        .registrationAt(server: ""),
        .officeCreated(title: ""),
        .yourPBX(configID: 0, server: "‹server›", login: "‹login›"),
        .yourPBX(configID: 1, server: "‹server›", login: "‹login›"),
        .yourPBX(configID: 900124, server: "", login: ""),
        .saving(path: ""),
        .saved(path: ""),
        .saveFailed(path: "", reason: AnyPhrase(ListPhrase.noLines(host: "‹reason›"))),
        .registered(code: ""),
        .providerSaid(""),
        .couldNotAsk(AnyPhrase(ListPhrase.noLines(host: "‹couldNotAsk›")), regID: 0),
        .couldNotAsk(AnyPhrase(ListPhrase.noLines(host: "‹couldNotAsk›")), regID: 1),
        .sandboxHost(""),
        .pbxConfigHeading(format: ""),
    ]
}

extension ReviewPhrase: SampledPhrase {
    static let samples: [ReviewPhrase] = [
        .heading,
        .typeLabel,
        .nameLabel,
        .serverLabel,
        .loginLabel,
        .passwordLabel,
        .portalLabel,
        .webhookInParentheses("‹webhookInParentheses›"),
        .fixFirstProblem,
        .createButton,
        .creatingOn(host: "‹host›"),
        .submittedLine(type: .pbxTypeHeading, title: "‹title›", server: "‹server›", login: "‹login›"),
        .stoppedWaiting,
        .stopWaitingHint,
        .unknownTitle,
        .unknownBody,
        .whatHappened(AnyPhrase(ListPhrase.noLines(host: "‹whatHappened›"))),
        .unknownKeys,
        .checkBeforeRetry,
        .notCreated(reason: AnyPhrase(ListPhrase.noLines(host: "‹reason›"))),
        .titleExists(title: "‹title›"),
        .maxCloudLines,
        .fieldErrorsIntro,
        .portalSaid("‹portalSaid›"),
        .unavailable(AnyPhrase(ListPhrase.noLines(host: "‹unavailable›"))),
        .portalAskedToWait(note: .rateLimitWait(delay: .seconds(900066), retry: 900067)),
        .refused(AnyPhrase(ListPhrase.noLines(host: "‹refused›"))),
        .serverChecked(server: "‹server›", summary: AnyPhrase(ListPhrase.noLines(host: "‹summary›"))),
    ]

    static let variants: [ReviewPhrase] = [
        .webhookInParentheses(""),
        .creatingOn(host: ""),
        .submittedLine(type: .pbxTypeHeading, title: "", server: "", login: ""),
        .titleExists(title: ""),
        .portalSaid(""),
        .serverChecked(server: "", summary: AnyPhrase(ListPhrase.noLines(host: "‹summary›"))),
    ]
}

extension SandboxPhrase: SampledPhrase {
    static let samples: [SandboxPhrase] = [
        .portOutOfRange(port: 900068),
        .maxCloudLinesNegative(value: 900069),
    ]

    static let variants: [SandboxPhrase] = [
        .portOutOfRange(port: 0),
        .portOutOfRange(port: 1),
        .maxCloudLinesNegative(value: 0),
        .maxCloudLinesNegative(value: 1),
    ]
}

extension ScreenPhrase: SampledPhrase {
    static let samples: [ScreenPhrase] = [
        .headerNew,
        .headerCreated,
        .step(900070, of: 900071),
        .sandboxMark,
        .tooSmall(columns: 900072, rows: 900073),
        .enlargeKeepsEverything,
        .moreMakeTaller,
        .moreScrollDown,
        .seconds(900074),
    ]

    static let variants: [ScreenPhrase] = [
        .step(0, of: 0),
        .step(1, of: 1),
        .tooSmall(columns: 0, rows: 0),
        .tooSmall(columns: 1, rows: 1),
        .seconds(0),
        .seconds(1),
    ]
}

extension ServicePhrase: SampledPhrase {
    static let samples: [ServicePhrase] = [
        .portal(.fieldErrorsWithoutDetails),
        .lineNotFound(configID: 900075, .fieldErrorsWithoutDetails),
        .registrationNotFound(regID: 900076, .fieldErrorsWithoutDetails),
        .unreadableAnswer(method: "‹method›", problem: .connectorStatusNotObject),
        .invalidDraft(issues: [.issue(key: "‹key›", .titleRequired), .issue(key: "‹key›", .titleRequired)]),
        .nothingToChange,
        .listNotFinished(pages: 900077),
        .linesNotListed,
        .untranslated("‹untranslated›"),
    ]

    static let variants: [ServicePhrase] = [
        .lineNotFound(configID: 0, .fieldErrorsWithoutDetails),
        .lineNotFound(configID: 1, .fieldErrorsWithoutDetails),
        .registrationNotFound(regID: 0, .fieldErrorsWithoutDetails),
        .registrationNotFound(regID: 1, .fieldErrorsWithoutDetails),
        .unreadableAnswer(method: "", problem: .connectorStatusNotObject),
        .listNotFinished(pages: 0),
        .listNotFinished(pages: 1),
        .untranslated(""),
    ]
}

extension StatusPhrase: SampledPhrase {
    static let samples: [StatusPhrase] = [
        .registration(regID: 900078, result: "‹result›", code: 900079, message: "‹message›", updated: "‹updated›"),
        .regIDNotPositive(value: 900080),
        .intervalNotPositive,
        .limitNotPositive,
    ]

    static let variants: [StatusPhrase] = [
        .registration(regID: 900125, result: "‹result›", code: nil, message: nil, updated: nil),
        .registration(regID: 0, result: "‹result›", code: 900126, message: "‹message›", updated: "‹updated›"),
        .registration(regID: 1, result: "‹result›", code: 900127, message: "‹message›", updated: "‹updated›"),
        .registration(regID: 900128, result: "", code: 900129, message: "‹message›", updated: "‹updated›"),
        .regIDNotPositive(value: 0),
        .regIDNotPositive(value: 1),
    ]
}

extension SummaryPhrase: SampledPhrase {
    static let samples: [SummaryPhrase] = [
        .cloudLine(title: "‹title›", configID: 900081),
        .officeLine(title: "‹title›", configID: 900082),
        .createdOne(line: "‹line›", place: "‹place›"),
        .createdMany(count: 900083, place: "‹place›", lines: "‹lines›"),
        .sandboxPlace(host: "‹host›"),
        .draftNotKept(AnyPhrase(ListPhrase.noLines(host: "‹draftNotKept›"))),
        .draftKept(title: "‹title›"),
    ]

    static let variants: [SummaryPhrase] = [
        .cloudLine(title: "‹title›", configID: 0),
        .cloudLine(title: "‹title›", configID: 1),
        .cloudLine(title: "", configID: 900130),
        .officeLine(title: "‹title›", configID: 0),
        .officeLine(title: "‹title›", configID: 1),
        .officeLine(title: "", configID: 900131),
        .createdOne(line: "", place: ""),
        .createdMany(count: 0, place: "‹place›", lines: "‹lines›"),
        .createdMany(count: 1, place: "‹place›", lines: "‹lines›"),
        .createdMany(count: 900132, place: "", lines: ""),
        .sandboxPlace(host: ""),
        .draftKept(title: nil),
    ]
}

extension TerminalPhrase: SampledPhrase {
    static let samples: [TerminalPhrase] = [
        .notATerminal,
        .termNotSet,
        .dumbTerminal,
        .unknownTerminal("‹unknownTerminal›"),
        .unusableTerminal("‹unusableTerminal›"),
        .cursesFailed("‹cursesFailed›"),
    ]

    static let variants: [TerminalPhrase] = [
        .unknownTerminal(""),
        .unusableTerminal(""),
        .cursesFailed(""),
    ]
}

extension TransportDetailPhrase: SampledPhrase {
    static let samples: [TransportDetailPhrase] = [
        .system("‹system›"),
        .tlsHandshakeTimedOut,
        .proxyHandshakeTimedOut,
        .proxyRefused,
        .proxyNeedsAuthentication,
        .noDataInTime,
        .requestTimeoutPassed,
        .sendingTimedOut,
        .portalClosedConnection,
        .answerCutShort,
        .connectionClosed,
        .tlsClosedUncleanly,
        .notAnHTTPAddress,
        .notAProxyAddress(variable: "‹variable›"),
        .clientShutDown,
        .certificateNotTrusted,
        .certificateForAnotherHost,
        .certificateExpired,
        .notTLS,
        .tlsHandshakeFailed,
    ]

    static let variants: [TransportDetailPhrase] = [
        .system(""),
        .notAProxyAddress(variable: ""),
    ]
}

extension TransportPhrase: SampledPhrase {
    static let samples: [TransportPhrase] = [
        .refused(target: "‹target›", detail: .tlsHandshakeTimedOut),
        .dns(target: "‹target›", detail: .tlsHandshakeTimedOut),
        .tls(target: "‹target›", detail: .tlsHandshakeTimedOut),
        .connectTimeout(target: "‹target›", detail: .tlsHandshakeTimedOut),
        .proxy(target: "‹target›", detail: .tlsHandshakeTimedOut),
        .timeoutAfterSend(target: "‹target›", detail: .tlsHandshakeTimedOut),
        .connectionLost(target: "‹target›", detail: .tlsHandshakeTimedOut),
        .answerTooLarge(target: "‹target›", detail: .tlsHandshakeTimedOut),
        .cancelledAfterSending(target: "‹target›"),
        .cancelledBeforeSending(target: "‹target›"),
        .other(target: "‹target›", detail: .tlsHandshakeTimedOut),
    ]

    static let variants: [TransportPhrase] = [
        .refused(target: "‹target›", detail: nil),
        .refused(target: "", detail: .tlsHandshakeTimedOut),
        .dns(target: "‹target›", detail: nil),
        .dns(target: "", detail: .tlsHandshakeTimedOut),
        .tls(target: "‹target›", detail: nil),
        .tls(target: "", detail: .tlsHandshakeTimedOut),
        .connectTimeout(target: "‹target›", detail: nil),
        .connectTimeout(target: "", detail: .tlsHandshakeTimedOut),
        .proxy(target: "‹target›", detail: nil),
        .proxy(target: "", detail: .tlsHandshakeTimedOut),
        .timeoutAfterSend(target: "‹target›", detail: nil),
        .timeoutAfterSend(target: "", detail: .tlsHandshakeTimedOut),
        .connectionLost(target: "‹target›", detail: nil),
        .connectionLost(target: "", detail: .tlsHandshakeTimedOut),
        .answerTooLarge(target: "‹target›", detail: nil),
        .answerTooLarge(target: "", detail: .tlsHandshakeTimedOut),
        .cancelledAfterSending(target: ""),
        .cancelledBeforeSending(target: ""),
        .other(target: "‹target›", detail: nil),
        .other(target: "", detail: .tlsHandshakeTimedOut),
    ]
}

extension UpdatePhrase: SampledPhrase {
    static let samples: [UpdatePhrase] = [
        .updated(configID: 900084, host: "‹host›", fields: ["‹fields1›", "‹fields2›"]),
        .nothingToChange,
    ]

    static let variants: [UpdatePhrase] = [
        .updated(configID: 0, host: "‹host›", fields: ["‹fields1›", "‹fields2›"]),
        .updated(configID: 1, host: "‹host›", fields: ["‹fields1›", "‹fields2›"]),
        .updated(configID: 900133, host: "", fields: ["‹fields1›", "‹fields2›"]),
    ]
}

extension ValidationPhrase: SampledPhrase {
    static let samples: [ValidationPhrase] = [
        .controlCharacter(field: .type, character: "‹character›", position: 900085),
        .controlCharacters(field: .type, character: "‹character›", position: 900086, more: 900087),
        .tooLong(field: .type, length: 900088, limit: 900089, excess: 900090),
        .tooLongAsPortalCounts(field: .type, length: 900091, limit: 900092, excess: 900093),
        .invisibleCharacter(field: .type, character: "‹character›", position: 900094),
        .invisibleCharacterInHost(field: .type, character: "‹character›", position: 900095),
        .titleRequired,
        .titleBlank,
        .titleInUse(existing: "‹existing›"),
        .loginRequired,
        .loginContainsSpace,
        .passwordRequired,
        .passwordBlank,
        .passwordEndsWithSpace,
        .passwordEndsWithSpaces,
        .passwordStartsWithSpace,
        .passwordStartsWithSpaces,
        .passwordStartsAndEndsWithSpaces,
        .serverRequired,
        .serverOnlyScheme(scheme: "‹scheme›"),
        .schemeRemoved(scheme: "‹scheme›"),
        .sipURI(scheme: "‹scheme›", suggestion: "‹suggestion›"),
        .unsupportedScheme(scheme: "‹scheme›", suggestion: "‹suggestion›"),
        .userPart(suggestion: "‹suggestion›"),
        .parameters(suggestion: "‹suggestion›"),
        .path(suggestion: "‹suggestion›"),
        .serverContainsSpace(server: "‹server›"),
        .portWithoutHost(server: "‹server›"),
        .unclosedBracket(server: "‹server›"),
        .invalidIPv6(address: "‹address›"),
        .textAfterIPv6(address: "‹address›"),
        .unbracketedIPv6(server: "‹server›"),
        .malformedIPv6(server: "‹server›"),
        .tooManyColons(server: "‹server›"),
        .portMissing(server: "‹server›"),
        .portNotANumber(port: "‹port›"),
        .portOutOfRange(port: "‹port›"),
        .portLeadingZero(port: "‹port›", number: 900096),
        .nonASCIIHost(host: "‹host›"),
        .ipv4Malformed(host: "‹host›"),
        .ipv4OutOfRange(host: "‹host›", number: "‹number›"),
        .ipv4LeadingZeros(host: "‹host›", decimal: "‹decimal›"),
        .trailingDot(host: "‹host›", name: "‹name›"),
        .emptyLabel(name: "‹name›"),
        .labelTooLong(label: "‹label›", length: 900097, limit: 900098),
        .forbiddenCharacter(name: "‹name›", character: "‹character›"),
        .labelStartsWithHyphen(label: "‹label›"),
        .labelEndsWithHyphen(label: "‹label›"),
        .hostNameTooLong(length: 900099, limit: 900100),
        .numericTopLevel(name: "‹name›"),
        .unreachable(host: "‹host›", kind: .unspecifiedIPv4),
        .unqualifiedHost(name: "‹name›"),
        .untranslated("‹untranslated›"),
    ]

    static let variants: [ValidationPhrase] = [
        .controlCharacter(field: .type, character: "‹character›", position: 0),
        .controlCharacter(field: .type, character: "‹character›", position: 1),
        .controlCharacter(field: .type, character: "", position: 900134),
        .controlCharacters(field: .type, character: "‹character›", position: 0, more: 0),
        .controlCharacters(field: .type, character: "‹character›", position: 1, more: 1),
        .controlCharacters(field: .type, character: "", position: 900135, more: 900136),
        .tooLong(field: .type, length: 0, limit: 0, excess: 0),
        .tooLong(field: .type, length: 1, limit: 1, excess: 1),
        .tooLongAsPortalCounts(field: .type, length: 0, limit: 0, excess: 0),
        .tooLongAsPortalCounts(field: .type, length: 1, limit: 1, excess: 1),
        .invisibleCharacter(field: .type, character: "‹character›", position: 0),
        .invisibleCharacter(field: .type, character: "‹character›", position: 1),
        .invisibleCharacter(field: .type, character: "", position: 900137),
        .invisibleCharacterInHost(field: .type, character: "‹character›", position: 0),
        .invisibleCharacterInHost(field: .type, character: "‹character›", position: 1),
        .invisibleCharacterInHost(field: .type, character: "", position: 900138),
        .titleInUse(existing: ""),
        .serverOnlyScheme(scheme: ""),
        .schemeRemoved(scheme: ""),
        .sipURI(scheme: "‹scheme›", suggestion: nil),
        .sipURI(scheme: "", suggestion: "‹suggestion›"),
        .unsupportedScheme(scheme: "‹scheme›", suggestion: nil),
        .unsupportedScheme(scheme: "", suggestion: "‹suggestion›"),
        .userPart(suggestion: nil),
        .parameters(suggestion: nil),
        .path(suggestion: nil),
        .serverContainsSpace(server: ""),
        .portWithoutHost(server: ""),
        .unclosedBracket(server: ""),
        .invalidIPv6(address: ""),
        .textAfterIPv6(address: ""),
        .unbracketedIPv6(server: ""),
        .malformedIPv6(server: ""),
        .tooManyColons(server: ""),
        .portMissing(server: ""),
        .portNotANumber(port: ""),
        .portOutOfRange(port: ""),
        .portLeadingZero(port: "‹port›", number: 0),
        .portLeadingZero(port: "‹port›", number: 1),
        .portLeadingZero(port: "", number: 900139),
        .nonASCIIHost(host: ""),
        .ipv4Malformed(host: ""),
        .ipv4OutOfRange(host: "", number: ""),
        .ipv4LeadingZeros(host: "", decimal: ""),
        .trailingDot(host: "", name: ""),
        .emptyLabel(name: ""),
        .labelTooLong(label: "‹label›", length: 0, limit: 0),
        .labelTooLong(label: "‹label›", length: 1, limit: 1),
        .labelTooLong(label: "", length: 900140, limit: 900141),
        .forbiddenCharacter(name: "", character: ""),
        .labelStartsWithHyphen(label: ""),
        .labelEndsWithHyphen(label: ""),
        .hostNameTooLong(length: 0, limit: 0),
        .hostNameTooLong(length: 1, limit: 1),
        .numericTopLevel(name: ""),
        .unreachable(host: "", kind: .unspecifiedIPv4),
        .unqualifiedHost(name: ""),
        .untranslated(""),
    ]
}
