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
    (CommandNotePhrase.self, "CommandNotePhrase.swift"),
    (FormPhrase.self, "FormPhrase.swift"),
    (HelpTopicPhrase.self, "HelpTopicPhrase.swift"),
    (KeyPhrase.self, "KeyPhrase.swift"),
    (LinePhrase.self, "LinePhrase.swift"),
    (ListPhrase.self, "ListPhrase.swift"),
    (OverlayPhrase.self, "OverlayPhrase.swift"),
    (PlainPhrase.self, "PlainPhrase.swift"),
    (PortalPhrase.self, "PortalPhrase.swift"),
    (RegistrationAdvicePhrase.self, "RegistrationAdvicePhrase.swift"),
    (ResultPhrase.self, "ResultPhrase.swift"),
    (ReviewPhrase.self, "ReviewPhrase.swift"),
    (ScreenPhrase.self, "ScreenPhrase.swift"),
    (SummaryPhrase.self, "SummaryPhrase.swift"),
    (TerminalPhrase.self, "TerminalPhrase.swift"),
]

extension FormPhrase: SampledPhrase {
    static let samples: [FormPhrase] = [
        .pbxTypeHeading,
        .cloudPBX,
        .officePBX,
        .cloudDescription,
        .officeDescription,
        .countingLines,
        .linesSeen(total: 900002, cloud: 900003, office: 900004),
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
        .summary(count: 900005, cloud: 900006, office: 900007, host: "‹host›"),
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
        .createdInThisRun(900008),
        .draftKept,
        .continueDraft(title: "‹title›", server: "‹server›", typedAt: "‹typedAt›"),
        .typedFor(host: "‹host›"),
        .moreDraftsKept(900009),
        .passwordNeverKept,
        .continueChoice,
        .startFreshChoice,
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
        .stepHeading(step: 900010, total: 900011, title: "‹title›"),
        .choiceLine(name: .pbxTypeHeading, description: .pbxTypeHeading),
        .hidden,
        .registration(AnyPhrase(ListPhrase.noLines(host: "‹registration›"))),
        .ask(label: "‹label›"),
        .askKeeping(label: "‹label›", current: "‹current›"),
        .askSecret(label: "‹label›"),
        .askSecretKeeping(label: "‹label›"),
        .askType(current: 900012),
        .askWebhook,
        .askWebhookOrRecheck,
        .askPortalName(suggested: "‹suggested›"),
        .askCreate,
        .askQuit,
        .askContinueDraft,
        .askNext,
        .askSavePath(suggested: "‹suggested›"),
        .askAfterUnknown,
        .answerYesOrNo,
        .answerOneOrTwo,
        .answerCreate,
        .answerOneTwoThree,
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
        .connectorFreeMinutes(900013),
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

extension RegistrationAdvicePhrase: SampledPhrase {
    static let samples: [RegistrationAdvicePhrase] = [
        .checkCredentials,
        .checkLogin,
        .checkServer,
        .seeProviderMessage,
    ]
}

extension ResultPhrase: SampledPhrase {
    static let samples: [ResultPhrase] = [
        .cloudCreated(title: "‹title›"),
        .registrationAt(server: "‹server›"),
        .officeCreated(title: "‹title›"),
        .enterOnYourPBX,
        .yourPBX(configID: 900014, server: "‹server›", login: "‹login›"),
        .moreLead,
        .foundAfterCheck(reason: "‹reason›"),
        .saving(path: "‹path›"),
        .saved(path: "‹path›"),
        .saveFailed(path: "‹path›", reason: AnyPhrase(ListPhrase.noLines(host: "‹reason›"))),
        .historyNotWritten(AnyPhrase(ListPhrase.noLines(host: "‹historyNotWritten›"))),
        .noRegID,
        .registered(code: "‹code›"),
        .noCode,
        .registrationFailed(code: "‹code›", advice: .checkCredentials),
        .providerSaid("‹providerSaid›"),
        .stillNotRegistered(checks: 900015, regID: 900016),
        .couldNotAsk(AnyPhrase(ListPhrase.noLines(host: "‹couldNotAsk›")), regID: 900017),
        .couldNotAskRetrying(AnyPhrase(ListPhrase.noLines(host: "‹couldNotAskRetrying›"))),
        .waiting,
        .inProgress,
        .updatesByItself,
        .saveToLabel,
        .fileHoldsPasswords,
        .detailsFileHeader,
        .sandboxHost("‹sandboxHost›"),
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
        .step(900018, of: 900019),
        .sandboxMark,
        .tooSmall(columns: 900020, rows: 900021),
        .enlargeKeepsEverything,
        .moreMakeTaller,
        .seconds(900022),
    ]
}

extension SummaryPhrase: SampledPhrase {
    static let samples: [SummaryPhrase] = [
        .cloudLine(title: "‹title›", configID: 900023),
        .officeLine(title: "‹title›", configID: 900024),
        .createdOne(line: "‹line›", place: "‹place›"),
        .createdMany(count: 900025, place: "‹place›", lines: "‹lines›"),
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
