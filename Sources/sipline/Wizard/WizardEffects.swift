import Platform
import PortalConfig
import ServerCheck
import SIPLineService
import WizardCore
import Words

/// The one place where the wizard's effects are carried out: one exhaustive switch, each effect one method.
/// It runs on the UI thread; calls to the portal run as tasks that post their answers to the mailbox, files are
/// written at once. It keeps no copy of the wizard's state: every effect carries what it needs.
final class WizardEffects {
    /// What the wizard needs around it besides the portal in use.
    struct Surroundings {
        var connect: WizardPortalConnector
        /// Saves a checked webhook as a named portal in the config file; nil when saved, else why not.
        var savePortal: @Sendable (_ name: String, _ webhookURL: String) async -> AnyPhrase?
        var drafts: WizardDraftFiles
        var history: LineHistory
        /// Checks a server from this machine (the system's resolver, or SIPLINE_NAMESERVER's).
        var serverChecker: ServerChecker
        /// The portal's waits, shown while a line is being created.
        var portalWaits: PortalWaits
    }

    private let slot: PortalSlot
    private let mailbox: Mailbox
    private let around: Surroundings
    private var submission: Task<Void, Never>?
    private var serverCheck: Task<Void, Never>?
    /// Set by `.quit`: the runtime stops and the command maps it to the exit status.
    private(set) var ended: QuitReason?
    /// The last draft write failed: said again on the normal screen after the terminal is given back.
    private(set) var draftFailure: AnyPhrase?
    /// This run's draft as last written (nil once its line was created): named on the normal screen at the end.
    private(set) var keptDraft: KeptDraft?

    init(slot: PortalSlot, mailbox: Mailbox, around: Surroundings) {
        self.slot = slot
        self.mailbox = mailbox
        self.around = around
        around.portalWaits.attach(mailbox)
    }

    func perform(_ effect: WizardEffect) {
        switch effect {
        case .loadKnownLines: loadKnownLines()
        case .submit(let draft, let knownLines): submit(draft, knownLines: knownLines)
        case .stopWaiting: submission?.cancel()
        case .pollStatus(let regID, let after): pollStatus(regID, after: after)
        case .saveDetails(let path, let contents): saveDetails(contents, to: path)
        case .checkPortal(let webhookURL): check(webhookURL)
        case .recheckPortal: recheck()
        case .savePortal(let name, let webhookURL): savePortal(name, webhookURL: webhookURL)
        case .saveDraft(let kept): saveDraft(kept)
        case .continueDraft: around.drafts.adoptOffered()
        case .dropOfferedDraft: report { () throws(PrivateFiles.Failure) in try around.drafts.dropOffered() }
        case .discardDraft:
            keptDraft = nil
            report { () throws(PrivateFiles.Failure) in try around.drafts.discard() }
        case .recordCreated(let line, let portal): record(line, on: portal)
        case .checkServer(let server): checkServer(server)
        case .makeDefault(let line): makeDefault(line)
        case .reRegister(let configID, let server, let login, let password):
            reRegister(configID: configID, server: server, login: login, password: password)
        case .recordUpdated(let line, let changed, let portal): record(line, changed: changed, on: portal)
        case .quit(let reason):
            serverCheck?.cancel()
            ended = reason
        }
    }

    // MARK: the portal

    private static let noPortal = SIPLineError(kind: .unavailable, message: "No portal is in use yet.")

    private func loadKnownLines() {
        guard let used = slot.current else { return mailbox.post(.knownLinesLoaded(.failure(Self.noPortal))) }
        let mailbox = mailbox
        let slot = slot
        Task {
            let result: Result<Preflight, SIPLineError>
            do throws(SIPLineError) { result = .success(try await used.portal.service.preflight()) } catch { result = .failure(error) }
            // A list of a portal replaced meanwhile would count the wrong lines.
            if slot.isCurrent(used.generation) { mailbox.post(.knownLinesLoaded(result)) }
        }
    }

    private func submit(_ draft: LineDraft, knownLines: Preflight?) {
        guard let used = slot.current else { return mailbox.post(.addFinished(.failure(Self.noPortal))) }
        let mailbox = mailbox
        submission = Task { mailbox.post(.addFinished(await used.portal.service.add(draft, preflight: knownLines))) }
    }

    private func pollStatus(_ regID: Int, after: Double) {
        guard let used = slot.current else { return mailbox.post(.statusPolled(.failure(Self.noPortal))) }
        let mailbox = mailbox
        Task {
            if after > 0 { try? await Task.sleep(for: .milliseconds(Int(after * 1000))) }
            let result: Result<RegistrationStatus, SIPLineError>
            do throws(SIPLineError) { result = .success(try await used.portal.service.status(regID: regID)) } catch { result = .failure(error) }
            mailbox.post(.statusPolled(result))
        }
    }

    /// A newer server replaces a check still running: only the last one typed is worth an answer.
    private func checkServer(_ server: String) {
        serverCheck?.cancel()
        let mailbox = mailbox
        let checker = around.serverChecker
        serverCheck = Task {
            let report = await checker.check(server: server)
            if !Task.isCancelled { mailbox.post(.serverChecked(server: server, report: report)) }
        }
    }

    private func makeDefault(_ line: CreatedLine) {
        guard let used = slot.current else { return mailbox.post(.defaultLineSet(.failure(Self.noPortal))) }
        let mailbox = mailbox
        Task {
            let result: Result<DefaultLineChange, SIPLineError>
            do throws(SIPLineError) { result = .success(try await used.portal.service.makeDefault(line)) } catch { result = .failure(error) }
            mailbox.post(.defaultLineSet(result))
        }
    }

    private func reRegister(configID: Int, server: String, login: String, password: String) {
        guard let used = slot.current else { return mailbox.post(.reRegistered(.failure(Self.noPortal))) }
        let mailbox = mailbox
        Task {
            let result: Result<Void, SIPLineError>
            do throws(SIPLineError) {
                try await used.portal.service.reRegister(configID: configID, server: server, login: login, password: password)
                result = .success(())
            } catch {
                result = .failure(error)
            }
            mailbox.post(.reRegistered(result))
        }
    }

    /// Asks `voximplant.sip.connector.status` through a new client; only a webhook that answered replaces the
    /// portal in use (whose client is then shut down), so a failed check leaves everything as it was.
    private func check(_ webhookURL: String) {
        let candidate: WizardPortal
        do {
            candidate = try around.connect(webhookURL)
        } catch {
            return mailbox.post(.portalChecked(.failure(PortalProblem(.malformed(AnyPhrase(error.phrase))))))
        }
        let mailbox = mailbox
        let slot = slot
        Task {
            do throws(SIPLineError) {
                let connector = try await candidate.service.connectorStatus()
                let replaced = slot.replace(with: candidate)
                mailbox.post(.portalChecked(.success(portalCheck(of: candidate, connector: connector))))
                await replaced?.shutdown()
            } catch {
                await candidate.shutdown()
                mailbox.post(.portalChecked(.failure(PortalProblem(error))))
            }
        }
    }

    private func recheck() {
        guard let used = slot.current else { return mailbox.post(.portalChecked(.failure(PortalProblem(Self.noPortal)))) }
        let mailbox = mailbox
        Task {
            do throws(SIPLineError) {
                let connector = try await used.portal.service.connectorStatus()
                mailbox.post(.portalChecked(.success(portalCheck(of: used.portal, connector: connector))))
            } catch {
                mailbox.post(.portalChecked(.failure(PortalProblem(error))))
            }
        }
    }

    /// The name is checked by the config file's own rule before anything is written.
    private func savePortal(_ name: String, webhookURL: String) {
        guard ConfigDocument.isValidName(name) else {
            return mailbox.post(.portalSaved(name: name, error: AnyPhrase(ConfigPhrase.invalidPortalName(name: name))))
        }
        let mailbox = mailbox
        let save = around.savePortal
        Task { mailbox.post(.portalSaved(name: name, error: await save(name, webhookURL))) }
    }

    // MARK: files

    /// The details hold secrets: 0600 from the first byte, and only whole files replace old ones.
    private func saveDetails(_ contents: String, to path: String) {
        let mailbox = mailbox
        Task {
            do throws(PrivateFiles.Failure) {
                try PrivateFiles.writeAtomically(Array(contents.utf8), to: path)
                mailbox.post(.detailsSaved(path: path, error: nil))
            } catch {
                mailbox.post(.detailsSaved(path: path, error: fileFailureWords(error)))
            }
        }
    }

    private func saveDraft(_ kept: KeptDraft) {
        do throws(PrivateFiles.Failure) {
            try around.drafts.save(kept)
            draftFailure = nil
            keptDraft = kept
            mailbox.post(.draftWritten(error: nil))
        } catch {
            draftFailure = fileFailureWords(error)
            mailbox.post(.draftWritten(error: draftFailure))
        }
    }

    /// Only lines of real portals are history: the sandbox's vanish with it.
    private func record(_ line: CreatedLine, on portal: PortalInUse) {
        guard !portal.isSandbox else { return }
        let record = HistoryRecord(portal: portal.host, configID: line.configID, type: line.type.rawValue,
                                   title: line.title, server: line.server, login: line.login)
        do throws(PrivateFiles.Failure) {
            try around.history.append(record)
        } catch {
            mailbox.post(.historyRecorded(error: fileFailureWords(error)))
        }
    }

    private func record(_ line: CreatedLine, changed: [String], on portal: PortalInUse) {
        guard !portal.isSandbox else { return }
        let record = HistoryRecord.updated(portal: portal.host, configID: line.configID, type: line.type.rawValue,
                                           title: line.title, server: line.server, login: line.login, changed: changed)
        do throws(PrivateFiles.Failure) {
            try around.history.append(record)
        } catch {
            mailbox.post(.historyRecorded(error: fileFailureWords(error)))
        }
    }

    /// A draft file that could not be deleted is said like a failed write: it would be offered again.
    private func report(_ change: () throws(PrivateFiles.Failure) -> Void) {
        do throws(PrivateFiles.Failure) { try change() } catch { mailbox.post(.draftWritten(error: fileFailureWords(error))) }
    }
}

private func portalCheck(of portal: WizardPortal, connector: ConnectorStatus) -> PortalCheck {
    PortalCheck(portal: portal.shown, connector: connector,
                suggestedName: ConfigDocument.suggestedName(forHost: portal.shown.host, isSandbox: portal.shown.isSandbox))
}

/// Why a file could not be written, in the catalogue's words.
func fileFailureWords(_ failure: PrivateFiles.Failure) -> AnyPhrase {
    AnyPhrase(failure.phrase)
}
