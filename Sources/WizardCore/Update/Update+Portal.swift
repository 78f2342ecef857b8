import SIPLineService
import Words

extension Wizard {
    static func portalChecked(_ state: inout WizardState, _ result: Result<PortalCheck, PortalProblem>) -> [WizardEffect] {
        guard state.screen == .portal, var step = state.portal, step.phase == .checking else { return [] }
        switch result {
        case .failure(let problem):
            step.phase = .problem(problem)
            state.portal = step
            return []
        case .success(let check):
            // The runtime already works on this portal: what is shown and counted follows it.
            state.context.portal = check.portal
            state.knownLines = .loading
            if step.rechecking {
                // The portal in use works now: it is already known, so there is nothing to offer to save.
                let works = Notice(.success, PortalPhrase.worksAgain(host: check.portal.host))
                state.finishPortal(notices: check.connector.canCarryCalls ? [works]
                    : [works, Notice(connector: check.connector)])
                return [.loadKnownLines]
            }
            step.phase = .offer(check)
            step.name = TextField(check.suggestedName)
            state.portal = step
            state.keepCursorsVisible()
            return [.loadKnownLines]
        }
    }
}

extension WizardState {
    /// Opens the portal screen, with the portal in use shown (when there is one) and an empty field.
    mutating func openPortal(reason: PortalStep.Reason, returnTo: Screen, problem: PortalProblem? = nil) {
        portal = PortalStep(reason: reason, returnTo: returnTo, problem: problem)
        go(to: .portal)
    }

    /// Enter on the URL: check what was typed, or with the field empty the portal in use again.
    mutating func checkTypedWebhook() -> [WizardEffect] {
        guard var step = portal else { return [] }
        let url = step.url.text.trimmingSpaces
        step.rechecking = url.isEmpty && context.portal != nil
        defer { portal = step }
        if step.rechecking {
            step.phase = .checking
            step.checkStartedAt = nil
            return [.recheckPortal]
        }
        if url.isEmpty {
            step.phase = .problem(PortalProblem(.malformed(AnyPhrase(PortalPhrase.emptyWebhook))))
            return []
        }
        step.phase = .checking
        step.checkStartedAt = nil
        return [.checkPortal(webhookURL: url)]
    }

    mutating func editWebhookURL(_ key: Key) {
        guard var step = portal, step.url.handle(key) else { return }
        // Editing shows the URL as typed again, and what was said about the old one goes.
        step.phase = .editing
        portal = step
        keepCursorsVisible()
    }

    mutating func editPortalName(_ key: Key) {
        _ = portal?.name.handle(key)
        keepCursorsVisible()
    }

    /// Enter on the name: the runtime saves it (and says so, or why not, by the config file's rule).
    mutating func savePortalUnderTypedName() -> [WizardEffect] {
        guard var step = portal, let check = step.check else { return [] }
        let name = step.name.text.trimmingSpaces
        guard !name.isEmpty else { return [] }
        step.phase = .saving(check, name: name)
        portal = step
        return [.savePortal(name: name, webhookURL: step.url.text.trimmingSpaces)]
    }

    mutating func portalSaved(name: String, error: AnyPhrase?) {
        guard screen == .portal, var step = portal, case .saving(let check, let saving) = step.phase, saving == name
        else { return }
        if let error {
            step.phase = .saveFailed(check, reason: error)
            portal = step
            return
        }
        finishPortal(savedAs: name)
    }

    /// Esc before any check: back where the screen was opened from, the portal unchanged.
    mutating func leavePortalUnchanged() {
        guard let step = portal else { return }
        portal = nil
        go(to: step.returnTo)
    }

    mutating func finishPortal(savedAs name: String?) {
        let host = context.portal?.host ?? ""
        finishPortal(notices: [name.map { Notice(.success, PortalPhrase.saved(name: $0, host: host)) }
            ?? Notice(.info, PortalPhrase.forThisRun(host: host))])
    }

    /// The chosen portal is in use: the webhook's text is dropped and the wizard goes on where it was headed.
    mutating func finishPortal(notices: [Notice]) {
        guard let step = portal else { return }
        portal = nil
        go(to: step.returnTo)
        screenNotices = ScreenNotices(notices, on: step.returnTo)
    }
}

extension Notice {
    /// The connector's state and what it means for a new line: unpaid without free minutes is only a warning.
    init(connector status: ConnectorStatus) {
        if status.paid {
            self.init(.success, PortalPhrase.connectorPaid(until: status.paidUntil ?? ""))
        } else if status.freeMinutes > 0 {
            self.init(.warning, PortalPhrase.connectorFreeMinutes(status.freeMinutes))
        } else {
            self.init(.warning, PortalPhrase.connectorUnpaid)
        }
    }
}
