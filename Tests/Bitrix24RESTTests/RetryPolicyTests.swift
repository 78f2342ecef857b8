import Foundation
import Testing
@testable import Bitrix24REST

@Suite struct RetryPolicyTests {
    @Test func rateLimitDelaysGrowAndAreCapped() {
        let policy = RetryPolicy(rateLimitRetries: 7, rateLimitBaseDelay: .milliseconds(500), rateLimitMaxDelay: .seconds(8))
        let delays = (1...8).map { policy.rateLimitDelay(retry: $0) }
        #expect(delays == [.milliseconds(500), .seconds(1), .seconds(2), .seconds(4), .seconds(8), .seconds(8),
                           .seconds(8), nil])
        #expect(policy.rateLimitDelay(retry: 0) == nil)
    }

    @Test func defaultsMatchTheBrief() {
        let policy = RetryPolicy()
        #expect(policy.rateLimitRetries == 5)
        #expect(policy.rateLimitDelay(retry: 1) == .milliseconds(500))
        #expect(policy.rateLimitDelay(retry: 5) == .seconds(8))
        #expect(policy.rateLimitDelay(retry: 6) == nil)
        #expect(policy.operatingLimitMaxWait == .seconds(60))
        let configuration = ClientConfiguration(proxy: .none)
        #expect(configuration.connectTimeout == .seconds(10))
        #expect(configuration.requestTimeout == .seconds(75))
        #expect(configuration.userAgent.hasPrefix("sipline/"))
    }

    @Test func largeRetryNumbersDoNotOverflow() {
        let policy = RetryPolicy(rateLimitRetries: 1000)
        #expect(policy.rateLimitDelay(retry: 999) == .seconds(8))
    }

    @Test func operatingLimitWaitsUntilResetPlusMargin() {
        let policy = RetryPolicy(operatingLimitMaxWait: .seconds(60), operatingLimitMargin: .milliseconds(500))
        let now = Date(timeIntervalSince1970: 1000)
        #expect(policy.operatingLimitWait(resetAt: Date(timeIntervalSince1970: 1030), now: now) == .milliseconds(30_500))
        // A reset already passed: only the margin.
        #expect(policy.operatingLimitWait(resetAt: Date(timeIntervalSince1970: 990), now: now) == .milliseconds(500))
        // Too far away, or too far given what was already waited: fail instead of waiting.
        #expect(policy.operatingLimitWait(resetAt: Date(timeIntervalSince1970: 1600), now: now) == nil)
        #expect(policy.operatingLimitWait(resetAt: Date(timeIntervalSince1970: 1030), now: now,
                                          alreadyWaited: .seconds(40)) == nil)
        #expect(policy.operatingLimitWait(resetAt: nil, now: now) == nil)
    }
}
