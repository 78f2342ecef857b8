import Words
import Bitrix24REST
import BitrixJSON
import Foundation
import SandboxPortal
import Synchronization
import Testing

@testable import SIPLineService
import TestSupport

/// Secrets distinctive enough that finding them in a message can only mean a leak.
enum Secret {
    static let webhookCode = "zz9secretcode77"
    static let password = "Quokka-Pw-88317"
}

/// A sandbox portal on loopback, a real client pointed at it, the service over that client, and every error text
/// the test saw (checked for secrets when the test ends).
final class ServiceHarness: Sendable {
    let server: SandboxServer
    let client: Bitrix24Client
    let service: SIPLineService
    let clock: RecordingClock
    private let texts = Mutex<[String]>([])

    private init(server: SandboxServer, client: Bitrix24Client, service: SIPLineService, clock: RecordingClock) {
        self.server = server
        self.client = client
        self.service = service
        self.clock = clock
    }

    /// Runs `body` against a fresh sandbox; afterwards no recorded text may hold the webhook code or the password.
    static func with(
        _ configure: (inout SandboxConfiguration) -> Void = { _ in },
        clientConfiguration: ClientConfiguration = ClientConfiguration(connectTimeout: .seconds(5), proxy: .none),
        reconciliation: ReconciliationPolicy = ReconciliationPolicy(attempts: 2, pause: .zero, deadline: .seconds(20)),
        credentials: ((SandboxServer) throws -> PortalCredentials)? = nil,
        tokenStore: (@Sendable (OAuthCredentials) async -> Void)? = nil,
        _ body: (ServiceHarness) async throws -> Void
    ) async throws {
        var configuration = SandboxConfiguration()
        configuration.webhookCode = Secret.webhookCode
        configuration.rateLimit = .unlimited
        configure(&configuration)
        let server = try await SandboxServer.start(configuration)
        let clock = RecordingClock()
        let harness: ServiceHarness
        do {
            let portal = try credentials?(server) ?? .webhook(try Webhook.parse(server.webhookURL))
            let client = Bitrix24Client(
                credentials: portal, configuration: clientConfiguration, clock: clock, tokenStore: tokenStore)
            let service = SIPLineService(client: client, reconciliation: reconciliation)
            harness = ServiceHarness(server: server, client: client, service: service, clock: clock)
        } catch {
            await server.stop()
            throw error
        }
        do {
            try await body(harness)
        } catch {
            await harness.client.shutdown()
            await server.stop()
            throw error
        }
        await harness.client.shutdown()
        await server.stop()
        harness.expectNoSecretInTexts()
    }

    // MARK: Recording what the test saw

    func record(_ text: String) {
        texts.withLock { $0.append(text) }
    }

    /// The error a throwing call must produce, recorded for the secret check.
    func failure<T>(_ call: () async throws(SIPLineError) -> T) async -> SIPLineError? {
        do {
            let value = try await call()
            Issue.record("expected a failure, got \(value)")
            return nil
        } catch {
            record(error.message)
            record(String(describing: error))
            return error
        }
    }

    /// Records every text an add's result carries.
    @discardableResult
    /// The add after the service's pre-flight, with `faults` injected between the two (the situations the
    /// reconciliation is for), its words recorded.
    func addAfterPreflight(_ draft: LineDraft = cloudDraft(),
                           faults: SandboxFault...) async throws -> Result<AddOutcome, SIPLineError> {
        let preflight = try await service.preflight()
        for fault in faults { await server.inject(fault) }
        return recorded(await service.add(draft, preflight: preflight))
    }

    func recorded(_ result: Result<AddOutcome, SIPLineError>) -> Result<AddOutcome, SIPLineError> {
        switch result {
        case .failure(let error): record(error.message)
        case .success(.createdAfterCheck(_, let reason)), .success(.notCreated(let reason)),
            .success(.unknown(let reason)):
            for language in Language.allCases { record(reason.text(in: language)) }
        case .success(.created): break
        }
        return result
    }

    func expectNoSecretInTexts(sourceLocation: SourceLocation = #_sourceLocation) {
        for text in texts.withLock({ $0 }) {
            #expect(!text.contains(Secret.webhookCode), "webhook code in: \(text)", sourceLocation: sourceLocation)
            #expect(!text.contains(Secret.password), "password in: \(text)", sourceLocation: sourceLocation)
        }
    }

    // MARK: Sandbox views

    func addCalls() async -> [SandboxRequestRecord] {
        await server.requests().filter { $0.method == "voximplant.sip.add" }
    }

    func storedLines() async -> [JSONValue] {
        await server.lines()
    }
}

func cloudDraft(_ title: String = "Sales line", server: String = "sip.provider.example", login: String = "user100")
    -> LineDraft
{
    LineDraft(type: .cloud, title: title, server: server, login: login, password: Secret.password)
}

func officeDraft(_ title: String = "Office PBX", server: String = "pbx.office.example", login: String = "office1")
    -> LineDraft
{
    LineDraft(type: .office, title: title, server: server, login: login, password: Secret.password)
}

extension Result where Success == AddOutcome, Failure == SIPLineError {
    var createdLine: CreatedLine? {
        if case .success(.created(let line)) = self { return line }
        return nil
    }

    var createdAfterCheck: CreatedLine? {
        if case .success(.createdAfterCheck(let line, _)) = self { return line }
        return nil
    }

    var isNotCreated: Bool {
        if case .success(.notCreated) = self { return true }
        return false
    }

    var isUnknown: Bool {
        if case .success(.unknown) = self { return true }
        return false
    }

    var failureKind: SIPLineError.Kind? {
        if case .failure(let error) = self { return error.kind }
        return nil
    }
}
