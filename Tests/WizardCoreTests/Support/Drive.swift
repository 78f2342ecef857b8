import SIPLineService
@testable import WizardCore
import Words

/// Building states the way a person does: by events.
enum Drive {
    static let portal = PortalInUse(host: "b24-4711.bitrix24.com", redactedWebhook: "…/rest/1/••••/", isSandbox: true)
    /// The language of the states built here: English unless a test runs under `Drive.$words.withValue(…)`.
    @TaskLocal static var words: Words = .english
    static var context: WizardContext { WizardContext(portal: portal, currentDirectory: "/home/support", words: words) }

    /// Runs `body` once per language, the states it builds speaking that language.
    static func inEachLanguage(_ body: () -> Void) {
        for language in Language.allCases { $words.withValue(Words(language), operation: body) }
    }

    static let preflight = Preflight(lines: [
        ListedLine(configID: 3, type: .cloud, title: "Main office", server: "sip.provider.example", login: "user1",
                   regID: 150907),
        ListedLine(configID: 4, type: .office, title: "Warehouse", server: "pbx.office.example", login: "office1"),
    ])

    static func started(_ context: WizardContext = context) -> WizardState {
        var state = WizardState(context: context)
        _ = Wizard.update(&state, .started)
        _ = Wizard.update(&state, .resized(.minimum))
        _ = Wizard.update(&state, .knownLinesLoaded(.success(preflight)))
        return state
    }

    @discardableResult
    static func keys(_ state: inout WizardState, _ keys: Key...) -> [WizardEffect] {
        keys.flatMap { Wizard.update(&state, .key($0)) }
    }

    @discardableResult
    static func type(_ state: inout WizardState, _ text: String) -> [WizardEffect] {
        text.flatMap { Wizard.update(&state, .key(.character($0))) }
    }

    /// Enter, then the answer, for each answer: from the type screen on, the form's steps one after another.
    @discardableResult
    static func answers(_ state: inout WizardState, _ answers: String...) -> [WizardEffect] {
        answers.flatMap { keys(&state, .enter) + type(&state, $0) }
    }

    /// Clears the field with Ctrl-U and types `text` in its place.
    @discardableResult
    static func retype(_ state: inout WizardState, _ text: String) -> [WizardEffect] {
        keys(&state, .control("u")) + type(&state, text)
    }

    /// `state` after `events`, the original left as it was: one frame of a screen, its variants from the same start.
    static func after(_ state: WizardState, _ events: WizardEvent...) -> WizardState {
        var state = state
        for event in events { _ = Wizard.update(&state, event) }
        return state
    }

    /// A valid draft walked to the review screen.
    static func atReview(title: String = "Sales line", server: String = "sip.provider.example", login: String = "user100",
                         password: String = "s3cret-pass", type pbx: PBXType = .cloud) -> WizardState {
        var state = started()
        if pbx == .office { keys(&state, .character("2")) }
        answers(&state, title, server, login, password)
        keys(&state, .enter)
        return state
    }

    static func submitting() -> WizardState {
        var state = atReview()
        keys(&state, .enter)
        return state
    }

    /// Why an add's outcome is unknown, as the service says it: the answer lost, and the lines not listed in time.
    static let unknownReason = AnyPhrase(ReconciliationPhrase.listingTimedOut(
        cause: .noAnswerInTime, after: .seconds(30), title: "Main office"))

    static let cloudLine = CreatedLine(
        id: 5, configID: 17, type: .cloud, title: "Sales line", server: "sip.provider.example", login: "user100",
        password: "s3cret-pass", detectLineNumber: false, regID: 151082)

    static let officeLine = CreatedLine(
        id: 6, configID: 18, type: .office, title: "Warehouse PBX", server: "pbx.office.example", login: "office1",
        password: "s3cret-pass", detectLineNumber: false, incomingServer: "ip.b24-4711.bitrixphone.com",
        incomingLogin: "sip7", incomingPassword: "Zq8-incoming-pw")

    static func result(_ line: CreatedLine = cloudLine) -> WizardState {
        var state = submitting()
        _ = Wizard.update(&state, .addFinished(.success(.created(line))))
        return state
    }

    static func frame(_ state: WizardState, _ size: TerminalSize = .minimum, unicode: Bool = true) -> Frame {
        Wizard.render(state, size: size, capabilities: RenderCapabilities(unicode: unicode, color: true))
    }
}

/// The portal screen, driven the same way.
extension Drive {
    static let webhook = "https://b24-4711.bitrix24.com/rest/1/q8x2secretcode7/"

    static let paidCheck = check(connector: ConnectorStatus(freeMinutes: 0, paid: true, paidUntil: "2027-03-01"))

    /// What the runtime answers for a webhook that passed: the portal, its connector, the name it offers.
    static func check(host: String = "b24-4711.bitrix24.com", redactedWebhook: String = "…/rest/1/••••/",
                      isSandbox: Bool = false, connector: ConnectorStatus, suggestedName: String = "b24-4711") -> PortalCheck {
        PortalCheck(portal: PortalInUse(host: host, redactedWebhook: redactedWebhook, isSandbox: isSandbox),
                    connector: connector, suggestedName: suggestedName)
    }

    /// A wizard started without a portal, at 80×24.
    static func portalStart() -> WizardState {
        var state = WizardState(context: WizardContext(portal: nil, currentDirectory: "/home/support", words: words))
        _ = Wizard.update(&state, .started)
        _ = Wizard.update(&state, .resized(.minimum))
        return state
    }

    /// The webhook typed and sent to be checked.
    static func checking(_ url: String = webhook) -> WizardState {
        var state = portalStart()
        type(&state, url)
        keys(&state, .enter)
        return state
    }

    static func checked(_ result: Result<PortalCheck, PortalProblem>, url: String = webhook) -> WizardState {
        var state = checking(url)
        _ = Wizard.update(&state, .portalChecked(result))
        return state
    }
}
