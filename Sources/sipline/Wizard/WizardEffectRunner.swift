#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif
import PortalConfig
import SIPLineService
import Synchronization
import WizardCore

/// Carries out the wizard's effects against the portal in use and posts every answer back as an event.
/// The pieces that need the terminal (quit, redraw) are the runtime's; this runner never touches curses.
/// The portal is replaceable: a webhook that passed the portal screen's check becomes the one in use.
final class WizardEffectRunner: Sendable {
    private struct InUse: Sendable {
        var portal: WizardPortal
        /// Counts replacements, so an answer from a portal no longer in use is dropped.
        var generation: Int
    }

    private let inUse: Mutex<InUse?>
    private let mailbox: Mailbox
    private let connect: WizardPortalConnector
    private let savePortal: WizardPortalSaver
    private let lastPreflight = Mutex<Preflight?>(nil)
    private let submission = Mutex<Task<Void, Never>?>(nil)
    private let onCreated: @Sendable (CreatedLine, WizardPortal) -> Void

    init(
        portal: WizardPortal?, mailbox: Mailbox, connect: @escaping WizardPortalConnector,
        savePortal: @escaping WizardPortalSaver, onCreated: @escaping @Sendable (CreatedLine, WizardPortal) -> Void
    ) {
        self.inUse = Mutex(portal.map { InUse(portal: $0, generation: 0) })
        self.mailbox = mailbox
        self.connect = connect
        self.savePortal = savePortal
        self.onCreated = onCreated
    }

    /// The portal in use now (the one to shut down when the wizard ends).
    var currentPortal: WizardPortal? { inUse.withLock { $0?.portal } }

    private var current: InUse? { inUse.withLock { $0 } }

    private func isCurrent(_ generation: Int) -> Bool { inUse.withLock { $0?.generation == generation } }

    private static let noPortal = SIPLineError(kind: .unavailable, message: "No portal is in use yet.")

    func perform(_ effect: WizardEffect) {
        switch effect {
        case .loadPreflight:
            guard let used = current else {
                mailbox.post(.preflightLoaded(.failure(Self.noPortal)))
                return
            }
            Task {
                let result: Result<Preflight, SIPLineError>
                do throws(SIPLineError) { result = .success(try await used.portal.service.preflight()) } catch { result = .failure(error) }
                // A list of the portal that was replaced meanwhile would count the wrong lines.
                guard isCurrent(used.generation) else { return }
                if case .success(let preflight) = result { lastPreflight.withLock { $0 = preflight } }
                mailbox.post(.preflightLoaded(result))
            }
        case .submit(let draft):
            guard let used = current else {
                mailbox.post(.addFinished(.failure(Self.noPortal)))
                return
            }
            let preflight = lastPreflight.withLock { $0 }
            let task = Task {
                let result = await used.portal.service.add(draft, preflight: preflight)
                switch result {
                case .success(.created(let line)), .success(.createdAfterCheck(let line, _)): onCreated(line, used.portal)
                default: break
                }
                // A later add must not reuse a list taken before this one.
                lastPreflight.withLock { $0 = nil }
                mailbox.post(.addFinished(result))
            }
            submission.withLock { $0 = task }
        case .stopWaiting:
            submission.withLock { $0?.cancel() }
        case .pollStatus(let regID, let after):
            guard let used = current else {
                mailbox.post(.statusPolled(.failure(Self.noPortal)))
                return
            }
            Task {
                if after > 0 { try? await Task.sleep(for: .milliseconds(Int(after * 1000))) }
                let result: Result<RegistrationStatus, SIPLineError>
                do throws(SIPLineError) { result = .success(try await used.portal.service.status(regID: regID)) } catch { result = .failure(error) }
                mailbox.post(.statusPolled(result))
            }
        case .saveDetails(let path, let contents):
            Task {
                // The details hold secrets: 0600 from the first byte, and only whole files replace old ones.
                var failure: String?
                do throws(PrivateFiles.Failure) {
                    try PrivateFiles.writeAtomically(Array(contents.utf8), to: path)
                } catch {
                    failure = Self.reason(error)
                }
                mailbox.post(.detailsSaved(path: path, error: failure))
            }
        case .checkPortal(let webhookURL):
            check(webhookURL)
        case .recheckPortal:
            guard let used = current else {
                mailbox.post(.portalChecked(.failure(PortalProblem(Self.noPortal))))
                return
            }
            Task {
                let result: Result<PortalCheck, PortalProblem>
                do throws(SIPLineError) {
                    let connector = try await used.portal.service.connectorStatus()
                    result = .success(PortalCheck(
                        host: used.portal.host, redactedWebhook: used.portal.redactedWebhook,
                        isSandbox: used.portal.isSandbox, connector: connector))
                } catch {
                    result = .failure(PortalProblem(error))
                }
                mailbox.post(.portalChecked(result))
            }
        case .savePortal(let name, let webhookURL):
            Task {
                let error = await savePortal(name, webhookURL)
                mailbox.post(.portalSaved(name: name, error: error))
            }
        case .quit, .redraw, .saveDraft, .discardDraft:
            break
        }
    }

    /// Asks `voximplant.sip.connector.status` through a new client; only a webhook that answered replaces the
    /// portal in use (whose client is then shut down), so a failed check leaves everything as it was.
    private func check(_ webhookURL: String) {
        let candidate: WizardPortal
        do {
            candidate = try connect(webhookURL)
        } catch {
            mailbox.post(.portalChecked(.failure(.malformed(error.description))))
            return
        }
        Task {
            do throws(SIPLineError) {
                let connector = try await candidate.service.connectorStatus()
                let replaced = inUse.withLock { used -> WizardPortal? in
                    let old = used?.portal
                    used = InUse(portal: candidate, generation: (used?.generation ?? 0) + 1)
                    return old
                }
                lastPreflight.withLock { $0 = nil }
                mailbox.post(.portalChecked(.success(PortalCheck(
                    host: candidate.host, redactedWebhook: candidate.redactedWebhook, isSandbox: candidate.isSandbox,
                    connector: connector))))
                await replaced?.shutdown()
            } catch {
                await candidate.shutdown()
                mailbox.post(.portalChecked(.failure(PortalProblem(error))))
            }
        }
    }
}

extension WizardEffectRunner {
    /// Why a file could not be written, without the path (the screen names it already).
    static func reason(_ failure: PrivateFiles.Failure) -> String {
        switch failure {
        case .system(_, let operation, let code):
            return "\(operation) failed: \(PrivateFiles.describe(errno: code).lowercased())."
        default:
            return failure.description
        }
    }
}
