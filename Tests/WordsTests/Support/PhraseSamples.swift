import Words

/// Every key of an area once, with sentinel placeholders (strings like `‹host›`, numbers from 900001), so the
/// catalogue tests can check that each language's words carry every placeholder. Generated from the Phrases/
/// files; keep one case per line there. Optional placeholders are sampled given (and, where the words differ,
/// absent too).
protocol SampledPhrase: Phrase {
    static var samples: [Self] { get }
}

/// The areas of the catalogue, each with the file under Sources/Words/Phrases that declares its keys. An area
/// missing here fails `everyAreaIsSampled`.
let sampledAreas: [(type: any SampledPhrase.Type, file: String)] = [
    (CheckPhrase.self, "CheckPhrase.swift"),
    (DefaultLinePhrase.self, "DefaultLinePhrase.swift"),
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
    (PortalReplyPhrase.self, "PortalReplyPhrase.swift"),
    (RESTPhrase.self, "RESTPhrase.swift"),
    (TransportPhrase.self, "TransportPhrase.swift"),
    (TransportDetailPhrase.self, "TransportDetailPhrase.swift"),
    (CredentialsPhrase.self, "CredentialsPhrase.swift"),
    (CredentialsFieldPhrase.self, "CredentialsFieldPhrase.swift"),
    (DraftFieldPhrase.self, "DraftFieldPhrase.swift"),
    (AddressKindPhrase.self, "AddressKindPhrase.swift"),
    (ValidationPhrase.self, "ValidationPhrase.swift"),
    (FieldIssuePhrase.self, "FieldIssuePhrase.swift"),
    (ServicePhrase.self, "ServicePhrase.swift"),
    (AnswerProblemPhrase.self, "AnswerProblemPhrase.swift"),
    (LostAnswerPhrase.self, "LostAnswerPhrase.swift"),
    (ReconciliationPhrase.self, "ReconciliationPhrase.swift"),
    (DurationPhrase.self, "DurationPhrase.swift"),
    (ConfigPhrase.self, "ConfigPhrase.swift"),
    (PrivateFilePhrase.self, "PrivateFilePhrase.swift"),
    (PortalResolutionPhrase.self, "PortalResolutionPhrase.swift"),
    (CommandPhrase.self, "CommandPhrase.swift"),
    (AddPhrase.self, "AddPhrase.swift"),
    (CreatedLinePhrase.self, "CreatedLinePhrase.swift"),
    (StatusPhrase.self, "StatusPhrase.swift"),
    (UpdatePhrase.self, "UpdatePhrase.swift"),
    (DeletePhrase.self, "DeletePhrase.swift"),
    (SandboxPhrase.self, "SandboxPhrase.swift"),
    (HelpPhrase.self, "HelpPhrase.swift"),
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

// MARK: - Bitrix24REST

extension PortalReplyPhrase: SampledPhrase {
    static let samples: [PortalReplyPhrase] = [
        .codeAndText(code: "‹CODE›", text: "‹text›"), .code("‹CODE›"), .text("‹text›"), .status(900001),
    ]
}

extension RESTPhrase: SampledPhrase {
    static let reply = PortalReplyPhrase.codeAndText(code: "‹CODE›", text: "‹text›")
    static let samples: [RESTPhrase] = [
        .webhookRefused(reply: reply), .accessTokenRefused(reply: reply), .refreshTokenRefused(reply: reply),
        .missingScope(scope: "‹scope›", reply: reply), .missingUnknownScope(reply: reply), .missingRight(reply: reply),
        .wrongAuthType(reply: reply), .invalidRequest(reply: reply), .rateLimited(attempts: 900001, reply: reply),
        .operatingLimit(portalText: "‹text›", resetAt: "‹time›"), .operatingLimit(portalText: nil, resetAt: nil),
        .overload(reply: reply), .methodNotFound(method: "‹method›", reply: reply),
        .methodNotFound(method: nil, reply: .status(900002)), .notFound(reply: reply), .portalDeleted(reply: reply),
        .fieldErrors(messages: ["‹first›", "‹second›"]), .fieldErrorsWithoutDetails, .titleExists(reply: reply),
        .maxCloudPBX(reply: reply), .serverFault(status: 900003, code: "‹CODE›", text: "‹text›"),
        .serverFault(status: 900004, code: nil, text: nil), .refused(reply: reply),
        .transport(.refused(target: "‹target›", detail: .system("‹detail›"))),
        .invalidCredentials(.insecureHTTP(field: .webhookURL, host: "‹host›")),
        .unexpectedAnswer(status: 900005, excerpt: "‹excerpt›"), .emptyAnswer(status: 900006),
        .secondRedirect(status: 900007, location: "‹location›"), .insecureRedirect(status: 900008, location: "‹location›"),
        .insecureRedirect(status: 900009, location: nil), .redirectWithoutLocation(status: 900010),
    ]
}

extension TransportPhrase: SampledPhrase {
    static let detail = TransportDetailPhrase.system("‹detail›")
    static let samples: [TransportPhrase] = [
        .refused(target: "‹target›", detail: detail), .dns(target: "‹target›", detail: detail),
        .tls(target: "‹target›", detail: detail), .connectTimeout(target: "‹target›", detail: nil),
        .proxy(target: "‹target›", detail: .notAProxyAddress(variable: "‹VARIABLE›")),
        .timeoutAfterSend(target: "‹target›", detail: detail), .connectionLost(target: "‹target›", detail: detail),
        .answerTooLarge(target: "‹target›", detail: detail), .cancelledAfterSending(target: "‹target›"),
        .cancelledBeforeSending(target: "‹target›"), .other(target: "‹target›", detail: detail),
    ]
}

extension TransportDetailPhrase: SampledPhrase {
    static let samples: [TransportDetailPhrase] = [
        .system("‹text›"), .tlsHandshakeTimedOut, .proxyHandshakeTimedOut, .proxyRefused, .proxyNeedsAuthentication,
        .noDataInTime, .requestTimeoutPassed, .sendingTimedOut, .portalClosedConnection, .answerCutShort,
        .connectionClosed, .tlsClosedUncleanly, .notAnHTTPAddress, .notAProxyAddress(variable: "‹VARIABLE›"),
        .clientShutDown,
    ]
}

extension CredentialsPhrase: SampledPhrase {
    static let samples: [CredentialsPhrase] = [
        .empty(field: .webhookURL), .notAURL(field: .webhookURL),
        .unsupportedScheme(field: .oauthClientEndpoint, scheme: "‹scheme›"), .insecureHTTP(field: .webhookURL, host: "‹host›"),
        .missingHost(field: .webhookURL), .invalidPort(field: .webhookURL), .unexpectedUserInfo(field: .webhookURL),
        .notAWebhookPath(field: .webhookURL), .missingUserID(field: .webhookURL), .invalidUserID(field: .webhookURL),
        .missingCode(field: .webhookURL), .invalidCode(field: .webhookURL), .unexpectedPath(field: .webhookURL),
        .unexpectedQuery(field: .oauthServerEndpoint), .missingField(field: .oauthCredentials, name: .clientSecret),
    ]
}

extension CredentialsFieldPhrase: SampledPhrase {
    static let samples: [CredentialsFieldPhrase] = [
        .webhookURL, .oauthCredentials, .oauthClientEndpoint, .oauthServerEndpoint, .accessToken, .refreshToken,
        .clientID, .clientSecret,
    ]
}

// MARK: - SIPLineService

extension DraftFieldPhrase: SampledPhrase {
    static let samples: [DraftFieldPhrase] = [.type, .title, .server, .login, .password]
}

extension AddressKindPhrase: SampledPhrase {
    static let samples: [AddressKindPhrase] = [
        .unspecifiedIPv4, .unspecifiedIPv6, .loopback, .privateIPv4, .carrierGradeNAT, .linkLocal, .uniqueLocalIPv6,
        .localNetworkName,
    ]
}

extension ValidationPhrase: SampledPhrase {
    static let samples: [ValidationPhrase] = [
        .controlCharacter(field: .title, character: "‹U+0009›", position: 900001),
        .controlCharacters(field: .login, character: "‹U+0009›", position: 900002, more: 900003),
        .tooLong(field: .title, length: 900004, limit: 900005, excess: 900006),
        .tooLongAsPortalCounts(field: .password, length: 900007, limit: 900008, excess: 900009),
        .invisibleCharacter(field: .login, character: "‹U+200B›", position: 900010),
        .invisibleCharacterInHost(field: .server, character: "‹U+200B›", position: 900011),
        .titleRequired, .titleBlank, .titleInUse(existing: "‹title›"), .loginRequired, .loginContainsSpace,
        .passwordRequired, .passwordBlank, .passwordEndsWithSpace, .passwordEndsWithSpaces, .passwordStartsWithSpace,
        .passwordStartsWithSpaces, .passwordStartsAndEndsWithSpaces, .serverRequired, .serverOnlyScheme(scheme: "‹scheme›"),
        .schemeRemoved(scheme: "‹scheme›"), .sipURI(scheme: "‹scheme›", suggestion: "‹host›"),
        .sipURI(scheme: "‹scheme›", suggestion: nil), .unsupportedScheme(scheme: "‹scheme›", suggestion: "‹host›"),
        .unsupportedScheme(scheme: "‹scheme›", suggestion: nil), .userPart(suggestion: "‹host›"),
        .userPart(suggestion: nil), .parameters(suggestion: "‹host›"), .path(suggestion: "‹host›"),
        .serverContainsSpace(server: "‹server›"), .portWithoutHost(server: "‹server›"),
        .unclosedBracket(server: "‹server›"), .invalidIPv6(address: "‹address›"), .textAfterIPv6(address: "‹address›"),
        .unbracketedIPv6(server: "‹server›"), .malformedIPv6(server: "‹server›"), .tooManyColons(server: "‹server›"),
        .portMissing(server: "‹server›"), .portNotANumber(port: "‹port›"), .portOutOfRange(port: "‹port›"),
        .portLeadingZero(port: "‹port›", number: 900012), .nonASCIIHost(host: "‹host›"), .ipv4Malformed(host: "‹host›"),
        .ipv4OutOfRange(host: "‹host›", number: "‹number›"), .ipv4LeadingZeros(host: "‹host›", decimal: "‹decimal›"),
        .trailingDot(host: "‹host›", name: "‹name›"), .emptyLabel(name: "‹name›"),
        .labelTooLong(label: "‹label›", length: 900013, limit: 900014), .forbiddenCharacter(name: "‹name›", character: "‹c›"),
        .labelStartsWithHyphen(label: "‹label›"), .labelEndsWithHyphen(label: "‹label›"),
        .hostNameTooLong(length: 900015, limit: 900016), .numericTopLevel(name: "‹name›"),
        .unreachable(host: "‹host›", kind: .privateIPv4), .unqualifiedHost(name: "‹name›"), .untranslated("‹text›"),
    ]
}

extension FieldIssuePhrase: SampledPhrase {
    static let samples: [FieldIssuePhrase] = [.issue(key: "‹KEY›", .titleInUse(existing: "‹title›"))]
}

extension ServicePhrase: SampledPhrase {
    static let rest = RESTPhrase.notFound(reply: .codeAndText(code: "‹CODE›", text: "‹text›"))
    static let samples: [ServicePhrase] = [
        .portal(rest), .lineNotFound(configID: 900001, rest), .registrationNotFound(regID: 900002, rest),
        .unreadableAnswer(method: "‹method›", problem: .unknownStatusResult(value: "‹value›")),
        .invalidDraft(issues: [.issue(key: "‹KEY›", .untranslated("‹one›")), .issue(key: "‹KEY2›", .loginRequired)]),
        .nothingToChange, .listNotFinished(pages: 900003), .linesNotListed, .untranslated("‹text›"),
    ]
}

extension AnswerProblemPhrase: SampledPhrase {
    static let samples: [AnswerProblemPhrase] = [
        .connectorStatusNotObject, .lineNotObject, .lineWithoutConfigID, .linesNeitherListNorEmpty, .statusNotObject,
        .statusWithoutResult, .unknownStatusResult(value: "‹value›"), .changeNotConfirmed, .notALineID,
        .notAnObjectOfLines,
    ]
}

extension LostAnswerPhrase: SampledPhrase {
    static let samples: [LostAnswerPhrase] = [
        .stoppedWaiting, .noAnswerInTime, .connectionBroke, .answerTooLarge, .failedAfterSending,
        .serverError(status: 900001), .emptyAnswer(status: 900002), .foreignAnswer(status: 900003), .answerLost,
        .answerDidNotDescribeLine,
    ]
}

extension ReconciliationPhrase: SampledPhrase {
    static let samples: [ReconciliationPhrase] = [
        .noNewLine(cause: .serverError(status: 900001)),
        .listingFailed(cause: .connectionBroke, error: .untranslated("‹error›"), title: "‹title›"),
        .listingTimedOut(cause: .noAnswerInTime, after: .seconds(900002), title: "‹title›"),
    ]
}

extension DurationPhrase: SampledPhrase {
    static let samples: [DurationPhrase] = [.seconds(900001), .milliseconds(900002)]
}

// MARK: - PortalConfig

extension ConfigPhrase: SampledPhrase {
    static let samples: [ConfigPhrase] = [
        .inFile(path: "‹path›", problem: .notUTF8), .onLine(path: "‹path›", line: 900001, problem: .defaultNotString),
        .invalidPortalName(name: "‹name›"), .fileDisappeared(portal: "‹portal›"), .noLongerOAuth(portal: "‹portal›"),
        .cannotLock(lockPath: "‹lock›", reason: .missing(path: "‹dir›")), .readableByOthers(mode: "‹644›", path: "‹path›"),
        .notUTF8, .systemFailure(operation: "‹operation›", reason: "‹reason›"),
        .notWritten(reason: .systemFailure(path: "‹path›", operation: "‹op›", reason: "‹reason›")),
        .notTOML(detail: "‹detail›"), .notTOMLWithoutDetail, .unknownTopLevelKey(key: "‹key›"), .defaultNotString,
        .portalsNotSections, .portalNotSection(name: "‹name›", section: "‹section›"), .defaultWithoutSection(name: "‹name›"),
        .unknownPortalKey(key: "‹key›", section: "‹section›", oauthKeys: ["‹k1›", "‹k2›"]),
        .valueNotString(key: "‹key›", section: "‹section›"), .webhookAndOAuth(section: "‹section›"),
        .emptyPortal(section: "‹section›"), .missingOAuthKey(section: "‹section›", key: "‹key›", required: ["‹k1›", "‹k2›"]),
        .credentials(.unexpectedQuery(field: .webhookURL)),
    ]
}

extension PrivateFilePhrase: SampledPhrase {
    static let samples: [PrivateFilePhrase] = [
        .readableByOthers(path: "‹path›", mode: "‹644›"), .missing(path: "‹path›"),
        .systemFailure(path: "‹path›", operation: "‹operation›", reason: "‹reason›"), .notUTF8(path: "‹path›"),
    ]
}

extension PortalResolutionPhrase: SampledPhrase {
    static let samples: [PortalResolutionPhrase] = [
        .howToGiveAPortal, .unknownPortal(name: "‹name›", known: ["‹a›", "‹b›"]),
        .unknownPortalWithoutPortals(name: "‹name›", configPath: "‹config›"),
        .badWebhookFlag(.insecureHTTP(field: .webhookURL, host: "‹host›")), .badEnvironmentWebhook(.empty(field: .webhookURL)),
        .unreadableWebhookFile(.missing(path: "‹path›")), .badWebhookFile(path: "‹path›", .missingCode(field: .webhookURL)),
        .badConfig(.inFile(path: "‹config›", problem: .notTOML(detail: "‹detail›"))),
        .badConfigPortal(configPath: "‹config›", name: "‹name›", .unsupportedScheme(field: .webhookURL, scheme: "‹scheme›")),
        .webhookFileReadableByOthers(path: "‹path›"),
    ]
}

// MARK: - The executable

extension CommandPhrase: SampledPhrase {
    static let samples: [CommandPhrase] = [
        .invalidFields(count: 900001), .interrupted, .configIDNotPositive(value: 900002),
        .unknownFormat(value: "‹value›", known: ["‹a›", "‹b›"]),
        .passwordGivenTwice, .standardInputUnreadable(reason: .systemFailure(path: "‹path›", operation: "‹op›", reason: "‹r›")),
        .passwordFileReadableByOthers(path: "‹path›", mode: "‹644›"), .passwordFileFailure(.notUTF8(path: "‹path›")),
        .passwordFileUnreadable(path: "‹path›"), .passwordNotUTF8(source: "‹source›"),
        .tokensNotSaved(problem: .inFile(path: "‹path›", problem: .fileDisappeared(portal: "‹portal›"))),
        .logFileNotOpened(path: "‹path›", reason: "‹reason›"),
    ]
}

extension AddPhrase: SampledPhrase {
    static let samples: [AddPhrase] = [
        .passwordMissing, .warning(.titleInUse(existing: "‹title›")), .note(.schemeRemoved(scheme: "‹scheme›")),
        .historyNotRecorded(reason: .missing(path: "‹path›")), .foundAfterCheck(reason: "‹reason›"),
        .notCreated(reason: "‹reason›"), .outcomeUnknown(reason: "‹reason›"),
    ]
}

extension CreatedLinePhrase: SampledPhrase {
    static let samples: [CreatedLinePhrase] = [
        .created(configID: 900001, host: "‹host›"), .followRegistration(server: "‹server›", regID: 900002),
        .setOnYourPBX, .setOnYourPBXRevealed,
    ]
}

extension StatusPhrase: SampledPhrase {
    static let samples: [StatusPhrase] = [
        .registration(regID: 900001, result: "‹result›", code: 900002, message: "‹message›", updated: "‹updated›"),
        .registration(regID: 900003, result: "‹result›", code: nil, message: nil, updated: nil),
        .regIDNotPositive(value: 900004), .intervalNotPositive, .limitNotPositive,
    ]
}

extension UpdatePhrase: SampledPhrase {
    static let samples: [UpdatePhrase] = [
        .updated(configID: 900001, host: "‹host›", fields: ["‹TITLE›", "‹LOGIN›"]), .nothingToChange,
    ]
}

extension DeletePhrase: SampledPhrase {
    static let samples: [DeletePhrase] = [
        .cannotAsk(configID: 900001),
        .confirmNamed(configID: 900002, title: "‹title›", type: "‹type›", server: "‹server›", host: "‹host›"),
        .confirm(configID: 900003, host: "‹host›"), .declined, .deleted(configID: 900004, host: "‹host›"),
    ]
}

extension SandboxPhrase: SampledPhrase {
    static let samples: [SandboxPhrase] = [.portOutOfRange(port: 900001), .maxCloudLinesNegative(value: 900002)]
}

extension HelpPhrase: SampledPhrase {
    static let samples: [HelpPhrase] = [
        .siplineAbstract, .siplineDiscussion, .wizardAbstract, .wizardDiscussion, .wizardSandbox, .wizardPlain,
        .wizardShowSecrets, .wizardNoColor,
        .wizardLogFile, .sandboxAbstract, .sandboxDiscussion, .sandboxPort, .sandboxState, .sandboxMaxCloudLines,
        .sandboxFaultInjection, .addAbstract, .addDiscussion, .addTitle, .addServer, .addLogin, .addType, .showSecrets,
        .listAbstract, .listDiscussion, .statusAbstract, .statusDiscussion, .statusRegID, .statusWatch, .statusLimit,
        .updateAbstract, .updateDiscussion, .updateTitle, .updateServer, .updateLogin, .configIDArgument,
        .checkAbstract, .checkDiscussion, .checkServer, .checkTransport, .checkNameserver, .checkJSON,
        .defaultAbstract, .defaultDiscussion, .defaultConfigID, .pbxConfigAbstract, .pbxConfigDiscussion,
        .pbxConfigConfigID, .pbxConfigFormat, .pbxConfigShowSecrets,
        .deleteAbstract, .deleteDiscussion, .deleteYes, .json, .logFile, .language, .passwordGroup, .passwordStdin,
        .passwordFile, .portalGroup, .webhook, .webhookFile, .portal,
    ]
}
