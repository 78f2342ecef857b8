import Foundation
import Testing
import BitrixJSON
import NIOConcurrencyHelpers
@testable import Bitrix24REST
import TestSupport

/// A coordinator that stands for a shared token store: either another holder already refreshed (the stored pair
/// is returned, nothing sent), or it refreshes with the newest stored pair.
private final class StoreCoordinator: TokenRefreshCoordinator {
    let stored: NIOLockedValueBox<OAuthCredentials>
    let calls = NIOLockedValueBox<[String]>([])

    init(stored: OAuthCredentials) { self.stored = NIOLockedValueBox(stored) }

    func coordinateRefresh(
        current: OAuthCredentials,
        refresh: @Sendable (OAuthCredentials) async throws(Bitrix24Error) -> OAuthCredentials
    ) async throws(Bitrix24Error) -> OAuthCredentials {
        calls.withLockedValue { $0.append(current.accessToken) }
        let newest = stored.withLockedValue { $0 }
        if newest.refreshToken != current.refreshToken { return newest }
        let renewed = try await refresh(newest)
        stored.withLockedValue { $0 = renewed }
        return renewed
    }
}

@Suite struct RefreshCoordinatorTests {
    static let oauth = ClientLogicTests.oauth

    @Test func storedNewerPairIsAdoptedWithoutRefreshing() async throws {
        var newer = Self.oauth
        newer.accessToken = "other-process-access"
        newer.refreshToken = "other-process-refresh"
        let coordinator = StoreCoordinator(stored: newer)
        let transport = ScriptedTransport([ClientLogicTests.expired, ClientLogicTests.ok])
        let client = Bitrix24Client(credentials: .oauth(Self.oauth), configuration: ClientConfiguration(proxy: .none),
                                    clock: RecordingClock(), refreshCoordinator: coordinator, transport: transport)
        _ = try await client.call("voximplant.sip.get")
        let requests = transport.requests
        #expect(requests.count == 2)
        #expect(requests.allSatisfy { !$0.url.contains("oauth/token") })
        #expect(try JSONValue.parse(requests[1].body)["auth"] == "other-process-access")
        #expect(coordinator.calls.withLockedValue { $0 } == ["old-access"])
    }

    @Test func samePairIsRefreshedThroughTheCoordinator() async throws {
        let coordinator = StoreCoordinator(stored: Self.oauth)
        let transport = ScriptedTransport([ClientLogicTests.expired, ClientLogicTests.refreshed, ClientLogicTests.ok])
        let client = Bitrix24Client(credentials: .oauth(Self.oauth), configuration: ClientConfiguration(proxy: .none),
                                    clock: RecordingClock(), refreshCoordinator: coordinator, transport: transport)
        _ = try await client.call("voximplant.sip.get")
        let requests = transport.requests
        #expect(requests.count == 3)
        #expect(requests[1].url.contains("refresh_token=old-refresh"))
        #expect(try JSONValue.parse(requests[2].body)["auth"] == "new-access")
        #expect(coordinator.stored.withLockedValue { $0.refreshToken } == "new-refresh")
    }
}
