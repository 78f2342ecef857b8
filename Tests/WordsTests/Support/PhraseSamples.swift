import Words

/// Every key of an area once, with sentinel placeholders (strings like `‹host›`, numbers from 900001), so the
/// catalogue tests can check that each language's words carry every placeholder. Generated from the Phrases/
/// files (one case per line there) by Tests/WordsTests/Support/generate-samples.py.
protocol SampledPhrase: Phrase {
    static var samples: [Self] { get }
}

/// The areas of the catalogue, each with the file under Sources/Words/Phrases that declares its keys. An area
/// missing here fails `everyAreaIsSampled`.
let sampledAreas: [(type: any SampledPhrase.Type, file: String)] = [
    (AddPhrase.self, "AddPhrase.swift"),
    (AddressKindPhrase.self, "AddressKindPhrase.swift"),
    (AnswerProblemPhrase.self, "AnswerProblemPhrase.swift"),
    (CheckPhrase.self, "CheckPhrase.swift"),
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
        .invalidNameserver("‹invalidNameserver›"),
    ]
}

extension CommandPhrase: SampledPhrase {
    static let samples: [CommandPhrase] = [
        .invalidFields(count: 900005),
        .interrupted,
        .configIDNotPositive(value: 900006),
        .unknownFormat(value: "‹value›", known: ["‹known1›", "‹known2›"]),
        .passwordGivenTwice,
        .standardInputUnreadable(reason: .readableByOthers(path: "‹path›", mode: "‹mode›")),
        .passwordFileReadableByOthers(path: "‹path›", mode: "‹mode›"),
        .passwordFileFailure(.readableByOthers(path: "‹path›", mode: "‹mode›")),
        .passwordFileUnreadable(path: "‹path›"),
        .passwordNotUTF8(source: "‹source›"),
        .tokensNotSaved(problem: .notUTF8),
        .logFileNotOpened(path: "‹path›", reason: "‹reason›"),
    ]
}

extension ConfigPhrase: SampledPhrase {
    static let samples: [ConfigPhrase] = [
        .inFile(path: "‹path›", problem: .notUTF8),
        .onLine(path: "‹path›", line: 900007, problem: .notUTF8),
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
    ]
}

extension CreatedLinePhrase: SampledPhrase {
    static let samples: [CreatedLinePhrase] = [
        .created(configID: 900008, host: "‹host›"),
        .followRegistration(server: "‹server›", regID: 900009),
        .setOnYourPBX,
        .setOnYourPBXRevealed,
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
}

extension DefaultLinePhrase: SampledPhrase {
    static let samples: [DefaultLinePhrase] = [
        .baseNumber,
        .number("‹number›"),
        .cloudLine(regID: 900010),
        .officeLine(configID: 900011),
        .restAppLine(app: "‹app›"),
        .named(line: AnyPhrase(ListPhrase.noLines(host: "‹line›")), name: "‹name›"),
        .current(line: AnyPhrase(ListPhrase.noLines(host: "‹line›"))),
        .madeDefault(was: AnyPhrase(ListPhrase.noLines(host: "‹was›")), now: AnyPhrase(ListPhrase.noLines(host: "‹now›"))),
        .alreadyDefault(line: AnyPhrase(ListPhrase.noLines(host: "‹line›"))),
        .notTaken(now: AnyPhrase(ListPhrase.noLines(host: "‹now›")), expected: AnyPhrase(ListPhrase.noLines(host: "‹expected›"))),
        .lineNotVisible(configID: 900012),
    ]
}

extension DeletePhrase: SampledPhrase {
    static let samples: [DeletePhrase] = [
        .cannotAsk(configID: 900013),
        .confirmNamed(configID: 900014, title: "‹title›", type: "‹type›", server: "‹server›", host: "‹host›"),
        .confirm(configID: 900015, host: "‹host›"),
        .declined,
        .deleted(configID: 900016, host: "‹host›"),
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
}

extension DurationPhrase: SampledPhrase {
    static let samples: [DurationPhrase] = [
        .seconds(900017),
        .milliseconds(900018),
    ]
}

extension FieldIssuePhrase: SampledPhrase {
    static let samples: [FieldIssuePhrase] = [
        .issue(key: "‹key›", .titleRequired),
    ]
}

extension FormPhrase: SampledPhrase {
    static let samples: [FormPhrase] = [
        .pbxTypeHeading,
        .cloudPBX,
        .officePBX,
        .cloudDescription,
        .officeDescription,
        .countingLines,
        .linesSeen(total: 900019, cloud: 900020, office: 900021),
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
}

extension LinePhrase: SampledPhrase {
    static let samples: [LinePhrase] = [
        .server,
        .login,
        .password,
    ]
}

extension ListPhrase: SampledPhrase {
    static let samples: [ListPhrase] = [
        .noLines(host: "‹host›"),
        .summary(count: 900022, cloud: 900023, office: 900024, host: "‹host›"),
        .lastColumnHeader,
    ]
}

extension LostAnswerPhrase: SampledPhrase {
    static let samples: [LostAnswerPhrase] = [
        .stoppedWaiting,
        .noAnswerInTime,
        .connectionBroke,
        .answerTooLarge,
        .failedAfterSending,
        .serverError(status: 900025),
        .emptyAnswer(status: 900026),
        .foreignAnswer(status: 900027),
        .answerLost,
        .answerDidNotDescribeLine,
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
        .createdInThisRun(900028),
        .draftKept,
        .continueDraft(title: "‹title›", server: "‹server›", typedAt: "‹typedAt›"),
        .typedFor(host: "‹host›"),
        .moreDraftsKept(900029),
        .passwordNeverKept,
        .continueChoice,
        .startFreshChoice,
    ]
}

extension PBXConfigPhrase: SampledPhrase {
    static let samples: [PBXConfigPhrase] = [
        .header(title: "‹title›", configID: 900030),
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
        .cloudLineHasNoPBXSide(configID: 900031),
        .noIncomingCredentials(configID: 900032),
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
        .stepHeading(step: 900033, total: 900034, title: "‹title›"),
        .choiceLine(name: .pbxTypeHeading, description: .pbxTypeHeading),
        .hidden,
        .registration(AnyPhrase(ListPhrase.noLines(host: "‹registration›"))),
        .ask(label: "‹label›"),
        .askKeeping(label: "‹label›", current: "‹current›"),
        .askSecret(label: "‹label›"),
        .askSecretKeeping(label: "‹label›"),
        .askType(current: 900035),
        .askWebhook,
        .askWebhookOrRecheck,
        .askPortalName(suggested: "‹suggested›"),
        .askCreate,
        .askQuit,
        .askContinueDraft,
        .askNext(quit: 900036),
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
        .answerFromOneTo(900037),
        .answerEnterOrQ,
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
        .connectorFreeMinutes(900038),
        .connectorUnpaid,
        .saveHint,
        .saveFailed(AnyPhrase(ListPhrase.noLines(host: "‹saveFailed›"))),
        .saved(name: "‹name›", host: "‹host›"),
        .forThisRun(host: "‹host›"),
        .webhookLabel,
        .saveAsLabel,
        .savingPortal,
    ]
}

extension PortalReplyPhrase: SampledPhrase {
    static let samples: [PortalReplyPhrase] = [
        .codeAndText(code: "‹code›", text: "‹text›"),
        .code("‹code›"),
        .text("‹text›"),
        .status(900039),
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
}

extension PrivateFilePhrase: SampledPhrase {
    static let samples: [PrivateFilePhrase] = [
        .readableByOthers(path: "‹path›", mode: "‹mode›"),
        .missing(path: "‹path›"),
        .systemFailure(path: "‹path›", operation: "‹operation›", reason: "‹reason›"),
        .notUTF8(path: "‹path›"),
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
        .rateLimited(attempts: 900040, reply: .codeAndText(code: "‹code›", text: "‹text›")),
        .operatingLimit(portalText: "‹portalText›", resetAt: "‹resetAt›"),
        .overload(reply: .codeAndText(code: "‹code›", text: "‹text›")),
        .methodNotFound(method: "‹method›", reply: .codeAndText(code: "‹code›", text: "‹text›")),
        .notFound(reply: .codeAndText(code: "‹code›", text: "‹text›")),
        .portalDeleted(reply: .codeAndText(code: "‹code›", text: "‹text›")),
        .fieldErrors(messages: ["‹messages1›", "‹messages2›"]),
        .fieldErrorsWithoutDetails,
        .titleExists(reply: .codeAndText(code: "‹code›", text: "‹text›")),
        .maxCloudPBX(reply: .codeAndText(code: "‹code›", text: "‹text›")),
        .serverFault(status: 900041, code: "‹code›", text: "‹text›"),
        .refused(reply: .codeAndText(code: "‹code›", text: "‹text›")),
        .transport(.refused(target: "‹target›", detail: .tlsHandshakeTimedOut)),
        .invalidCredentials(.empty(field: .webhookURL)),
        .unexpectedAnswer(status: 900042, excerpt: "‹excerpt›"),
        .emptyAnswer(status: 900043),
        .secondRedirect(status: 900044, location: "‹location›"),
        .insecureRedirect(status: 900045, location: "‹location›"),
        .redirectWithoutLocation(status: 900046),
    ]
}

extension ReconciliationPhrase: SampledPhrase {
    static let samples: [ReconciliationPhrase] = [
        .noNewLine(cause: .stoppedWaiting),
        .listingFailed(cause: .stoppedWaiting, error: .nothingToChange, title: "‹title›"),
        .listingTimedOut(cause: .stoppedWaiting, after: .seconds(900047), title: "‹title›"),
    ]
}

extension RegistrationPhrase: SampledPhrase {
    static let samples: [RegistrationPhrase] = [
        .registered,
        .stillWaiting,
        .noAnswerAfterLimit(seconds: 900048),
        .credentialsRefused(code: 900049),
        .forbidden,
        .unknownLogin,
        .noTimelyAnswer(code: 900050),
        .intervalTooBrief,
        .loop(code: 900051),
        .busyHere,
        .providerInternalError,
        .hostnameUnresolved,
        .badGateway,
        .serviceUnavailable,
        .declined,
        .otherRequestFailure(code: 900052),
        .otherServerFailure(code: 900053),
        .otherGlobalFailure(code: 900054),
        .unexpectedCode(code: 900055),
        .providerSaid(message: "‹message›"),
        .runWatchToFollow(regID: 900056),
    ]
}

extension ResultPhrase: SampledPhrase {
    static let samples: [ResultPhrase] = [
        .cloudCreated(title: "‹title›"),
        .registrationAt(server: "‹server›"),
        .officeCreated(title: "‹title›"),
        .enterOnYourPBX,
        .yourPBX(configID: 900057, server: "‹server›", login: "‹login›"),
        .moreLead,
        .foundAfterCheck(reason: AnyPhrase(ListPhrase.noLines(host: "‹reason›"))),
        .saving(path: "‹path›"),
        .saved(path: "‹path›"),
        .saveFailed(path: "‹path›", reason: AnyPhrase(ListPhrase.noLines(host: "‹reason›"))),
        .historyNotWritten(AnyPhrase(ListPhrase.noLines(host: "‹historyNotWritten›"))),
        .noRegID,
        .registered(code: "‹code›"),
        .providerSaid("‹providerSaid›"),
        .couldNotAsk(AnyPhrase(ListPhrase.noLines(host: "‹couldNotAsk›")), regID: 900058),
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
        .unknownAdvice,
        .unknownKeys,
        .checkBeforeRetry,
        .notCreated(reason: AnyPhrase(ListPhrase.noLines(host: "‹reason›"))),
        .titleExists(title: "‹title›"),
        .maxCloudLines,
        .fieldErrorsIntro,
        .portalSaid("‹portalSaid›"),
        .unavailable(AnyPhrase(ListPhrase.noLines(host: "‹unavailable›"))),
        .refused(AnyPhrase(ListPhrase.noLines(host: "‹refused›"))),
        .serverChecked(server: "‹server›", summary: AnyPhrase(ListPhrase.noLines(host: "‹summary›"))),
    ]
}

extension SandboxPhrase: SampledPhrase {
    static let samples: [SandboxPhrase] = [
        .portOutOfRange(port: 900059),
        .maxCloudLinesNegative(value: 900060),
    ]
}

extension ScreenPhrase: SampledPhrase {
    static let samples: [ScreenPhrase] = [
        .headerNew,
        .headerCreated,
        .step(900061, of: 900062),
        .sandboxMark,
        .tooSmall(columns: 900063, rows: 900064),
        .enlargeKeepsEverything,
        .moreMakeTaller,
        .moreScrollDown,
        .seconds(900065),
    ]
}

extension ServicePhrase: SampledPhrase {
    static let samples: [ServicePhrase] = [
        .portal(.fieldErrorsWithoutDetails),
        .lineNotFound(configID: 900066, .fieldErrorsWithoutDetails),
        .registrationNotFound(regID: 900067, .fieldErrorsWithoutDetails),
        .unreadableAnswer(method: "‹method›", problem: .connectorStatusNotObject),
        .invalidDraft(issues: [.issue(key: "‹key›", .titleRequired), .issue(key: "‹key›", .titleRequired)]),
        .nothingToChange,
        .listNotFinished(pages: 900068),
        .linesNotListed,
        .untranslated("‹untranslated›"),
    ]
}

extension StatusPhrase: SampledPhrase {
    static let samples: [StatusPhrase] = [
        .registration(regID: 900069, result: "‹result›", code: 900070, message: "‹message›", updated: "‹updated›"),
        .regIDNotPositive(value: 900071),
        .intervalNotPositive,
        .limitNotPositive,
    ]
}

extension SummaryPhrase: SampledPhrase {
    static let samples: [SummaryPhrase] = [
        .cloudLine(title: "‹title›", configID: 900072),
        .officeLine(title: "‹title›", configID: 900073),
        .createdOne(line: "‹line›", place: "‹place›"),
        .createdMany(count: 900074, place: "‹place›", lines: "‹lines›"),
        .sandboxPlace(host: "‹host›"),
        .draftNotKept(AnyPhrase(ListPhrase.noLines(host: "‹draftNotKept›"))),
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
}

extension UpdatePhrase: SampledPhrase {
    static let samples: [UpdatePhrase] = [
        .updated(configID: 900075, host: "‹host›", fields: ["‹fields1›", "‹fields2›"]),
        .nothingToChange,
    ]
}

extension ValidationPhrase: SampledPhrase {
    static let samples: [ValidationPhrase] = [
        .controlCharacter(field: .type, character: "‹character›", position: 900076),
        .controlCharacters(field: .type, character: "‹character›", position: 900077, more: 900078),
        .tooLong(field: .type, length: 900079, limit: 900080, excess: 900081),
        .tooLongAsPortalCounts(field: .type, length: 900082, limit: 900083, excess: 900084),
        .invisibleCharacter(field: .type, character: "‹character›", position: 900085),
        .invisibleCharacterInHost(field: .type, character: "‹character›", position: 900086),
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
        .portLeadingZero(port: "‹port›", number: 900087),
        .nonASCIIHost(host: "‹host›"),
        .ipv4Malformed(host: "‹host›"),
        .ipv4OutOfRange(host: "‹host›", number: "‹number›"),
        .ipv4LeadingZeros(host: "‹host›", decimal: "‹decimal›"),
        .trailingDot(host: "‹host›", name: "‹name›"),
        .emptyLabel(name: "‹name›"),
        .labelTooLong(label: "‹label›", length: 900088, limit: 900089),
        .forbiddenCharacter(name: "‹name›", character: "‹character›"),
        .labelStartsWithHyphen(label: "‹label›"),
        .labelEndsWithHyphen(label: "‹label›"),
        .hostNameTooLong(length: 900090, limit: 900091),
        .numericTopLevel(name: "‹name›"),
        .unreachable(host: "‹host›", kind: .unspecifiedIPv4),
        .unqualifiedHost(name: "‹name›"),
        .untranslated("‹untranslated›"),
    ]
}
