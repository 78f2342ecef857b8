#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif
import SIPLineService
import Synchronization
import WizardCore

/// Carries out the wizard's effects against the SIP line service and posts every answer back as an event.
/// The pieces that need the terminal (quit, redraw) are the runtime's; this runner never touches curses.
final class WizardEffectRunner: Sendable {
    private let service: SIPLineService
    private let mailbox: Mailbox
    private let lastPreflight = Mutex<Preflight?>(nil)
    private let submission = Mutex<Task<Void, Never>?>(nil)
    private let onCreated: @Sendable (CreatedLine) -> Void

    init(service: SIPLineService, mailbox: Mailbox, onCreated: @escaping @Sendable (CreatedLine) -> Void) {
        self.service = service
        self.mailbox = mailbox
        self.onCreated = onCreated
    }

    func perform(_ effect: WizardEffect) {
        switch effect {
        case .loadPreflight:
            Task {
                let result: Result<Preflight, SIPLineError>
                do throws(SIPLineError) { result = .success(try await service.preflight()) } catch { result = .failure(error) }
                if case .success(let preflight) = result { lastPreflight.withLock { $0 = preflight } }
                mailbox.post(.preflightLoaded(result))
            }
        case .submit(let draft):
            let preflight = lastPreflight.withLock { $0 }
            let task = Task {
                let result = await service.add(draft, preflight: preflight)
                switch result {
                case .success(.created(let line)), .success(.createdAfterCheck(let line, _)): onCreated(line)
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
            Task {
                if after > 0 { try? await Task.sleep(for: .milliseconds(Int(after * 1000))) }
                let result: Result<RegistrationStatus, SIPLineError>
                do throws(SIPLineError) { result = .success(try await service.status(regID: regID)) } catch { result = .failure(error) }
                mailbox.post(.statusPolled(result))
            }
        case .saveDetails(let path, let contents):
            Task {
                let error = SecretFile.write(contents, to: path)
                mailbox.post(.detailsSaved(path: path, error: error))
            }
        case .quit, .redraw:
            break
        }
    }
}
