import Testing
@testable import Words

/// Temporary, for the move from Swift switch tables to text tables: every key, each of its values varied in turn
/// (numbers 0, 1, 2, 5, 11, 21, 22, 101 for plural forms; empty and absent texts; empty, one- and two-element
/// lists; every sample of a nested area), reads the same through the old switches and the new templates, in
/// English and in Russian. Generated; deleted with the switch tables.
@Suite struct MigrationTests {
    @Test func templatesSayWhatTheSwitchesSaid() {
        var comparisons = 0
        var differences: [String] = []
        func check(_ phrase: some Phrase) {
            for language in Language.allCases {
                let legacy = (phrase as! any LegacyPhrase)
                let old = language == .english ? legacy.legacyEnglish : legacy.legacyRussian
                let new = phrase.text(in: language)
                comparisons += 1
                if old != new { differences.append("\(language) \(phrase):\n  old \(old)\n  new \(new)") }
            }
        }
        func lists<T>(_ all: [T]) -> [[T]] { [[], [all[0]], Array(all.prefix(2))] }
        let strings = ["‹text›", "", "x."]
        let ints = [900123, 0, 1, 2, 5, 11, 21, 22, 101]
        let anyPhrases = [AnyPhrase(ListPhrase.noLines(host: "‹host›")), AnyPhrase(ConfigPhrase.notUTF8),
                          AnyPhrase(PrivateFilePhrase.missing(path: "‹path›")),
                          AnyPhrase(ConfigPhrase.onLine(path: "‹path›", line: 3, problem: .unknownTopLevelKey(key: "‹k›"))),
                          AnyPhrase(PortalReplyPhrase.text("")), AnyPhrase(ValidationPhrase.untranslated("‹said›"))]
        check(AddPhrase.passwordMissing)
        for value in ValidationPhrase.samples { check(AddPhrase.warning(value)) }
        for value in ValidationPhrase.samples { check(AddPhrase.note(value)) }
        for value in PrivateFilePhrase.samples { check(AddPhrase.historyNotRecorded(reason: value)) }
        for value in anyPhrases { check(AddPhrase.foundAfterCheck(reason: value)) }
        for value in anyPhrases { check(AddPhrase.notCreated(reason: value)) }
        for value in anyPhrases { check(AddPhrase.outcomeUnknown(reason: value)) }
        check(AddressKindPhrase.unspecifiedIPv4)
        check(AddressKindPhrase.unspecifiedIPv6)
        check(AddressKindPhrase.loopback)
        check(AddressKindPhrase.privateIPv4)
        check(AddressKindPhrase.carrierGradeNAT)
        check(AddressKindPhrase.linkLocal)
        check(AddressKindPhrase.uniqueLocalIPv6)
        check(AddressKindPhrase.localNetworkName)
        check(AnswerProblemPhrase.connectorStatusNotObject)
        check(AnswerProblemPhrase.lineNotObject)
        check(AnswerProblemPhrase.lineWithoutConfigID)
        check(AnswerProblemPhrase.linesNeitherListNorEmpty)
        check(AnswerProblemPhrase.statusNotObject)
        check(AnswerProblemPhrase.statusWithoutResult)
        for value in strings { check(AnswerProblemPhrase.unknownStatusResult(value: value)) }
        check(AnswerProblemPhrase.changeNotConfirmed)
        check(AnswerProblemPhrase.notALineID)
        check(AnswerProblemPhrase.notAnObjectOfLines)
        check(CheckPhrase.fromThisMachine)
        for value in strings { check(CheckPhrase.answered(server: value, target: (strings)[0], statusLine: (strings)[0])) }
        for value in strings { check(CheckPhrase.answered(server: (strings)[0], target: value, statusLine: (strings)[0])) }
        for value in strings { check(CheckPhrase.answered(server: (strings)[0], target: (strings)[0], statusLine: value)) }
        for value in strings { check(CheckPhrase.answeredAtAddress(target: value, statusLine: (strings)[0])) }
        for value in strings { check(CheckPhrase.answeredAtAddress(target: (strings)[0], statusLine: value)) }
        for value in strings { check(CheckPhrase.software(value)) }
        for value in strings { check(CheckPhrase.noAnswer(server: value, target: (strings)[0], seconds: (ints)[0])) }
        for value in strings { check(CheckPhrase.noAnswer(server: (strings)[0], target: value, seconds: (ints)[0])) }
        for value in ints { check(CheckPhrase.noAnswer(server: (strings)[0], target: (strings)[0], seconds: value)) }
        for value in strings { check(CheckPhrase.noAnswerAtAddress(target: value, seconds: (ints)[0])) }
        for value in ints { check(CheckPhrase.noAnswerAtAddress(target: (strings)[0], seconds: value)) }
        for value in strings { check(CheckPhrase.refused(server: value, target: (strings)[0])) }
        for value in strings { check(CheckPhrase.refused(server: (strings)[0], target: value)) }
        for value in strings { check(CheckPhrase.refusedAtAddress(target: value)) }
        for value in strings { check(CheckPhrase.onlyTLSTargets(server: value)) }
        for value in strings { check(CheckPhrase.doesNotResolve(server: value)) }
        for value in strings { check(CheckPhrase.dnsUnavailable(server: value)) }
        for value in strings { check(CheckPhrase.summaryAnswered(statusLine: value)) }
        check(CheckPhrase.summaryNoAnswer)
        check(CheckPhrase.summaryDoesNotResolve)
        check(CheckPhrase.lookupsHeading)
        check(CheckPhrase.targetsHeading)
        for value in strings { check(CheckPhrase.lookupFound(type: value, name: (strings)[0], count: (ints)[0])) }
        for value in strings { check(CheckPhrase.lookupFound(type: (strings)[0], name: value, count: (ints)[0])) }
        for value in ints { check(CheckPhrase.lookupFound(type: (strings)[0], name: (strings)[0], count: value)) }
        for value in strings { check(CheckPhrase.lookupNoSuchName(type: value, name: (strings)[0])) }
        for value in strings { check(CheckPhrase.lookupNoSuchName(type: (strings)[0], name: value)) }
        for value in strings { check(CheckPhrase.lookupNoRecords(type: value, name: (strings)[0])) }
        for value in strings { check(CheckPhrase.lookupNoRecords(type: (strings)[0], name: value)) }
        for value in strings { check(CheckPhrase.lookupTimedOut(type: value, name: (strings)[0])) }
        for value in strings { check(CheckPhrase.lookupTimedOut(type: (strings)[0], name: value)) }
        for value in strings { check(CheckPhrase.lookupServerFailure(type: value, name: (strings)[0])) }
        for value in strings { check(CheckPhrase.lookupServerFailure(type: (strings)[0], name: value)) }
        for value in strings { check(CheckPhrase.lookupNoResolver(type: value, name: (strings)[0])) }
        for value in strings { check(CheckPhrase.lookupNoResolver(type: (strings)[0], name: value)) }
        for value in strings { check(CheckPhrase.lookupUnreadable(type: value, name: (strings)[0])) }
        for value in strings { check(CheckPhrase.lookupUnreadable(type: (strings)[0], name: value)) }
        for value in strings { check(CheckPhrase.lookupCancelled(type: value, name: (strings)[0])) }
        for value in strings { check(CheckPhrase.lookupCancelled(type: (strings)[0], name: value)) }
        for value in strings { check(CheckPhrase.target(endpoint: value, transport: (strings)[0], host: (strings)[0], source: (strings)[0])) }
        for value in strings { check(CheckPhrase.target(endpoint: (strings)[0], transport: value, host: (strings)[0], source: (strings)[0])) }
        for value in strings { check(CheckPhrase.target(endpoint: (strings)[0], transport: (strings)[0], host: value, source: (strings)[0])) }
        for value in strings { check(CheckPhrase.target(endpoint: (strings)[0], transport: (strings)[0], host: (strings)[0], source: value)) }
        for value in strings { check(CheckPhrase.unknownTransport(value)) }
        for value in strings { check(CheckPhrase.invalidNameserver(value)) }
        for value in strings { check(CommandNotePhrase.rateLimitWait(delay: value, retry: (ints)[0])) }
        for value in ints { check(CommandNotePhrase.rateLimitWait(delay: (strings)[0], retry: value)) }
        for value in strings { check(CommandNotePhrase.operatingLimitWait(delay: value)) }
        for value in strings { check(CommandNotePhrase.portalMoved(address: value, source: (strings)[0])) }
        for value in strings { check(CommandNotePhrase.portalMoved(address: (strings)[0], source: value)) }
        for value in strings { check(CommandNotePhrase.malformedTimeout(variable: value, value: (strings)[0])) }
        for value in strings { check(CommandNotePhrase.malformedTimeout(variable: (strings)[0], value: value)) }
        for value in ints { check(CommandPhrase.invalidFields(count: value)) }
        check(CommandPhrase.interrupted)
        for value in ints { check(CommandPhrase.configIDNotPositive(value: value)) }
        for value in strings { check(CommandPhrase.unknownFormat(value: value, known: Array((strings).prefix(2)))) }
        for value in lists(strings) { check(CommandPhrase.unknownFormat(value: (strings)[0], known: value)) }
        check(CommandPhrase.passwordGivenTwice)
        for value in PrivateFilePhrase.samples { check(CommandPhrase.standardInputUnreadable(reason: value)) }
        for value in strings { check(CommandPhrase.passwordFileReadableByOthers(path: value, mode: (strings)[0])) }
        for value in strings { check(CommandPhrase.passwordFileReadableByOthers(path: (strings)[0], mode: value)) }
        for value in PrivateFilePhrase.samples { check(CommandPhrase.passwordFileFailure(value)) }
        for value in strings { check(CommandPhrase.passwordFileUnreadable(path: value)) }
        for value in strings { check(CommandPhrase.passwordNotUTF8(source: value)) }
        for value in ConfigPhrase.samples { check(CommandPhrase.tokensNotSaved(problem: value)) }
        for value in strings { check(CommandPhrase.logFileNotOpened(path: value, reason: (strings)[0])) }
        for value in strings { check(CommandPhrase.logFileNotOpened(path: (strings)[0], reason: value)) }
        for value in strings { check(ConfigPhrase.inFile(path: value, problem: (ConfigPhrase.samples)[0])) }
        for value in ConfigPhrase.samples { check(ConfigPhrase.inFile(path: (strings)[0], problem: value)) }
        for value in strings { check(ConfigPhrase.onLine(path: value, line: (ints)[0], problem: (ConfigPhrase.samples)[0])) }
        for value in ints { check(ConfigPhrase.onLine(path: (strings)[0], line: value, problem: (ConfigPhrase.samples)[0])) }
        for value in ConfigPhrase.samples { check(ConfigPhrase.onLine(path: (strings)[0], line: (ints)[0], problem: value)) }
        for value in strings { check(ConfigPhrase.invalidPortalName(name: value)) }
        for value in strings { check(ConfigPhrase.fileDisappeared(portal: value)) }
        for value in strings { check(ConfigPhrase.noLongerOAuth(portal: value)) }
        for value in strings { check(ConfigPhrase.cannotLock(lockPath: value, reason: (PrivateFilePhrase.samples)[0])) }
        for value in PrivateFilePhrase.samples { check(ConfigPhrase.cannotLock(lockPath: (strings)[0], reason: value)) }
        for value in strings { check(ConfigPhrase.readableByOthers(mode: value, path: (strings)[0])) }
        for value in strings { check(ConfigPhrase.readableByOthers(mode: (strings)[0], path: value)) }
        check(ConfigPhrase.notUTF8)
        for value in strings { check(ConfigPhrase.systemFailure(operation: value, reason: (strings)[0])) }
        for value in strings { check(ConfigPhrase.systemFailure(operation: (strings)[0], reason: value)) }
        for value in PrivateFilePhrase.samples { check(ConfigPhrase.notWritten(reason: value)) }
        for value in strings { check(ConfigPhrase.notTOML(detail: value)) }
        check(ConfigPhrase.notTOMLWithoutDetail)
        for value in strings { check(ConfigPhrase.unknownTopLevelKey(key: value)) }
        check(ConfigPhrase.defaultNotString)
        check(ConfigPhrase.portalsNotSections)
        for value in strings { check(ConfigPhrase.portalNotSection(name: value, section: (strings)[0])) }
        for value in strings { check(ConfigPhrase.portalNotSection(name: (strings)[0], section: value)) }
        for value in strings { check(ConfigPhrase.defaultWithoutSection(name: value)) }
        for value in strings { check(ConfigPhrase.unknownPortalKey(key: value, section: (strings)[0], oauthKeys: Array((strings).prefix(2)))) }
        for value in strings { check(ConfigPhrase.unknownPortalKey(key: (strings)[0], section: value, oauthKeys: Array((strings).prefix(2)))) }
        for value in lists(strings) { check(ConfigPhrase.unknownPortalKey(key: (strings)[0], section: (strings)[0], oauthKeys: value)) }
        for value in strings { check(ConfigPhrase.valueNotString(key: value, section: (strings)[0])) }
        for value in strings { check(ConfigPhrase.valueNotString(key: (strings)[0], section: value)) }
        for value in strings { check(ConfigPhrase.webhookAndOAuth(section: value)) }
        for value in strings { check(ConfigPhrase.emptyPortal(section: value)) }
        for value in strings { check(ConfigPhrase.missingOAuthKey(section: value, key: (strings)[0], required: Array((strings).prefix(2)))) }
        for value in strings { check(ConfigPhrase.missingOAuthKey(section: (strings)[0], key: value, required: Array((strings).prefix(2)))) }
        for value in lists(strings) { check(ConfigPhrase.missingOAuthKey(section: (strings)[0], key: (strings)[0], required: value)) }
        for value in CredentialsPhrase.samples { check(ConfigPhrase.credentials(value)) }
        check(ConfigPhrase.symbolicLink)
        for value in FileKindPhrase.samples { check(ConfigPhrase.notRegularFile(kind: value)) }
        for value in ints { check(ConfigPhrase.ownedByAnotherUser(owner: value)) }
        check(ConfigPhrase.notADraft)
        check(ConfigPhrase.headerWithoutName)
        for value in ints { check(CreatedLinePhrase.created(configID: value, host: (strings)[0])) }
        for value in strings { check(CreatedLinePhrase.created(configID: (ints)[0], host: value)) }
        for value in strings { check(CreatedLinePhrase.followRegistration(server: value, regID: (ints)[0])) }
        for value in ints { check(CreatedLinePhrase.followRegistration(server: (strings)[0], regID: value)) }
        check(CreatedLinePhrase.setOnYourPBX)
        check(CreatedLinePhrase.setOnYourPBXRevealed)
        check(CredentialsFieldPhrase.webhookURL)
        check(CredentialsFieldPhrase.oauthCredentials)
        check(CredentialsFieldPhrase.oauthClientEndpoint)
        check(CredentialsFieldPhrase.oauthServerEndpoint)
        check(CredentialsFieldPhrase.accessToken)
        check(CredentialsFieldPhrase.refreshToken)
        check(CredentialsFieldPhrase.clientID)
        check(CredentialsFieldPhrase.clientSecret)
        for value in CredentialsFieldPhrase.samples { check(CredentialsPhrase.empty(field: value)) }
        for value in CredentialsFieldPhrase.samples { check(CredentialsPhrase.notAURL(field: value)) }
        for value in CredentialsFieldPhrase.samples { check(CredentialsPhrase.unsupportedScheme(field: value, scheme: (strings)[0])) }
        for value in strings { check(CredentialsPhrase.unsupportedScheme(field: (CredentialsFieldPhrase.samples)[0], scheme: value)) }
        for value in CredentialsFieldPhrase.samples { check(CredentialsPhrase.insecureHTTP(field: value, host: (strings)[0])) }
        for value in strings { check(CredentialsPhrase.insecureHTTP(field: (CredentialsFieldPhrase.samples)[0], host: value)) }
        for value in CredentialsFieldPhrase.samples { check(CredentialsPhrase.missingHost(field: value)) }
        for value in CredentialsFieldPhrase.samples { check(CredentialsPhrase.invalidPort(field: value)) }
        for value in CredentialsFieldPhrase.samples { check(CredentialsPhrase.unexpectedUserInfo(field: value)) }
        for value in CredentialsFieldPhrase.samples { check(CredentialsPhrase.notAWebhookPath(field: value)) }
        for value in CredentialsFieldPhrase.samples { check(CredentialsPhrase.missingUserID(field: value)) }
        for value in CredentialsFieldPhrase.samples { check(CredentialsPhrase.invalidUserID(field: value)) }
        for value in CredentialsFieldPhrase.samples { check(CredentialsPhrase.missingCode(field: value)) }
        for value in CredentialsFieldPhrase.samples { check(CredentialsPhrase.invalidCode(field: value)) }
        for value in CredentialsFieldPhrase.samples { check(CredentialsPhrase.unexpectedPath(field: value)) }
        for value in CredentialsFieldPhrase.samples { check(CredentialsPhrase.unexpectedQuery(field: value)) }
        for value in CredentialsFieldPhrase.samples { check(CredentialsPhrase.missingField(field: value, name: (CredentialsFieldPhrase.samples)[0])) }
        for value in CredentialsFieldPhrase.samples { check(CredentialsPhrase.missingField(field: (CredentialsFieldPhrase.samples)[0], name: value)) }
        check(DefaultLinePhrase.baseNumber)
        for value in strings { check(DefaultLinePhrase.number(value)) }
        for value in ints { check(DefaultLinePhrase.cloudLine(regID: value)) }
        for value in ints { check(DefaultLinePhrase.officeLine(configID: value)) }
        for value in strings { check(DefaultLinePhrase.restAppLine(app: value)) }
        for value in anyPhrases { check(DefaultLinePhrase.named(line: value, name: (strings)[0])) }
        for value in strings { check(DefaultLinePhrase.named(line: (anyPhrases)[0], name: value)) }
        for value in anyPhrases { check(DefaultLinePhrase.current(line: value)) }
        for value in anyPhrases { check(DefaultLinePhrase.madeDefault(was: value, now: (anyPhrases)[0])) }
        for value in anyPhrases { check(DefaultLinePhrase.madeDefault(was: (anyPhrases)[0], now: value)) }
        for value in anyPhrases { check(DefaultLinePhrase.alreadyDefault(line: value)) }
        for value in anyPhrases { check(DefaultLinePhrase.notTaken(now: value, expected: (anyPhrases)[0])) }
        for value in anyPhrases { check(DefaultLinePhrase.notTaken(now: (anyPhrases)[0], expected: value)) }
        for value in ints { check(DefaultLinePhrase.lineNotVisible(configID: value)) }
        for value in ints { check(DeletePhrase.cannotAsk(configID: value)) }
        for value in ints { check(DeletePhrase.confirmNamed(configID: value, title: (strings)[0], type: (strings)[0], server: (strings)[0], host: (strings)[0])) }
        for value in strings { check(DeletePhrase.confirmNamed(configID: (ints)[0], title: value, type: (strings)[0], server: (strings)[0], host: (strings)[0])) }
        for value in strings { check(DeletePhrase.confirmNamed(configID: (ints)[0], title: (strings)[0], type: value, server: (strings)[0], host: (strings)[0])) }
        for value in strings { check(DeletePhrase.confirmNamed(configID: (ints)[0], title: (strings)[0], type: (strings)[0], server: value, host: (strings)[0])) }
        for value in strings { check(DeletePhrase.confirmNamed(configID: (ints)[0], title: (strings)[0], type: (strings)[0], server: (strings)[0], host: value)) }
        for value in ints { check(DeletePhrase.confirm(configID: value, host: (strings)[0])) }
        for value in strings { check(DeletePhrase.confirm(configID: (ints)[0], host: value)) }
        check(DeletePhrase.declined)
        for value in ints { check(DeletePhrase.deleted(configID: value, host: (strings)[0])) }
        for value in strings { check(DeletePhrase.deleted(configID: (ints)[0], host: value)) }
        check(DraftFieldPhrase.type)
        check(DraftFieldPhrase.title)
        check(DraftFieldPhrase.server)
        check(DraftFieldPhrase.login)
        check(DraftFieldPhrase.password)
        for value in ints { check(DurationPhrase.seconds(value)) }
        for value in ints { check(DurationPhrase.milliseconds(value)) }
        for value in strings { check(FieldIssuePhrase.issue(key: value, (ValidationPhrase.samples)[0])) }
        for value in ValidationPhrase.samples { check(FieldIssuePhrase.issue(key: (strings)[0], value)) }
        check(FileKindPhrase.fifo)
        check(FileKindPhrase.folder)
        check(FileKindPhrase.characterDevice)
        check(FileKindPhrase.blockDevice)
        check(FileKindPhrase.socket)
        check(FileKindPhrase.notRegular)
        check(FormPhrase.pbxTypeHeading)
        check(FormPhrase.cloudPBX)
        check(FormPhrase.officePBX)
        check(FormPhrase.cloudDescription)
        check(FormPhrase.officeDescription)
        check(FormPhrase.countingLines)
        for value in ints { check(FormPhrase.linesSeen(total: value, cloud: (ints)[0], office: (ints)[0])) }
        for value in ints { check(FormPhrase.linesSeen(total: (ints)[0], cloud: value, office: (ints)[0])) }
        for value in ints { check(FormPhrase.linesSeen(total: (ints)[0], cloud: (ints)[0], office: value)) }
        for value in anyPhrases { check(FormPhrase.linesNotListed(value)) }
        check(FormPhrase.titleHeading)
        check(FormPhrase.titleHelp)
        check(FormPhrase.serverHeading)
        check(FormPhrase.serverHelpCloud)
        check(FormPhrase.serverHelpOffice)
        check(FormPhrase.credentialsHeading)
        for value in strings { check(FormPhrase.credentialsHeadingAt(server: value)) }
        check(FormPhrase.credentialsHelpCloud)
        check(FormPhrase.credentialsHelpOffice)
        check(FormPhrase.nameLabel)
        check(FormPhrase.serverLabel)
        check(FormPhrase.loginLabel)
        check(FormPhrase.passwordLabel)
        check(FormPhrase.warningAccept)
        check(HelpPhrase.siplineAbstract)
        check(HelpPhrase.siplineDiscussion)
        check(HelpPhrase.wizardAbstract)
        check(HelpPhrase.wizardDiscussion)
        check(HelpPhrase.wizardSandbox)
        check(HelpPhrase.wizardPlain)
        check(HelpPhrase.wizardShowSecrets)
        check(HelpPhrase.wizardNoColor)
        check(HelpPhrase.wizardLogFile)
        check(HelpPhrase.sandboxAbstract)
        check(HelpPhrase.sandboxDiscussion)
        check(HelpPhrase.sandboxPort)
        check(HelpPhrase.sandboxState)
        check(HelpPhrase.sandboxMaxCloudLines)
        check(HelpPhrase.sandboxFaultInjection)
        check(HelpPhrase.addAbstract)
        check(HelpPhrase.addDiscussion)
        check(HelpPhrase.addTitle)
        check(HelpPhrase.addServer)
        check(HelpPhrase.addLogin)
        check(HelpPhrase.addType)
        check(HelpPhrase.showSecrets)
        check(HelpPhrase.listAbstract)
        check(HelpPhrase.listDiscussion)
        check(HelpPhrase.statusAbstract)
        check(HelpPhrase.statusDiscussion)
        check(HelpPhrase.statusRegID)
        check(HelpPhrase.statusWatch)
        check(HelpPhrase.statusLimit)
        check(HelpPhrase.updateAbstract)
        check(HelpPhrase.updateDiscussion)
        check(HelpPhrase.updateTitle)
        check(HelpPhrase.updateServer)
        check(HelpPhrase.updateLogin)
        check(HelpPhrase.configIDArgument)
        check(HelpPhrase.checkAbstract)
        check(HelpPhrase.checkDiscussion)
        check(HelpPhrase.checkServer)
        check(HelpPhrase.checkTransport)
        check(HelpPhrase.checkNameserver)
        check(HelpPhrase.checkJSON)
        check(HelpPhrase.defaultAbstract)
        check(HelpPhrase.defaultDiscussion)
        check(HelpPhrase.defaultConfigID)
        check(HelpPhrase.pbxConfigAbstract)
        check(HelpPhrase.pbxConfigDiscussion)
        check(HelpPhrase.pbxConfigConfigID)
        check(HelpPhrase.pbxConfigFormat)
        check(HelpPhrase.pbxConfigShowSecrets)
        check(HelpPhrase.deleteAbstract)
        check(HelpPhrase.deleteDiscussion)
        check(HelpPhrase.deleteYes)
        check(HelpPhrase.json)
        check(HelpPhrase.logFile)
        check(HelpPhrase.language)
        check(HelpPhrase.passwordGroup)
        check(HelpPhrase.passwordStdin)
        check(HelpPhrase.passwordFile)
        check(HelpPhrase.portalGroup)
        check(HelpPhrase.webhook)
        check(HelpPhrase.webhookFile)
        check(HelpPhrase.portal)
        check(HelpTopicPhrase.portal)
        check(HelpTopicPhrase.pbxType)
        check(HelpTopicPhrase.connectionName)
        check(HelpTopicPhrase.server)
        check(HelpTopicPhrase.credentials)
        check(HelpTopicPhrase.review)
        check(HelpTopicPhrase.creatingTheLine)
        check(HelpTopicPhrase.result)
        check(HelpTopicPhrase.unknownOutcome)
        check(KeyPhrase.choose)
        check(KeyPhrase.pick)
        check(KeyPhrase.next)
        check(KeyPhrase.back)
        check(KeyPhrase.quit)
        check(KeyPhrase.help)
        check(KeyPhrase.nextFieldShort)
        check(KeyPhrase.show)
        check(KeyPhrase.hide)
        check(KeyPhrase.clear)
        check(KeyPhrase.create)
        check(KeyPhrase.edit)
        check(KeyPhrase.portal)
        check(KeyPhrase.stopWaiting)
        check(KeyPhrase.saveDetails)
        check(KeyPhrase.reveal)
        check(KeyPhrase.newLine)
        check(KeyPhrase.save)
        check(KeyPhrase.cancel)
        check(KeyPhrase.check)
        check(KeyPhrase.thisRunOnly)
        check(KeyPhrase.backToReview)
        check(KeyPhrase.closeHelp)
        check(KeyPhrase.stay)
        check(KeyPhrase.continueDraft)
        check(KeyPhrase.startFresh)
        check(KeyPhrase.fixRegistration)
        check(KeyPhrase.pbxConfig)
        check(KeyPhrase.makeDefault)
        check(KeyPhrase.registerAgain)
        check(KeyPhrase.format)
        check(KeyPhrase.scroll)
        check(KeyPhrase.helpOverlay)
        check(KeyPhrase.helpOverlayToo)
        check(KeyPhrase.redraw)
        check(KeyPhrase.quitAsking)
        check(KeyPhrase.quitNow)
        check(KeyPhrase.moveInText)
        check(KeyPhrase.startEnd)
        check(KeyPhrase.deleteBeforeUnder)
        check(KeyPhrase.clearOrDeleteWord)
        check(KeyPhrase.typedText)
        check(KeyPhrase.moveSelection)
        check(KeyPhrase.pickType)
        check(KeyPhrase.nextScreen)
        check(KeyPhrase.backToPortal)
        check(KeyPhrase.escapeQuits)
        check(KeyPhrase.nextField)
        check(KeyPhrase.previousField)
        check(KeyPhrase.checkField)
        check(KeyPhrase.togglePassword)
        check(KeyPhrase.backOneScreen)
        check(KeyPhrase.createOnce)
        check(KeyPhrase.editStep)
        check(KeyPhrase.changePortal)
        check(KeyPhrase.backToCredentials)
        check(KeyPhrase.stopWaitingExplained)
        check(KeyPhrase.ignoredWhileWaiting)
        check(KeyPhrase.backToReviewCheckFirst)
        check(KeyPhrase.saveDetailsExplained)
        check(KeyPhrase.revealPasswords)
        check(KeyPhrase.anotherLine)
        check(KeyPhrase.quitWithSummary)
        check(KeyPhrase.nothingHereLineExists)
        check(KeyPhrase.saveToPath)
        check(KeyPhrase.doNotSave)
        check(KeyPhrase.checkWebhook)
        check(KeyPhrase.backKeepingPortal)
        check(KeyPhrase.savePortalUnderName)
        check(KeyPhrase.usePortalThisRunOnly)
        check(KeyPhrase.stayInWizard)
        check(KeyPhrase.continueDraftExplained)
        check(KeyPhrase.startFreshExplained)
        check(KeyPhrase.quitKeepingDraft)
        check(KeyPhrase.fixRegistrationExplained)
        check(KeyPhrase.pbxConfigExplained)
        check(KeyPhrase.makeDefaultExplained)
        check(KeyPhrase.registerAgainExplained)
        check(KeyPhrase.backToResult)
        check(KeyPhrase.chooseFormat)
        check(KeyPhrase.scrollText)
        check(KeyPhrase.saveDetailsWithConfig)
        check(KeyPhrase.spaceKey)
        check(KeyPhrase.otherKeys)
        check(KeyPhrase.typedTextKeys)
        check(LinePhrase.server)
        check(LinePhrase.login)
        check(LinePhrase.password)
        for value in strings { check(ListPhrase.noLines(host: value)) }
        for value in ints { check(ListPhrase.summary(count: value, cloud: (ints)[0], office: (ints)[0], host: (strings)[0])) }
        for value in ints { check(ListPhrase.summary(count: (ints)[0], cloud: value, office: (ints)[0], host: (strings)[0])) }
        for value in ints { check(ListPhrase.summary(count: (ints)[0], cloud: (ints)[0], office: value, host: (strings)[0])) }
        for value in strings { check(ListPhrase.summary(count: (ints)[0], cloud: (ints)[0], office: (ints)[0], host: value)) }
        check(ListPhrase.lastColumnHeader)
        check(LostAnswerPhrase.stoppedWaiting)
        check(LostAnswerPhrase.noAnswerInTime)
        check(LostAnswerPhrase.connectionBroke)
        check(LostAnswerPhrase.answerTooLarge)
        check(LostAnswerPhrase.failedAfterSending)
        for value in ints { check(LostAnswerPhrase.serverError(status: value)) }
        for value in ints { check(LostAnswerPhrase.emptyAnswer(status: value)) }
        for value in ints { check(LostAnswerPhrase.foreignAnswer(status: value)) }
        check(LostAnswerPhrase.answerLost)
        check(LostAnswerPhrase.answerDidNotDescribeLine)
        for value in HelpTopicPhrase.samples { check(OverlayPhrase.helpTitle(value)) }
        check(OverlayPhrase.helpCloses)
        check(OverlayPhrase.quitQuestion)
        check(OverlayPhrase.quitQuestionShort)
        check(OverlayPhrase.yes)
        check(OverlayPhrase.no)
        for value in ints { check(OverlayPhrase.createdInThisRun(value)) }
        check(OverlayPhrase.draftKept)
        for value in strings { check(OverlayPhrase.continueDraft(title: value, server: (strings)[0], typedAt: (strings)[0])) }
        for value in strings { check(OverlayPhrase.continueDraft(title: (strings)[0], server: value, typedAt: (strings)[0])) }
        for value in strings { check(OverlayPhrase.continueDraft(title: (strings)[0], server: (strings)[0], typedAt: value)) }
        for value in strings { check(OverlayPhrase.typedFor(host: value)) }
        for value in ints { check(OverlayPhrase.moreDraftsKept(value)) }
        check(OverlayPhrase.passwordNeverKept)
        check(OverlayPhrase.continueChoice)
        check(OverlayPhrase.startFreshChoice)
        for value in strings { check(PBXConfigPhrase.header(title: value, configID: (ints)[0])) }
        for value in ints { check(PBXConfigPhrase.header(title: (strings)[0], configID: value)) }
        check(PBXConfigPhrase.registrationNote)
        check(PBXConfigPhrase.identifyNote)
        for value in strings { check(PBXConfigPhrase.contextNote(context: value)) }
        for value in strings { check(PBXConfigPhrase.transportNote(name: value)) }
        check(PBXConfigPhrase.passwordMasked)
        check(PBXConfigPhrase.freePBXScreen)
        check(PBXConfigPhrase.genericHeading)
        check(PBXConfigPhrase.serverLabel)
        check(PBXConfigPhrase.portLabel)
        check(PBXConfigPhrase.loginLabel)
        check(PBXConfigPhrase.passwordLabel)
        check(PBXConfigPhrase.transportLabel)
        for value in ints { check(PBXConfigPhrase.cloudLineHasNoPBXSide(configID: value)) }
        for value in ints { check(PBXConfigPhrase.noIncomingCredentials(configID: value)) }
        check(PlainPhrase.intro)
        for value in strings { check(PlainPhrase.chosenBecause(value)) }
        check(PlainPhrase.errorLead)
        check(PlainPhrase.warningLead)
        check(PlainPhrase.noteLead)
        check(PlainPhrase.doneLead)
        for value in ints { check(PlainPhrase.stepHeading(step: value, total: (ints)[0], title: (strings)[0])) }
        for value in ints { check(PlainPhrase.stepHeading(step: (ints)[0], total: value, title: (strings)[0])) }
        for value in strings { check(PlainPhrase.stepHeading(step: (ints)[0], total: (ints)[0], title: value)) }
        for value in FormPhrase.samples { check(PlainPhrase.choiceLine(name: value, description: (FormPhrase.samples)[0])) }
        for value in FormPhrase.samples { check(PlainPhrase.choiceLine(name: (FormPhrase.samples)[0], description: value)) }
        check(PlainPhrase.hidden)
        for value in anyPhrases { check(PlainPhrase.registration(value)) }
        for value in strings { check(PlainPhrase.ask(label: value)) }
        for value in strings { check(PlainPhrase.askKeeping(label: value, current: (strings)[0])) }
        for value in strings { check(PlainPhrase.askKeeping(label: (strings)[0], current: value)) }
        for value in strings { check(PlainPhrase.askSecret(label: value)) }
        for value in strings { check(PlainPhrase.askSecretKeeping(label: value)) }
        for value in ints { check(PlainPhrase.askType(current: value)) }
        check(PlainPhrase.askWebhook)
        check(PlainPhrase.askWebhookOrRecheck)
        for value in strings { check(PlainPhrase.askPortalName(suggested: value)) }
        check(PlainPhrase.askCreate)
        check(PlainPhrase.askQuit)
        check(PlainPhrase.askContinueDraft)
        for value in ints { check(PlainPhrase.askNext(quit: value)) }
        check(PlainPhrase.askFormat)
        check(PlainPhrase.stepSave)
        check(PlainPhrase.stepDefault)
        check(PlainPhrase.stepFix)
        check(PlainPhrase.stepPBXConfig)
        check(PlainPhrase.stepNewLine)
        check(PlainPhrase.stepQuit)
        for value in strings { check(PlainPhrase.askSavePath(suggested: value)) }
        check(PlainPhrase.askAfterUnknown)
        check(PlainPhrase.answerYesOrNo)
        check(PlainPhrase.answerOneOrTwo)
        check(PlainPhrase.answerCreate)
        check(PlainPhrase.answerOneTwoThree)
        for value in ints { check(PlainPhrase.answerFromOneTo(value)) }
        check(PlainPhrase.answerEnterOrQ)
        check(PortalPhrase.heading)
        check(PortalPhrase.help)
        check(PortalPhrase.emptyWebhook)
        for value in strings { check(PortalPhrase.inUse(host: value, webhook: (strings)[0])) }
        for value in strings { check(PortalPhrase.inUse(host: (strings)[0], webhook: value)) }
        check(PortalPhrase.addRefused)
        check(PortalPhrase.recheckHint)
        for value in strings { check(PortalPhrase.worksAgain(host: value)) }
        for value in anyPhrases { check(PortalPhrase.malformed(value)) }
        for value in anyPhrases { check(PortalPhrase.unreachable(value)) }
        check(PortalPhrase.badWebhook)
        for value in strings { check(PortalPhrase.missingScope(value)) }
        check(PortalPhrase.missingRight)
        check(PortalPhrase.wrongAuthType)
        for value in anyPhrases { check(PortalPhrase.refusedCheck(value)) }
        check(PortalPhrase.checking)
        for value in strings { check(PortalPhrase.works(host: value)) }
        for value in strings { check(PortalPhrase.connectorPaid(until: value)) }
        for value in ints { check(PortalPhrase.connectorFreeMinutes(value)) }
        check(PortalPhrase.connectorUnpaid)
        check(PortalPhrase.saveHint)
        for value in anyPhrases { check(PortalPhrase.saveFailed(value)) }
        for value in strings { check(PortalPhrase.saved(name: value, host: (strings)[0])) }
        for value in strings { check(PortalPhrase.saved(name: (strings)[0], host: value)) }
        for value in strings { check(PortalPhrase.forThisRun(host: value)) }
        check(PortalPhrase.webhookLabel)
        check(PortalPhrase.saveAsLabel)
        check(PortalPhrase.savingPortal)
        for value in strings { check(PortalReplyPhrase.codeAndText(code: value, text: (strings)[0])) }
        for value in strings { check(PortalReplyPhrase.codeAndText(code: (strings)[0], text: value)) }
        for value in strings { check(PortalReplyPhrase.code(value)) }
        for value in strings { check(PortalReplyPhrase.text(value)) }
        for value in ints { check(PortalReplyPhrase.status(value)) }
        check(PortalResolutionPhrase.howToGiveAPortal)
        for value in strings { check(PortalResolutionPhrase.unknownPortal(name: value, known: Array((strings).prefix(2)))) }
        for value in lists(strings) { check(PortalResolutionPhrase.unknownPortal(name: (strings)[0], known: value)) }
        for value in strings { check(PortalResolutionPhrase.unknownPortalWithoutPortals(name: value, configPath: (strings)[0])) }
        for value in strings { check(PortalResolutionPhrase.unknownPortalWithoutPortals(name: (strings)[0], configPath: value)) }
        for value in CredentialsPhrase.samples { check(PortalResolutionPhrase.badWebhookFlag(value)) }
        for value in CredentialsPhrase.samples { check(PortalResolutionPhrase.badEnvironmentWebhook(value)) }
        for value in PrivateFilePhrase.samples { check(PortalResolutionPhrase.unreadableWebhookFile(value)) }
        for value in strings { check(PortalResolutionPhrase.badWebhookFile(path: value, (CredentialsPhrase.samples)[0])) }
        for value in CredentialsPhrase.samples { check(PortalResolutionPhrase.badWebhookFile(path: (strings)[0], value)) }
        for value in ConfigPhrase.samples { check(PortalResolutionPhrase.badConfig(value)) }
        for value in strings { check(PortalResolutionPhrase.badConfigPortal(configPath: value, name: (strings)[0], (CredentialsPhrase.samples)[0])) }
        for value in strings { check(PortalResolutionPhrase.badConfigPortal(configPath: (strings)[0], name: value, (CredentialsPhrase.samples)[0])) }
        for value in CredentialsPhrase.samples { check(PortalResolutionPhrase.badConfigPortal(configPath: (strings)[0], name: (strings)[0], value)) }
        for value in strings { check(PortalResolutionPhrase.webhookFileReadableByOthers(path: value)) }
        for value in strings { check(PrivateFilePhrase.readableByOthers(path: value, mode: (strings)[0])) }
        for value in strings { check(PrivateFilePhrase.readableByOthers(path: (strings)[0], mode: value)) }
        for value in strings { check(PrivateFilePhrase.missing(path: value)) }
        for value in strings { check(PrivateFilePhrase.systemFailure(path: value, operation: (strings)[0], reason: (strings)[0])) }
        for value in strings { check(PrivateFilePhrase.systemFailure(path: (strings)[0], operation: value, reason: (strings)[0])) }
        for value in strings { check(PrivateFilePhrase.systemFailure(path: (strings)[0], operation: (strings)[0], reason: value)) }
        for value in strings { check(PrivateFilePhrase.notUTF8(path: value)) }
        for value in strings { check(PrivateFilePhrase.symbolicLink(path: value)) }
        for value in strings { check(PrivateFilePhrase.notRegularFile(path: value, kind: (FileKindPhrase.samples)[0])) }
        for value in FileKindPhrase.samples { check(PrivateFilePhrase.notRegularFile(path: (strings)[0], kind: value)) }
        for value in strings { check(PrivateFilePhrase.ownedByAnotherUser(path: value, owner: (ints)[0])) }
        for value in ints { check(PrivateFilePhrase.ownedByAnotherUser(path: (strings)[0], owner: value)) }
        for value in PortalReplyPhrase.samples { check(RESTPhrase.webhookRefused(reply: value)) }
        for value in PortalReplyPhrase.samples { check(RESTPhrase.accessTokenRefused(reply: value)) }
        for value in PortalReplyPhrase.samples { check(RESTPhrase.refreshTokenRefused(reply: value)) }
        for value in strings { check(RESTPhrase.missingScope(scope: value, reply: (PortalReplyPhrase.samples)[0])) }
        for value in PortalReplyPhrase.samples { check(RESTPhrase.missingScope(scope: (strings)[0], reply: value)) }
        for value in PortalReplyPhrase.samples { check(RESTPhrase.missingUnknownScope(reply: value)) }
        for value in PortalReplyPhrase.samples { check(RESTPhrase.missingRight(reply: value)) }
        for value in PortalReplyPhrase.samples { check(RESTPhrase.wrongAuthType(reply: value)) }
        for value in PortalReplyPhrase.samples { check(RESTPhrase.invalidRequest(reply: value)) }
        for value in ints { check(RESTPhrase.rateLimited(attempts: value, reply: (PortalReplyPhrase.samples)[0])) }
        for value in PortalReplyPhrase.samples { check(RESTPhrase.rateLimited(attempts: (ints)[0], reply: value)) }
        for value in [nil] + strings.map(Optional.some) { check(RESTPhrase.operatingLimit(portalText: value, resetAt: Optional.some((strings)[0]))) }
        for value in [nil] + strings.map(Optional.some) { check(RESTPhrase.operatingLimit(portalText: Optional.some((strings)[0]), resetAt: value)) }
        for value in PortalReplyPhrase.samples { check(RESTPhrase.overload(reply: value)) }
        for value in [nil] + strings.map(Optional.some) { check(RESTPhrase.methodNotFound(method: value, reply: (PortalReplyPhrase.samples)[0])) }
        for value in PortalReplyPhrase.samples { check(RESTPhrase.methodNotFound(method: Optional.some((strings)[0]), reply: value)) }
        for value in PortalReplyPhrase.samples { check(RESTPhrase.notFound(reply: value)) }
        for value in PortalReplyPhrase.samples { check(RESTPhrase.portalDeleted(reply: value)) }
        for value in lists(strings) { check(RESTPhrase.fieldErrors(messages: value)) }
        check(RESTPhrase.fieldErrorsWithoutDetails)
        for value in PortalReplyPhrase.samples { check(RESTPhrase.titleExists(reply: value)) }
        for value in PortalReplyPhrase.samples { check(RESTPhrase.maxCloudPBX(reply: value)) }
        for value in ints { check(RESTPhrase.serverFault(status: value, code: Optional.some((strings)[0]), text: Optional.some((strings)[0]))) }
        for value in [nil] + strings.map(Optional.some) { check(RESTPhrase.serverFault(status: (ints)[0], code: value, text: Optional.some((strings)[0]))) }
        for value in [nil] + strings.map(Optional.some) { check(RESTPhrase.serverFault(status: (ints)[0], code: Optional.some((strings)[0]), text: value)) }
        for value in PortalReplyPhrase.samples { check(RESTPhrase.refused(reply: value)) }
        for value in TransportPhrase.samples { check(RESTPhrase.transport(value)) }
        for value in CredentialsPhrase.samples { check(RESTPhrase.invalidCredentials(value)) }
        for value in ints { check(RESTPhrase.unexpectedAnswer(status: value, excerpt: (strings)[0])) }
        for value in strings { check(RESTPhrase.unexpectedAnswer(status: (ints)[0], excerpt: value)) }
        for value in ints { check(RESTPhrase.emptyAnswer(status: value)) }
        for value in ints { check(RESTPhrase.secondRedirect(status: value, location: Optional.some((strings)[0]))) }
        for value in [nil] + strings.map(Optional.some) { check(RESTPhrase.secondRedirect(status: (ints)[0], location: value)) }
        for value in ints { check(RESTPhrase.insecureRedirect(status: value, location: Optional.some((strings)[0]))) }
        for value in [nil] + strings.map(Optional.some) { check(RESTPhrase.insecureRedirect(status: (ints)[0], location: value)) }
        for value in ints { check(RESTPhrase.redirectWithoutLocation(status: value)) }
        for value in LostAnswerPhrase.samples { check(ReconciliationPhrase.noNewLine(cause: value)) }
        for value in LostAnswerPhrase.samples { check(ReconciliationPhrase.listingFailed(cause: value, error: (ServicePhrase.samples)[0], title: (strings)[0])) }
        for value in ServicePhrase.samples { check(ReconciliationPhrase.listingFailed(cause: (LostAnswerPhrase.samples)[0], error: value, title: (strings)[0])) }
        for value in strings { check(ReconciliationPhrase.listingFailed(cause: (LostAnswerPhrase.samples)[0], error: (ServicePhrase.samples)[0], title: value)) }
        for value in LostAnswerPhrase.samples { check(ReconciliationPhrase.listingTimedOut(cause: value, after: (DurationPhrase.samples)[0], title: (strings)[0])) }
        for value in DurationPhrase.samples { check(ReconciliationPhrase.listingTimedOut(cause: (LostAnswerPhrase.samples)[0], after: value, title: (strings)[0])) }
        for value in strings { check(ReconciliationPhrase.listingTimedOut(cause: (LostAnswerPhrase.samples)[0], after: (DurationPhrase.samples)[0], title: value)) }
        check(RegistrationPhrase.registered)
        check(RegistrationPhrase.stillWaiting)
        for value in ints { check(RegistrationPhrase.noAnswerAfterLimit(seconds: value)) }
        for value in ints { check(RegistrationPhrase.credentialsRefused(code: value)) }
        check(RegistrationPhrase.forbidden)
        check(RegistrationPhrase.unknownLogin)
        for value in ints { check(RegistrationPhrase.noTimelyAnswer(code: value)) }
        check(RegistrationPhrase.intervalTooBrief)
        for value in ints { check(RegistrationPhrase.loop(code: value)) }
        check(RegistrationPhrase.busyHere)
        check(RegistrationPhrase.providerInternalError)
        check(RegistrationPhrase.hostnameUnresolved)
        check(RegistrationPhrase.badGateway)
        check(RegistrationPhrase.serviceUnavailable)
        check(RegistrationPhrase.declined)
        for value in ints { check(RegistrationPhrase.otherRequestFailure(code: value)) }
        for value in ints { check(RegistrationPhrase.otherServerFailure(code: value)) }
        for value in ints { check(RegistrationPhrase.otherGlobalFailure(code: value)) }
        for value in ints { check(RegistrationPhrase.unexpectedCode(code: value)) }
        for value in strings { check(RegistrationPhrase.providerSaid(message: value)) }
        for value in ints { check(RegistrationPhrase.runWatchToFollow(regID: value)) }
        for value in strings { check(ResultPhrase.cloudCreated(title: value)) }
        for value in strings { check(ResultPhrase.registrationAt(server: value)) }
        for value in strings { check(ResultPhrase.officeCreated(title: value)) }
        check(ResultPhrase.enterOnYourPBX)
        for value in ints { check(ResultPhrase.yourPBX(configID: value, server: (strings)[0], login: (strings)[0])) }
        for value in strings { check(ResultPhrase.yourPBX(configID: (ints)[0], server: value, login: (strings)[0])) }
        for value in strings { check(ResultPhrase.yourPBX(configID: (ints)[0], server: (strings)[0], login: value)) }
        check(ResultPhrase.moreLead)
        for value in anyPhrases { check(ResultPhrase.foundAfterCheck(reason: value)) }
        for value in strings { check(ResultPhrase.saving(path: value)) }
        for value in strings { check(ResultPhrase.saved(path: value)) }
        for value in strings { check(ResultPhrase.saveFailed(path: value, reason: (anyPhrases)[0])) }
        for value in anyPhrases { check(ResultPhrase.saveFailed(path: (strings)[0], reason: value)) }
        for value in anyPhrases { check(ResultPhrase.historyNotWritten(value)) }
        check(ResultPhrase.noRegID)
        for value in strings { check(ResultPhrase.registered(code: value)) }
        for value in strings { check(ResultPhrase.providerSaid(value)) }
        for value in anyPhrases { check(ResultPhrase.couldNotAsk(value, regID: (ints)[0])) }
        for value in ints { check(ResultPhrase.couldNotAsk((anyPhrases)[0], regID: value)) }
        for value in anyPhrases { check(ResultPhrase.couldNotAskRetrying(value)) }
        check(ResultPhrase.waiting)
        check(ResultPhrase.inProgress)
        check(ResultPhrase.updatesByItself)
        check(ResultPhrase.saveToLabel)
        check(ResultPhrase.fileHoldsPasswords)
        check(ResultPhrase.detailsFileHeader)
        for value in strings { check(ResultPhrase.sandboxHost(value)) }
        for value in anyPhrases { check(ResultPhrase.fixRefused(value)) }
        check(ResultPhrase.fixHint)
        check(ResultPhrase.sendingFix)
        check(ResultPhrase.settingDefault)
        for value in anyPhrases { check(ResultPhrase.defaultRefused(value)) }
        for value in strings { check(ResultPhrase.pbxConfigHeading(format: value)) }
        check(ResultPhrase.pbxConfigFormats)
        check(ResultPhrase.genericFormat)
        check(ResultPhrase.pbxConfigUnavailable)
        check(ReviewPhrase.heading)
        check(ReviewPhrase.typeLabel)
        check(ReviewPhrase.nameLabel)
        check(ReviewPhrase.serverLabel)
        check(ReviewPhrase.loginLabel)
        check(ReviewPhrase.passwordLabel)
        check(ReviewPhrase.portalLabel)
        for value in strings { check(ReviewPhrase.webhookInParentheses(value)) }
        check(ReviewPhrase.fixFirstProblem)
        check(ReviewPhrase.createButton)
        for value in strings { check(ReviewPhrase.creatingOn(host: value)) }
        for value in FormPhrase.samples { check(ReviewPhrase.submittedLine(type: value, title: (strings)[0], server: (strings)[0], login: (strings)[0])) }
        for value in strings { check(ReviewPhrase.submittedLine(type: (FormPhrase.samples)[0], title: value, server: (strings)[0], login: (strings)[0])) }
        for value in strings { check(ReviewPhrase.submittedLine(type: (FormPhrase.samples)[0], title: (strings)[0], server: value, login: (strings)[0])) }
        for value in strings { check(ReviewPhrase.submittedLine(type: (FormPhrase.samples)[0], title: (strings)[0], server: (strings)[0], login: value)) }
        check(ReviewPhrase.stoppedWaiting)
        check(ReviewPhrase.stopWaitingHint)
        check(ReviewPhrase.unknownTitle)
        check(ReviewPhrase.unknownBody)
        for value in anyPhrases { check(ReviewPhrase.whatHappened(value)) }
        check(ReviewPhrase.unknownAdvice)
        check(ReviewPhrase.unknownKeys)
        check(ReviewPhrase.checkBeforeRetry)
        for value in anyPhrases { check(ReviewPhrase.notCreated(reason: value)) }
        for value in strings { check(ReviewPhrase.titleExists(title: value)) }
        check(ReviewPhrase.maxCloudLines)
        check(ReviewPhrase.fieldErrorsIntro)
        for value in strings { check(ReviewPhrase.portalSaid(value)) }
        for value in anyPhrases { check(ReviewPhrase.unavailable(value)) }
        for value in anyPhrases { check(ReviewPhrase.refused(value)) }
        for value in strings { check(ReviewPhrase.serverChecked(server: value, summary: (anyPhrases)[0])) }
        for value in anyPhrases { check(ReviewPhrase.serverChecked(server: (strings)[0], summary: value)) }
        for value in ints { check(SandboxPhrase.portOutOfRange(port: value)) }
        for value in ints { check(SandboxPhrase.maxCloudLinesNegative(value: value)) }
        check(ScreenPhrase.headerNew)
        check(ScreenPhrase.headerCreated)
        for value in ints { check(ScreenPhrase.step(value, of: (ints)[0])) }
        for value in ints { check(ScreenPhrase.step((ints)[0], of: value)) }
        check(ScreenPhrase.sandboxMark)
        for value in ints { check(ScreenPhrase.tooSmall(columns: value, rows: (ints)[0])) }
        for value in ints { check(ScreenPhrase.tooSmall(columns: (ints)[0], rows: value)) }
        check(ScreenPhrase.enlargeKeepsEverything)
        check(ScreenPhrase.moreMakeTaller)
        check(ScreenPhrase.moreScrollDown)
        for value in ints { check(ScreenPhrase.seconds(value)) }
        for value in RESTPhrase.samples { check(ServicePhrase.portal(value)) }
        for value in ints { check(ServicePhrase.lineNotFound(configID: value, (RESTPhrase.samples)[0])) }
        for value in RESTPhrase.samples { check(ServicePhrase.lineNotFound(configID: (ints)[0], value)) }
        for value in ints { check(ServicePhrase.registrationNotFound(regID: value, (RESTPhrase.samples)[0])) }
        for value in RESTPhrase.samples { check(ServicePhrase.registrationNotFound(regID: (ints)[0], value)) }
        for value in strings { check(ServicePhrase.unreadableAnswer(method: value, problem: (AnswerProblemPhrase.samples)[0])) }
        for value in AnswerProblemPhrase.samples { check(ServicePhrase.unreadableAnswer(method: (strings)[0], problem: value)) }
        for value in lists(FieldIssuePhrase.samples) { check(ServicePhrase.invalidDraft(issues: value)) }
        check(ServicePhrase.nothingToChange)
        for value in ints { check(ServicePhrase.listNotFinished(pages: value)) }
        check(ServicePhrase.linesNotListed)
        for value in strings { check(ServicePhrase.untranslated(value)) }
        for value in ints { check(StatusPhrase.registration(regID: value, result: (strings)[0], code: Optional.some((ints)[0]), message: Optional.some((strings)[0]), updated: Optional.some((strings)[0]))) }
        for value in strings { check(StatusPhrase.registration(regID: (ints)[0], result: value, code: Optional.some((ints)[0]), message: Optional.some((strings)[0]), updated: Optional.some((strings)[0]))) }
        for value in [nil] + ints.map(Optional.some) { check(StatusPhrase.registration(regID: (ints)[0], result: (strings)[0], code: value, message: Optional.some((strings)[0]), updated: Optional.some((strings)[0]))) }
        for value in [nil] + strings.map(Optional.some) { check(StatusPhrase.registration(regID: (ints)[0], result: (strings)[0], code: Optional.some((ints)[0]), message: value, updated: Optional.some((strings)[0]))) }
        for value in [nil] + strings.map(Optional.some) { check(StatusPhrase.registration(regID: (ints)[0], result: (strings)[0], code: Optional.some((ints)[0]), message: Optional.some((strings)[0]), updated: value)) }
        for value in ints { check(StatusPhrase.regIDNotPositive(value: value)) }
        check(StatusPhrase.intervalNotPositive)
        check(StatusPhrase.limitNotPositive)
        for value in strings { check(SummaryPhrase.cloudLine(title: value, configID: (ints)[0])) }
        for value in ints { check(SummaryPhrase.cloudLine(title: (strings)[0], configID: value)) }
        for value in strings { check(SummaryPhrase.officeLine(title: value, configID: (ints)[0])) }
        for value in ints { check(SummaryPhrase.officeLine(title: (strings)[0], configID: value)) }
        for value in strings { check(SummaryPhrase.createdOne(line: value, place: (strings)[0])) }
        for value in strings { check(SummaryPhrase.createdOne(line: (strings)[0], place: value)) }
        for value in ints { check(SummaryPhrase.createdMany(count: value, place: (strings)[0], lines: (strings)[0])) }
        for value in strings { check(SummaryPhrase.createdMany(count: (ints)[0], place: value, lines: (strings)[0])) }
        for value in strings { check(SummaryPhrase.createdMany(count: (ints)[0], place: (strings)[0], lines: value)) }
        for value in strings { check(SummaryPhrase.sandboxPlace(host: value)) }
        for value in anyPhrases { check(SummaryPhrase.draftNotKept(value)) }
        check(TerminalPhrase.notATerminal)
        check(TerminalPhrase.termNotSet)
        check(TerminalPhrase.dumbTerminal)
        for value in strings { check(TerminalPhrase.unknownTerminal(value)) }
        for value in strings { check(TerminalPhrase.unusableTerminal(value)) }
        for value in strings { check(TerminalPhrase.cursesFailed(value)) }
        for value in strings { check(TransportDetailPhrase.system(value)) }
        check(TransportDetailPhrase.tlsHandshakeTimedOut)
        check(TransportDetailPhrase.proxyHandshakeTimedOut)
        check(TransportDetailPhrase.proxyRefused)
        check(TransportDetailPhrase.proxyNeedsAuthentication)
        check(TransportDetailPhrase.noDataInTime)
        check(TransportDetailPhrase.requestTimeoutPassed)
        check(TransportDetailPhrase.sendingTimedOut)
        check(TransportDetailPhrase.portalClosedConnection)
        check(TransportDetailPhrase.answerCutShort)
        check(TransportDetailPhrase.connectionClosed)
        check(TransportDetailPhrase.tlsClosedUncleanly)
        check(TransportDetailPhrase.notAnHTTPAddress)
        for value in strings { check(TransportDetailPhrase.notAProxyAddress(variable: value)) }
        check(TransportDetailPhrase.clientShutDown)
        check(TransportDetailPhrase.certificateNotTrusted)
        check(TransportDetailPhrase.certificateForAnotherHost)
        check(TransportDetailPhrase.certificateExpired)
        check(TransportDetailPhrase.notTLS)
        check(TransportDetailPhrase.tlsHandshakeFailed)
        for value in strings { check(TransportPhrase.refused(target: value, detail: Optional.some((TransportDetailPhrase.samples)[0]))) }
        for value in [nil] + TransportDetailPhrase.samples.map(Optional.some) { check(TransportPhrase.refused(target: (strings)[0], detail: value)) }
        for value in strings { check(TransportPhrase.dns(target: value, detail: Optional.some((TransportDetailPhrase.samples)[0]))) }
        for value in [nil] + TransportDetailPhrase.samples.map(Optional.some) { check(TransportPhrase.dns(target: (strings)[0], detail: value)) }
        for value in strings { check(TransportPhrase.tls(target: value, detail: Optional.some((TransportDetailPhrase.samples)[0]))) }
        for value in [nil] + TransportDetailPhrase.samples.map(Optional.some) { check(TransportPhrase.tls(target: (strings)[0], detail: value)) }
        for value in strings { check(TransportPhrase.connectTimeout(target: value, detail: Optional.some((TransportDetailPhrase.samples)[0]))) }
        for value in [nil] + TransportDetailPhrase.samples.map(Optional.some) { check(TransportPhrase.connectTimeout(target: (strings)[0], detail: value)) }
        for value in strings { check(TransportPhrase.proxy(target: value, detail: Optional.some((TransportDetailPhrase.samples)[0]))) }
        for value in [nil] + TransportDetailPhrase.samples.map(Optional.some) { check(TransportPhrase.proxy(target: (strings)[0], detail: value)) }
        for value in strings { check(TransportPhrase.timeoutAfterSend(target: value, detail: Optional.some((TransportDetailPhrase.samples)[0]))) }
        for value in [nil] + TransportDetailPhrase.samples.map(Optional.some) { check(TransportPhrase.timeoutAfterSend(target: (strings)[0], detail: value)) }
        for value in strings { check(TransportPhrase.connectionLost(target: value, detail: Optional.some((TransportDetailPhrase.samples)[0]))) }
        for value in [nil] + TransportDetailPhrase.samples.map(Optional.some) { check(TransportPhrase.connectionLost(target: (strings)[0], detail: value)) }
        for value in strings { check(TransportPhrase.answerTooLarge(target: value, detail: Optional.some((TransportDetailPhrase.samples)[0]))) }
        for value in [nil] + TransportDetailPhrase.samples.map(Optional.some) { check(TransportPhrase.answerTooLarge(target: (strings)[0], detail: value)) }
        for value in strings { check(TransportPhrase.cancelledAfterSending(target: value)) }
        for value in strings { check(TransportPhrase.cancelledBeforeSending(target: value)) }
        for value in strings { check(TransportPhrase.other(target: value, detail: Optional.some((TransportDetailPhrase.samples)[0]))) }
        for value in [nil] + TransportDetailPhrase.samples.map(Optional.some) { check(TransportPhrase.other(target: (strings)[0], detail: value)) }
        for value in ints { check(UpdatePhrase.updated(configID: value, host: (strings)[0], fields: Array((strings).prefix(2)))) }
        for value in strings { check(UpdatePhrase.updated(configID: (ints)[0], host: value, fields: Array((strings).prefix(2)))) }
        for value in lists(strings) { check(UpdatePhrase.updated(configID: (ints)[0], host: (strings)[0], fields: value)) }
        check(UpdatePhrase.nothingToChange)
        for value in DraftFieldPhrase.samples { check(ValidationPhrase.controlCharacter(field: value, character: (strings)[0], position: (ints)[0])) }
        for value in strings { check(ValidationPhrase.controlCharacter(field: (DraftFieldPhrase.samples)[0], character: value, position: (ints)[0])) }
        for value in ints { check(ValidationPhrase.controlCharacter(field: (DraftFieldPhrase.samples)[0], character: (strings)[0], position: value)) }
        for value in DraftFieldPhrase.samples { check(ValidationPhrase.controlCharacters(field: value, character: (strings)[0], position: (ints)[0], more: (ints)[0])) }
        for value in strings { check(ValidationPhrase.controlCharacters(field: (DraftFieldPhrase.samples)[0], character: value, position: (ints)[0], more: (ints)[0])) }
        for value in ints { check(ValidationPhrase.controlCharacters(field: (DraftFieldPhrase.samples)[0], character: (strings)[0], position: value, more: (ints)[0])) }
        for value in ints { check(ValidationPhrase.controlCharacters(field: (DraftFieldPhrase.samples)[0], character: (strings)[0], position: (ints)[0], more: value)) }
        for value in DraftFieldPhrase.samples { check(ValidationPhrase.tooLong(field: value, length: (ints)[0], limit: (ints)[0], excess: (ints)[0])) }
        for value in ints { check(ValidationPhrase.tooLong(field: (DraftFieldPhrase.samples)[0], length: value, limit: (ints)[0], excess: (ints)[0])) }
        for value in ints { check(ValidationPhrase.tooLong(field: (DraftFieldPhrase.samples)[0], length: (ints)[0], limit: value, excess: (ints)[0])) }
        for value in ints { check(ValidationPhrase.tooLong(field: (DraftFieldPhrase.samples)[0], length: (ints)[0], limit: (ints)[0], excess: value)) }
        for value in DraftFieldPhrase.samples { check(ValidationPhrase.tooLongAsPortalCounts(field: value, length: (ints)[0], limit: (ints)[0], excess: (ints)[0])) }
        for value in ints { check(ValidationPhrase.tooLongAsPortalCounts(field: (DraftFieldPhrase.samples)[0], length: value, limit: (ints)[0], excess: (ints)[0])) }
        for value in ints { check(ValidationPhrase.tooLongAsPortalCounts(field: (DraftFieldPhrase.samples)[0], length: (ints)[0], limit: value, excess: (ints)[0])) }
        for value in ints { check(ValidationPhrase.tooLongAsPortalCounts(field: (DraftFieldPhrase.samples)[0], length: (ints)[0], limit: (ints)[0], excess: value)) }
        for value in DraftFieldPhrase.samples { check(ValidationPhrase.invisibleCharacter(field: value, character: (strings)[0], position: (ints)[0])) }
        for value in strings { check(ValidationPhrase.invisibleCharacter(field: (DraftFieldPhrase.samples)[0], character: value, position: (ints)[0])) }
        for value in ints { check(ValidationPhrase.invisibleCharacter(field: (DraftFieldPhrase.samples)[0], character: (strings)[0], position: value)) }
        for value in DraftFieldPhrase.samples { check(ValidationPhrase.invisibleCharacterInHost(field: value, character: (strings)[0], position: (ints)[0])) }
        for value in strings { check(ValidationPhrase.invisibleCharacterInHost(field: (DraftFieldPhrase.samples)[0], character: value, position: (ints)[0])) }
        for value in ints { check(ValidationPhrase.invisibleCharacterInHost(field: (DraftFieldPhrase.samples)[0], character: (strings)[0], position: value)) }
        check(ValidationPhrase.titleRequired)
        check(ValidationPhrase.titleBlank)
        for value in strings { check(ValidationPhrase.titleInUse(existing: value)) }
        check(ValidationPhrase.loginRequired)
        check(ValidationPhrase.loginContainsSpace)
        check(ValidationPhrase.passwordRequired)
        check(ValidationPhrase.passwordBlank)
        check(ValidationPhrase.passwordEndsWithSpace)
        check(ValidationPhrase.passwordEndsWithSpaces)
        check(ValidationPhrase.passwordStartsWithSpace)
        check(ValidationPhrase.passwordStartsWithSpaces)
        check(ValidationPhrase.passwordStartsAndEndsWithSpaces)
        check(ValidationPhrase.serverRequired)
        for value in strings { check(ValidationPhrase.serverOnlyScheme(scheme: value)) }
        for value in strings { check(ValidationPhrase.schemeRemoved(scheme: value)) }
        for value in strings { check(ValidationPhrase.sipURI(scheme: value, suggestion: Optional.some((strings)[0]))) }
        for value in [nil] + strings.map(Optional.some) { check(ValidationPhrase.sipURI(scheme: (strings)[0], suggestion: value)) }
        for value in strings { check(ValidationPhrase.unsupportedScheme(scheme: value, suggestion: Optional.some((strings)[0]))) }
        for value in [nil] + strings.map(Optional.some) { check(ValidationPhrase.unsupportedScheme(scheme: (strings)[0], suggestion: value)) }
        for value in [nil] + strings.map(Optional.some) { check(ValidationPhrase.userPart(suggestion: value)) }
        for value in [nil] + strings.map(Optional.some) { check(ValidationPhrase.parameters(suggestion: value)) }
        for value in [nil] + strings.map(Optional.some) { check(ValidationPhrase.path(suggestion: value)) }
        for value in strings { check(ValidationPhrase.serverContainsSpace(server: value)) }
        for value in strings { check(ValidationPhrase.portWithoutHost(server: value)) }
        for value in strings { check(ValidationPhrase.unclosedBracket(server: value)) }
        for value in strings { check(ValidationPhrase.invalidIPv6(address: value)) }
        for value in strings { check(ValidationPhrase.textAfterIPv6(address: value)) }
        for value in strings { check(ValidationPhrase.unbracketedIPv6(server: value)) }
        for value in strings { check(ValidationPhrase.malformedIPv6(server: value)) }
        for value in strings { check(ValidationPhrase.tooManyColons(server: value)) }
        for value in strings { check(ValidationPhrase.portMissing(server: value)) }
        for value in strings { check(ValidationPhrase.portNotANumber(port: value)) }
        for value in strings { check(ValidationPhrase.portOutOfRange(port: value)) }
        for value in strings { check(ValidationPhrase.portLeadingZero(port: value, number: (ints)[0])) }
        for value in ints { check(ValidationPhrase.portLeadingZero(port: (strings)[0], number: value)) }
        for value in strings { check(ValidationPhrase.nonASCIIHost(host: value)) }
        for value in strings { check(ValidationPhrase.ipv4Malformed(host: value)) }
        for value in strings { check(ValidationPhrase.ipv4OutOfRange(host: value, number: (strings)[0])) }
        for value in strings { check(ValidationPhrase.ipv4OutOfRange(host: (strings)[0], number: value)) }
        for value in strings { check(ValidationPhrase.ipv4LeadingZeros(host: value, decimal: (strings)[0])) }
        for value in strings { check(ValidationPhrase.ipv4LeadingZeros(host: (strings)[0], decimal: value)) }
        for value in strings { check(ValidationPhrase.trailingDot(host: value, name: (strings)[0])) }
        for value in strings { check(ValidationPhrase.trailingDot(host: (strings)[0], name: value)) }
        for value in strings { check(ValidationPhrase.emptyLabel(name: value)) }
        for value in strings { check(ValidationPhrase.labelTooLong(label: value, length: (ints)[0], limit: (ints)[0])) }
        for value in ints { check(ValidationPhrase.labelTooLong(label: (strings)[0], length: value, limit: (ints)[0])) }
        for value in ints { check(ValidationPhrase.labelTooLong(label: (strings)[0], length: (ints)[0], limit: value)) }
        for value in strings { check(ValidationPhrase.forbiddenCharacter(name: value, character: (strings)[0])) }
        for value in strings { check(ValidationPhrase.forbiddenCharacter(name: (strings)[0], character: value)) }
        for value in strings { check(ValidationPhrase.labelStartsWithHyphen(label: value)) }
        for value in strings { check(ValidationPhrase.labelEndsWithHyphen(label: value)) }
        for value in ints { check(ValidationPhrase.hostNameTooLong(length: value, limit: (ints)[0])) }
        for value in ints { check(ValidationPhrase.hostNameTooLong(length: (ints)[0], limit: value)) }
        for value in strings { check(ValidationPhrase.numericTopLevel(name: value)) }
        for value in strings { check(ValidationPhrase.unreachable(host: value, kind: (AddressKindPhrase.samples)[0])) }
        for value in AddressKindPhrase.samples { check(ValidationPhrase.unreachable(host: (strings)[0], kind: value)) }
        for value in strings { check(ValidationPhrase.unqualifiedHost(name: value)) }
        for value in strings { check(ValidationPhrase.untranslated(value)) }
        print("migration: \(comparisons) comparisons, \(differences.count) differences")
        #expect(differences.isEmpty, "\(differences.count) of \(comparisons) differ:\n\(differences.prefix(40).joined(separator: "\n"))")
    }
}
