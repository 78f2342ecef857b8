import Words

/// Every key of an area once, with sentinel placeholders (strings like `‹host›`, numbers from 900001), so the
/// catalogue tests can check that each language's words carry every placeholder. Generated from the Phrases/
/// files; keep one case per line there.
protocol SampledPhrase: Phrase {
    static var samples: [Self] { get }
}

/// The areas of the catalogue, each with the file under Sources/Words/Phrases that declares its keys. An area
/// missing here fails `everyAreaIsSampled`.
let sampledAreas: [(type: any SampledPhrase.Type, file: String)] = [
    (CheckPhrase.self, "CheckPhrase.swift"),
    (DefaultLinePhrase.self, "DefaultLinePhrase.swift"),
    (CommandNotePhrase.self, "CommandNotePhrase.swift"),
    (FormPhrase.self, "FormPhrase.swift"),
    (HelpTopicPhrase.self, "HelpTopicPhrase.swift"),
    (KeyPhrase.self, "KeyPhrase.swift"),
    (LinePhrase.self, "LinePhrase.swift"),
    (ListPhrase.self, "ListPhrase.swift"),
    (OverlayPhrase.self, "OverlayPhrase.swift"),
    (PBXConfigPhrase.self, "PBXConfigPhrase.swift"),
    (PlainPhrase.self, "PlainPhrase.swift"),
    (PortalPhrase.self, "PortalPhrase.swift"),
    (RegistrationPhrase.self, "RegistrationPhrase.swift"),
    (ResultPhrase.self, "ResultPhrase.swift"),
    (ReviewPhrase.self, "ReviewPhrase.swift"),
    (ScreenPhrase.self, "ScreenPhrase.swift"),
    (SummaryPhrase.self, "SummaryPhrase.swift"),
    (TerminalPhrase.self, "TerminalPhrase.swift"),
]

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

extension DefaultLinePhrase: SampledPhrase {
    static let samples: [DefaultLinePhrase] = [
        .baseNumber,
        .number("‹number›"),
        .cloudLine(regID: 900005),
        .officeLine(configID: 900006),
        .restAppLine(app: "‹app›"),
        .named(line: AnyPhrase(ListPhrase.noLines(host: "‹line›")), name: "‹name›"),
        .current(line: AnyPhrase(ListPhrase.noLines(host: "‹line›"))),
        .madeDefault(was: AnyPhrase(ListPhrase.noLines(host: "‹was›")), now: AnyPhrase(ListPhrase.noLines(host: "‹now›"))),
        .alreadyDefault(line: AnyPhrase(ListPhrase.noLines(host: "‹line›"))),
        .notTaken(now: AnyPhrase(ListPhrase.noLines(host: "‹now›")), expected: AnyPhrase(ListPhrase.noLines(host: "‹expected›"))),
        .lineNotVisible(configID: 900007),
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
        .linesSeen(total: 900008, cloud: 900009, office: 900010),
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
        .summary(count: 900011, cloud: 900012, office: 900013, host: "‹host›"),
        .lastColumnHeader,
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
        .createdInThisRun(900014),
        .draftKept,
        .continueDraft(title: "‹title›", server: "‹server›", typedAt: "‹typedAt›"),
        .typedFor(host: "‹host›"),
        .moreDraftsKept(900015),
        .passwordNeverKept,
        .continueChoice,
        .startFreshChoice,
    ]
}

extension PBXConfigPhrase: SampledPhrase {
    static let samples: [PBXConfigPhrase] = [
        .header(title: "‹title›", configID: 900016),
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
        .cloudLineHasNoPBXSide(configID: 900017),
        .noIncomingCredentials(configID: 900018),
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
        .stepHeading(step: 900019, total: 900020, title: "‹title›"),
        .choiceLine(name: .pbxTypeHeading, description: .pbxTypeHeading),
        .hidden,
        .registration(AnyPhrase(ListPhrase.noLines(host: "‹registration›"))),
        .ask(label: "‹label›"),
        .askKeeping(label: "‹label›", current: "‹current›"),
        .askSecret(label: "‹label›"),
        .askSecretKeeping(label: "‹label›"),
        .askType(current: 900021),
        .askWebhook,
        .askWebhookOrRecheck,
        .askPortalName(suggested: "‹suggested›"),
        .askCreate,
        .askQuit,
        .askContinueDraft,
        .askNext(quit: 900022),
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
        .answerFromOneTo(900023),
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
        .connectorFreeMinutes(900024),
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

extension RegistrationPhrase: SampledPhrase {
    static let samples: [RegistrationPhrase] = [
        .registered,
        .stillWaiting,
        .noAnswerAfterLimit(seconds: 900025),
        .credentialsRefused(code: 900026),
        .forbidden,
        .unknownLogin,
        .noTimelyAnswer(code: 900027),
        .intervalTooBrief,
        .loop(code: 900028),
        .busyHere,
        .providerInternalError,
        .hostnameUnresolved,
        .badGateway,
        .serviceUnavailable,
        .declined,
        .otherRequestFailure(code: 900029),
        .otherServerFailure(code: 900030),
        .otherGlobalFailure(code: 900031),
        .unexpectedCode(code: 900032),
        .providerSaid(message: "‹message›"),
        .runWatchToFollow(regID: 900033),
    ]
}

extension ResultPhrase: SampledPhrase {
    static let samples: [ResultPhrase] = [
        .cloudCreated(title: "‹title›"),
        .registrationAt(server: "‹server›"),
        .officeCreated(title: "‹title›"),
        .enterOnYourPBX,
        .yourPBX(configID: 900034, server: "‹server›", login: "‹login›"),
        .moreLead,
        .foundAfterCheck(reason: "‹reason›"),
        .saving(path: "‹path›"),
        .saved(path: "‹path›"),
        .saveFailed(path: "‹path›", reason: AnyPhrase(ListPhrase.noLines(host: "‹reason›"))),
        .historyNotWritten(AnyPhrase(ListPhrase.noLines(host: "‹historyNotWritten›"))),
        .noRegID,
        .registered(code: "‹code›"),
        .providerSaid("‹providerSaid›"),
        .couldNotAsk(AnyPhrase(ListPhrase.noLines(host: "‹couldNotAsk›")), regID: 900035),
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
        .whatHappened("‹whatHappened›"),
        .unknownAdvice,
        .unknownKeys,
        .checkBeforeRetry,
        .notCreated(reason: "‹reason›"),
        .titleExists(title: "‹title›"),
        .maxCloudLines,
        .fieldErrorsIntro,
        .portalSaid("‹portalSaid›"),
        .unavailable(AnyPhrase(ListPhrase.noLines(host: "‹unavailable›"))),
        .refused(AnyPhrase(ListPhrase.noLines(host: "‹refused›"))),
    ]
}

extension ScreenPhrase: SampledPhrase {
    static let samples: [ScreenPhrase] = [
        .headerNew,
        .headerCreated,
        .step(900036, of: 900037),
        .sandboxMark,
        .tooSmall(columns: 900038, rows: 900039),
        .enlargeKeepsEverything,
        .moreMakeTaller,
        .moreScrollDown,
        .seconds(900040),
    ]
}

extension SummaryPhrase: SampledPhrase {
    static let samples: [SummaryPhrase] = [
        .cloudLine(title: "‹title›", configID: 900041),
        .officeLine(title: "‹title›", configID: 900042),
        .createdOne(line: "‹line›", place: "‹place›"),
        .createdMany(count: 900043, place: "‹place›", lines: "‹lines›"),
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

extension CommandNotePhrase: SampledPhrase {
    static let samples: [CommandNotePhrase] = [
        .rateLimitWait(delay: "‹delay›", retry: 900001),
        .operatingLimitWait(delay: "‹operatingDelay›"),
        .answerLostLineFound(cause: "‹cause›"),
        .portalMoved(address: "‹address›", source: "‹source›"),
        .outcomeUnknown(reason: "‹reason›", title: "‹title›"),
        .malformedTimeout(variable: "‹variable›", value: "‹value›"),
    ]
}
