import Testing
@testable import Bitrix24REST

@Suite struct ProxySettingsTests {
    static func settings(_ variables: [String: String]) -> ProxySettings {
        ProxySettings.fromEnvironment { variables[$0] }
    }

    @Test func httpsTargetsUseHTTPSProxy() {
        let proxy = Self.settings(["HTTPS_PROXY": "http://proxy.corp:3128", "HTTP_PROXY": "http://other:8080"])
        #expect(proxy.decision(scheme: "https", host: "b24-4711.bitrix24.com", port: 443)
            == .proxy(ProxySettings.Server(kind: .http, host: "proxy.corp", port: 3128)))
        #expect(proxy.decision(scheme: "http", host: "example.com", port: 80)
            == .proxy(ProxySettings.Server(kind: .http, host: "other", port: 8080)))
    }

    @Test func lowerCaseWinsAndEmptyIsUnset() {
        let proxy = Self.settings(["https_proxy": "proxy.low:1", "HTTPS_PROXY": "proxy.up:2", "http_proxy": " "])
        #expect(proxy.decision(scheme: "https", host: "a.example", port: 443)
            == .proxy(ProxySettings.Server(kind: .http, host: "proxy.low", port: 1)))
        #expect(proxy.decision(scheme: "http", host: "a.example", port: 80) == .direct)
    }

    @Test func noProxyRules() {
        let proxy = Self.settings([
            "HTTPS_PROXY": "http://proxy:3128",
            "NO_PROXY": " .internal.example, bitrix24.ru ,*.corp, 10.1.2.3, special.example:8443",
        ])
        #expect(proxy.decision(scheme: "https", host: "crm.internal.example", port: 443) == .direct)
        #expect(proxy.decision(scheme: "https", host: "internal.example", port: 443) == .direct)
        #expect(proxy.decision(scheme: "https", host: "b24-1.bitrix24.ru", port: 443) == .direct)
        #expect(proxy.decision(scheme: "https", host: "bitrix24.ru", port: 443) == .direct)
        #expect(proxy.decision(scheme: "https", host: "x.corp", port: 443) == .direct)
        #expect(proxy.decision(scheme: "https", host: "10.1.2.3", port: 443) == .direct)
        #expect(proxy.decision(scheme: "https", host: "special.example", port: 8443) == .direct)
        #expect(proxy.decision(scheme: "https", host: "special.example", port: 443) != .direct)
        #expect(proxy.decision(scheme: "https", host: "notbitrix24.ru", port: 443) != .direct)
        #expect(proxy.decision(scheme: "https", host: "b24-1.bitrix24.com", port: 443) != .direct)
    }

    @Test func starBypassesEverythingAndLoopbackIsNeverProxied() {
        let all = Self.settings(["HTTPS_PROXY": "http://proxy:3128", "NO_PROXY": "*"])
        #expect(all.decision(scheme: "https", host: "b24.bitrix24.com", port: 443) == .direct)
        let proxy = Self.settings(["HTTPS_PROXY": "http://proxy:3128", "HTTP_PROXY": "http://proxy:3128"])
        for host in ["127.0.0.1", "127.1.2.3", "localhost", "::1"] {
            #expect(proxy.decision(scheme: "http", host: host, port: 8080) == .direct)
        }
    }

    @Test func proxyAddressForms() {
        #expect(ProxySettings.Server.parse("http://u%40corp:p%3Ass@proxy:3128/")
            == ProxySettings.Server(kind: .http, host: "proxy", port: 3128, username: "u@corp", password: "p:ss"))
        #expect(ProxySettings.Server.parse("proxy.corp")
            == ProxySettings.Server(kind: .http, host: "proxy.corp", port: 80))
        #expect(ProxySettings.Server.parse("socks5://[::1]:1080")
            == ProxySettings.Server(kind: .socks5, host: "::1", port: 1080))
        #expect(ProxySettings.Server.parse("https://proxy:443") == nil)
        #expect(ProxySettings.Server.parse("http://proxy:notaport") == nil)
        let unusable = Self.settings(["HTTPS_PROXY": "ftp://proxy"])
        #expect(unusable.decision(scheme: "https", host: "a.example", port: 443) == .unusable(variable: "HTTPS_PROXY"))
    }

    @Test func proxyPasswordNeverPrinted() {
        let proxy = Self.settings(["HTTPS_PROXY": "http://user:Pr0xyPass@proxy:3128"])
        #expect(!"\(proxy)".contains("Pr0xyPass"))
        #expect(!String(reflecting: proxy).contains("Pr0xyPass"))
        #expect("\(proxy)".contains("http://proxy:3128"))
        #expect(!"\(ProxySettings.Server.parse("http://user:Pr0xyPass@proxy:3128")!)".contains("Pr0xyPass"))
    }
}
