import SIPLineService

extension Wizard {
    static func portalKey(_ state: inout WizardState, _ key: Key) -> [WizardEffect] {
        guard var step = state.portal else { return [] }
        defer {
            if state.screen == .portal, state.portal != nil { state.keepCursorsVisible() }
        }
        switch step.phase {
        case .checking, .saving:
            // Waiting for the runtime: Ctrl-C (handled before) is the only way out.
            return []
        case .offer(let check), .saveFailed(let check, _):
            switch key {
            case .enter:
                let name = step.name.text.trimmingSpaces
                guard !name.isEmpty else { return [] }
                guard Strings.isValidPortalName(name) else {
                    step.phase = .saveFailed(check, reason: Strings.portalNameRule)
                    state.portal = step
                    return []
                }
                step.phase = .saving(check, name: name)
                state.portal = step
                return [.savePortal(name: name, webhookURL: step.url.text.trimmingSpaces)]
            case .escape:
                return finishPortal(&state, savedAs: nil)
            default:
                _ = step.name.handle(key)
                state.portal = step
                return []
            }
        case .editing, .problem:
            switch key {
            case .enter:
                let url = step.url.text.trimmingSpaces
                step.rechecking = url.isEmpty && state.hasPortal
                if step.rechecking {
                    step.phase = .checking
                    step.checkStartedAt = nil
                    state.portal = step
                    return [.recheckPortal]
                }
                if url.isEmpty {
                    step.phase = .problem(.malformed(Strings.portalEmpty))
                    state.portal = step
                    return []
                }
                step.phase = .checking
                step.checkStartedAt = nil
                state.portal = step
                return [.checkPortal(webhookURL: url)]
            case .escape:
                guard state.hasPortal, step.reason != .noPortal else { return controlC(&state) }
                state.portal = nil
                state.go(to: step.returnTo)
                return []
            default:
                guard step.url.handle(key) else { return [] }
                // Editing shows the URL as typed again, and what was said about the old one goes.
                step.phase = .editing
                state.portal = step
                return []
            }
        }
    }

    static func portalChecked(_ state: inout WizardState, _ result: Result<PortalCheck, PortalProblem>) -> [WizardEffect] {
        guard state.screen == .portal, var step = state.portal, step.phase == .checking else { return [] }
        switch result {
        case .failure(let problem):
            step.phase = .problem(problem)
            state.portal = step
            return []
        case .success(let check):
            // The runtime already works on this portal: what is shown and counted follows it.
            state.context.portalHost = check.host
            state.context.redactedWebhook = check.redactedWebhook
            state.context.isSandbox = check.isSandbox
            if step.rechecking {
                // The portal in use works now: it is already known, so there is nothing to offer to save.
                let works = Notice(.success, Strings.portalWorksAgain(host: check.host))
                _ = finishPortal(&state, notices: check.connector.canCarryCalls ? [works]
                    : [works, Strings.connector(check.connector)])
                state.preflight = .loading
                return [.loadPreflight]
            }
            step.phase = .offer(check)
            step.name = TextField(Strings.defaultPortalName(host: check.host, isSandbox: check.isSandbox))
            state.portal = step
            state.keepCursorsVisible()
            state.preflight = .loading
            return [.loadPreflight]
        }
    }

    static func portalSaved(_ state: inout WizardState, name: String, error: String?) -> [WizardEffect] {
        guard state.screen == .portal, var step = state.portal, case .saving(let check, let saving) = step.phase,
              saving == name else { return [] }
        if let error {
            step.phase = .saveFailed(check, reason: error)
            state.portal = step
            return []
        }
        return finishPortal(&state, savedAs: name)
    }

    static func finishPortal(_ state: inout WizardState, savedAs name: String?) -> [WizardEffect] {
        let host = state.context.portalHost
        return finishPortal(&state, notices: [name.map { Notice(.success, Strings.portalSaved(name: $0, host: host)) }
            ?? Notice(.info, Strings.portalForThisRun(host: host))])
    }

    /// The chosen portal is in use: the webhook's text is dropped and the wizard goes on where it was headed.
    static func finishPortal(_ state: inout WizardState, notices: [Notice]) -> [WizardEffect] {
        guard let step = state.portal else { return [] }
        state.portal = nil
        state.go(to: step.returnTo)
        state.screenNotices = notices
        state.screenNoticesOn = step.returnTo
        return []
    }
}

extension WizardState {
    /// Opens the portal screen, with the portal in use shown (when there is one) and an empty field.
    mutating func openPortal(reason: PortalStep.Reason, returnTo: Screen, problem: PortalProblem? = nil) {
        portal = PortalStep(reason: reason, returnTo: returnTo, problem: problem)
        go(to: .portal)
    }
}
