import Testing
@testable import SIPLineService

/// One expected issue: which field, how severe, which problem (messages are checked separately).
struct ExpectedIssue: Hashable, Sendable, CustomStringConvertible {
    var field: DraftField
    var severity: ValidationIssue.Severity
    var problem: ValidationIssue.Problem

    init(_ field: DraftField, _ severity: ValidationIssue.Severity, _ problem: ValidationIssue.Problem) {
        self.field = field
        self.severity = severity
        self.problem = problem
    }

    init(_ issue: ValidationIssue) {
        self.init(issue.field, issue.severity, issue.problem)
    }

    var description: String { "\(field.rawValue)/\(severity.rawValue)/\(problem.rawValue)" }
}

struct DraftCase: Sendable, CustomTestStringConvertible {
    var name: String
    var draft: LineDraft
    var knownTitles: [String] = []
    var expected: [ExpectedIssue]

    var testDescription: String { name }
}

private let good = LineDraft(
    type: .cloud, title: "Main office", server: "sip.provider.example", login: "user100", password: "s3cret!"
)

private func with(
    type: PBXType? = nil, title: String? = nil, server: String? = nil, login: String? = nil, password: String? = nil
) -> LineDraft {
    var draft = good
    if let type { draft.type = type }
    if let title { draft.title = title }
    if let server { draft.server = server }
    if let login { draft.login = login }
    if let password { draft.password = password }
    return draft
}

private func title(_ severity: ValidationIssue.Severity, _ problem: ValidationIssue.Problem) -> ExpectedIssue {
    ExpectedIssue(.title, severity, problem)
}
private func server(_ severity: ValidationIssue.Severity, _ problem: ValidationIssue.Problem) -> ExpectedIssue {
    ExpectedIssue(.server, severity, problem)
}
private func login(_ severity: ValidationIssue.Severity, _ problem: ValidationIssue.Problem) -> ExpectedIssue {
    ExpectedIssue(.login, severity, problem)
}
private func password(_ severity: ValidationIssue.Severity, _ problem: ValidationIssue.Problem) -> ExpectedIssue {
    ExpectedIssue(.password, severity, problem)
}

private let cyrillic100 = String(repeating: "ж", count: 100)
private let thumbs50 = String(repeating: "👍🏽", count: 50) // 2 code points each
private let flags50 = String(repeating: "🇷🇺", count: 50) // 2 regional indicators each
private let families20 = String(repeating: "👨‍👩‍👧", count: 20) // 5 code points each (3 people, 2 ZWJ)
private let label63 = String(repeating: "a", count: 63)

let draftCases: [DraftCase] = [
    // Good drafts
    DraftCase(name: "plain cloud line", draft: good, expected: []),
    DraftCase(name: "office line", draft: with(type: .office), expected: []),
    DraftCase(name: "Cyrillic title", draft: with(title: "Главный офис"), expected: []),
    DraftCase(name: "title with surrounding spaces is trimmed", draft: with(title: "  Main office  "), expected: []),

    // TITLE
    DraftCase(name: "title empty", draft: with(title: ""), expected: [title(.error, .required)]),
    DraftCase(name: "title only spaces", draft: with(title: "   "), expected: [title(.error, .required)]),
    DraftCase(name: "title only a tab", draft: with(title: "\t"),
              expected: [title(.error, .required), title(.error, .controlCharacter)]),
    DraftCase(name: "title 100 Cyrillic", draft: with(title: cyrillic100), expected: []),
    DraftCase(name: "title 101 Cyrillic", draft: with(title: cyrillic100 + "я"), expected: [title(.error, .tooLong)]),
    DraftCase(name: "title 100 ASCII counted after trimming", draft: with(title: "  " + String(repeating: "a", count: 100) + " "),
              expected: []),
    DraftCase(name: "title 50 skin-tone emoji = 100 code points", draft: with(title: thumbs50), expected: []),
    DraftCase(name: "title 50 skin-tone emoji + 1 = 101", draft: with(title: thumbs50 + "!"), expected: [title(.error, .tooLong)]),
    DraftCase(name: "title 50 flags = 100", draft: with(title: flags50), expected: []),
    DraftCase(name: "title 20 ZWJ families = 100", draft: with(title: families20), expected: []),
    DraftCase(name: "title 20 ZWJ families + 1 = 101", draft: with(title: families20 + "x"), expected: [title(.error, .tooLong)]),
    DraftCase(name: "title with tab inside", draft: with(title: "Main\toffice"), expected: [title(.error, .controlCharacter)]),
    DraftCase(name: "title with DEL", draft: with(title: "Main\u{7F}office"), expected: [title(.error, .controlCharacter)]),
    DraftCase(name: "title with C1 NEL", draft: with(title: "Main\u{85}office"), expected: [title(.error, .controlCharacter)]),
    DraftCase(name: "title used by a visible line, other case", draft: with(title: "MAIN OFFICE"),
              knownTitles: ["Warehouse", " main office "], expected: [title(.warning, .titleInUse)]),
    DraftCase(name: "title not used", draft: with(title: "Main office 2"), knownTitles: ["Main office"], expected: []),

    // SERVER: schemes and URI parts
    DraftCase(name: "server https removed", draft: with(server: "https://sip.provider.example"),
              expected: [server(.notice, .schemeRemoved)]),
    DraftCase(name: "server HTTP upper case with port", draft: with(server: "HTTP://sip.provider.example:5060"),
              expected: [server(.notice, .schemeRemoved)]),
    DraftCase(name: "server https with trailing slash", draft: with(server: "https://sip.provider.example/"),
              expected: [server(.notice, .schemeRemoved), server(.error, .hasPath)]),
    DraftCase(name: "server https alone", draft: with(server: "https://"), expected: [server(.error, .required)]),
    DraftCase(name: "server sip URI", draft: with(server: "sip:user@sip.provider.example:5060;transport=udp"),
              expected: [server(.error, .sipURI)]),
    DraftCase(name: "server sips URI", draft: with(server: "SIPS:sip.provider.example"), expected: [server(.error, .sipURI)]),
    DraftCase(name: "server udp scheme", draft: with(server: "udp://sip.provider.example"),
              expected: [server(.error, .unsupportedScheme)]),
    DraftCase(name: "server user part", draft: with(server: "user100@sip.provider.example"),
              expected: [server(.error, .hasUserPart)]),
    DraftCase(name: "server path", draft: with(server: "sip.provider.example/register"), expected: [server(.error, .hasPath)]),
    DraftCase(name: "server parameters", draft: with(server: "sip.provider.example;transport=tcp"),
              expected: [server(.error, .hasParameters)]),
    DraftCase(name: "server inner space", draft: with(server: "sip.provider .example"), expected: [server(.error, .containsSpace)]),
    DraftCase(name: "server surrounding spaces", draft: with(server: "  sip.provider.example  "), expected: []),

    // SERVER: hosts
    DraftCase(name: "server empty", draft: with(server: ""), expected: [server(.error, .required)]),
    DraftCase(name: "server only a tab", draft: with(server: "\t"),
              expected: [server(.error, .required), server(.error, .controlCharacter)]),
    DraftCase(name: "server trailing newline", draft: with(server: "sip.provider.example\n"),
              expected: [server(.error, .controlCharacter)]),
    DraftCase(name: "server IDN host", draft: with(server: "пример.рф"), expected: [server(.error, .nonASCIIHost)]),
    DraftCase(name: "server IDN in xn-- form", draft: with(server: "xn--e1afmkfd.xn--p1ai"), expected: []),
    DraftCase(name: "server trailing no-break space", draft: with(server: "sip.provider.example\u{A0}"),
              expected: [server(.error, .invisibleCharacter)]),
    DraftCase(name: "server trailing dot", draft: with(server: "sip.provider.example."), expected: [server(.error, .invalidHost)]),
    DraftCase(name: "server empty label", draft: with(server: "sip..provider.example"), expected: [server(.error, .invalidHost)]),
    DraftCase(name: "server leading hyphen", draft: with(server: "-sip.provider.example"), expected: [server(.error, .invalidHost)]),
    DraftCase(name: "server underscore", draft: with(server: "sip_1.provider.example"), expected: [server(.error, .invalidHost)]),
    DraftCase(name: "server 63-character label", draft: with(server: label63 + ".example"), expected: []),
    DraftCase(name: "server 64-character label", draft: with(server: label63 + "a.example"), expected: [server(.error, .invalidHost)]),
    DraftCase(name: "server 101 characters", draft: with(server: String(repeating: "a", count: 50) + "." + String(repeating: "b", count: 50)),
              expected: [server(.error, .tooLong)]),
    DraftCase(name: "server digit-led label", draft: with(server: "1and1.example"), expected: []),
    DraftCase(name: "server numeric last label", draft: with(server: "example.123"), expected: [server(.error, .invalidHost)]),
    DraftCase(name: "server without domain", draft: with(server: "pbx"), expected: [server(.warning, .unqualifiedHost)]),
    DraftCase(name: "server localhost", draft: with(server: "localhost:5060"), expected: [server(.warning, .privateAddress)]),

    // SERVER: IPv4
    DraftCase(name: "server IPv4", draft: with(server: "192.0.2.10"), expected: []),
    DraftCase(name: "server IPv4 with port", draft: with(server: "192.0.2.10:5080"), expected: []),
    DraftCase(name: "server IPv4 256", draft: with(server: "192.0.2.256"), expected: [server(.error, .invalidHost)]),
    DraftCase(name: "server IPv4 three parts", draft: with(server: "192.0.2"), expected: [server(.error, .invalidHost)]),
    DraftCase(name: "server IPv4 leading zeros", draft: with(server: "192.000.002.010"), expected: [server(.error, .invalidHost)]),
    DraftCase(name: "server IPv4 private", draft: with(server: "192.168.1.10"), expected: [server(.warning, .privateAddress)]),

    // SERVER: IPv6
    DraftCase(name: "server IPv6 bracketed", draft: with(server: "[2001:db8::1]"), expected: []),
    DraftCase(name: "server IPv6 bracketed with port", draft: with(server: "[2001:db8::1]:5060"), expected: []),
    DraftCase(name: "server IPv6 with IPv4 tail", draft: with(server: "[::ffff:192.0.2.1]:5060"), expected: []),
    DraftCase(name: "server IPv6 full form", draft: with(server: "[2001:0db8:0000:0000:0000:0000:0000:0001]"), expected: []),
    DraftCase(name: "server IPv6 without brackets", draft: with(server: "2001:db8::1"), expected: [server(.error, .unbracketedIPv6)]),
    DraftCase(name: "server IPv6 bad group", draft: with(server: "[2001:db8::g]"), expected: [server(.error, .invalidIPv6)]),
    DraftCase(name: "server IPv6 two double colons", draft: with(server: "[2001::db8::1]"), expected: [server(.error, .invalidIPv6)]),
    DraftCase(name: "server IPv6 unclosed", draft: with(server: "[2001:db8::1"), expected: [server(.error, .invalidIPv6)]),
    DraftCase(name: "server IPv6 junk after bracket", draft: with(server: "[2001:db8::1]5060"), expected: [server(.error, .invalidHost)]),
    DraftCase(name: "server IPv6 loopback", draft: with(server: "[::1]"), expected: [server(.warning, .privateAddress)]),
    DraftCase(name: "server two colons, not IPv6", draft: with(server: "sip.provider.example:5060:5060"),
              expected: [server(.error, .invalidHost)]),

    // SERVER: ports
    DraftCase(name: "server port 1", draft: with(server: "sip.provider.example:1"), expected: []),
    DraftCase(name: "server port 65535", draft: with(server: "sip.provider.example:65535"), expected: []),
    DraftCase(name: "server port 0", draft: with(server: "sip.provider.example:0"), expected: [server(.error, .invalidPort)]),
    DraftCase(name: "server port 65536", draft: with(server: "sip.provider.example:65536"), expected: [server(.error, .invalidPort)]),
    DraftCase(name: "server port empty", draft: with(server: "sip.provider.example:"), expected: [server(.error, .invalidPort)]),
    DraftCase(name: "server port not a number", draft: with(server: "sip.provider.example:50a0"), expected: [server(.error, .invalidPort)]),
    DraftCase(name: "server port leading zero", draft: with(server: "sip.provider.example:05060"), expected: [server(.error, .invalidPort)]),
    DraftCase(name: "server IPv6 port 70000", draft: with(server: "[2001:db8::1]:70000"), expected: [server(.error, .invalidPort)]),
    DraftCase(name: "server bad host and bad port", draft: with(server: "sip_1.example:0"),
              expected: [server(.error, .invalidHost), server(.error, .invalidPort)]),

    // LOGIN
    DraftCase(name: "login empty", draft: with(login: ""), expected: [login(.error, .required)]),
    DraftCase(name: "login surrounding spaces", draft: with(login: "  user100 "), expected: []),
    DraftCase(name: "login with tab", draft: with(login: "use\t100"), expected: [login(.error, .controlCharacter)]),
    DraftCase(name: "login 100 Cyrillic", draft: with(login: cyrillic100), expected: []),
    DraftCase(name: "login 101", draft: with(login: String(repeating: "u", count: 101)), expected: [login(.error, .tooLong)]),
    DraftCase(name: "login inner space", draft: with(login: "user 100"), expected: [login(.warning, .containsSpace)]),
    DraftCase(name: "login zero-width space", draft: with(login: "user\u{200B}100"), expected: [login(.warning, .invisibleCharacter)]),

    // PASSWORD
    DraftCase(name: "password empty", draft: with(password: ""), expected: [password(.error, .required)]),
    DraftCase(name: "password only spaces", draft: with(password: "   "), expected: [password(.error, .required)]),
    DraftCase(name: "password trailing space", draft: with(password: "s3cret! "), expected: [password(.error, .leadingOrTrailingSpace)]),
    DraftCase(name: "password leading space", draft: with(password: " s3cret!"), expected: [password(.error, .leadingOrTrailingSpace)]),
    DraftCase(name: "password inner space is fine", draft: with(password: "s3 cret!"), expected: []),
    DraftCase(name: "password 100 Cyrillic", draft: with(password: cyrillic100), expected: []),
    DraftCase(name: "password 101 emoji code points", draft: with(password: thumbs50 + "x"), expected: [password(.error, .tooLong)]),
    DraftCase(name: "password 100 + trailing space counted before trimming", draft: with(password: cyrillic100 + " "),
              expected: [password(.error, .tooLong), password(.error, .leadingOrTrailingSpace)]),
    DraftCase(name: "password with escape", draft: with(password: "s3c\u{1B}ret"), expected: [password(.error, .controlCharacter)]),
    DraftCase(name: "password trailing no-break space", draft: with(password: "s3cret!\u{A0}"),
              expected: [password(.warning, .invisibleCharacter)]),

    // Whole drafts
    DraftCase(name: "everything empty", draft: LineDraft(),
              expected: [title(.error, .required), server(.error, .required), login(.error, .required), password(.error, .required)]),
    DraftCase(name: "problems in field order", draft: LineDraft(
        type: .office, title: "Main\toffice", server: "https://sip.provider.example:99999", login: "user 100", password: " pw"
    ), expected: [
        title(.error, .controlCharacter), server(.notice, .schemeRemoved), server(.error, .invalidPort),
        login(.warning, .containsSpace), password(.error, .leadingOrTrailingSpace),
    ]),
]

@Suite("Draft validation")
struct DraftValidationTests {
    @Test("Table has enough drafts")
    func tableSize() {
        #expect(draftCases.count >= 40)
    }

    @Test("Each draft gives exactly the expected issues", arguments: draftCases)
    func table(_ testCase: DraftCase) {
        let issues = DraftValidator.validate(testCase.draft, knownTitles: testCase.knownTitles)
        #expect(issues.map(ExpectedIssue.init) == testCase.expected)
        #expect(issues.blocksSending == testCase.expected.contains { $0.severity == .error })
        for issue in issues {
            #expect(!issue.message.isEmpty && issue.message.hasSuffix("."), "\(issue.message)")
            #expect(!issue.message.contains("✗"))
        }
    }

    @Test("One field's issues are that field's part of the whole draft's", arguments: draftCases)
    func fieldSubset(_ testCase: DraftCase) {
        let all = DraftValidator.validate(testCase.draft, knownTitles: testCase.knownTitles)
        for field in DraftField.allCases {
            #expect(DraftValidator.validate(field, of: testCase.draft, knownTitles: testCase.knownTitles)
                == all.filter { $0.field == field })
        }
    }

    @Test("Password issues never quote the password", arguments: draftCases.filter { $0.draft.password.count > 3 })
    func passwordNotQuoted(_ testCase: DraftCase) {
        let secret = PortalText.trimmed(testCase.draft.password)
        for issue in DraftValidator.validate(testCase.draft) {
            #expect(!issue.message.contains(secret))
            #expect(issue.suggestion?.contains(secret) != true)
        }
    }

    // MARK: - Messages

    @Test func tooLongNamesTheCount() throws {
        let issue = try #require(DraftValidator.validate(.title, of: with(title: cyrillic100 + "я")).first)
        #expect(issue.message == "The name is 101 characters long; the portal allows at most 100. Shorten it by 1.")
    }

    @Test func tooLongExplainsCodePointsForEmoji() throws {
        let issue = try #require(DraftValidator.validate(.title, of: with(title: thumbs50 + "!")).first)
        #expect(issue.message.hasPrefix("The name is 101 characters long as the portal counts them"))
    }

    @Test func controlCharacterNamesCodeAndPosition() throws {
        let issue = try #require(DraftValidator.validate(.login, of: with(login: "use\t100")).first)
        #expect(issue.message.hasPrefix("The login contains a control character (U+0009) at position 4."))
    }

    @Test func controlCharactersCountedWhenSeveral() throws {
        let issue = try #require(DraftValidator.validate(.title, of: with(title: "a\u{1}b\u{2}c\u{9F}")).first)
        #expect(issue.message.hasPrefix("The name contains a control character (U+0001) at position 2 and 2 more."))
    }

    @Test func passwordTrailingSpaceUsesTheScreenWording() throws {
        let issue = try #require(DraftValidator.validate(.password, of: with(password: "s3cret! ")).first)
        #expect(issue.message
            == "The password ends with a space. The portal would silently remove it and registration would fail: remove the space.")
    }

    @Test func passwordSpacesBothEnds() throws {
        let issue = try #require(DraftValidator.validate(.password, of: with(password: "  pw  ")).first)
        #expect(issue.message.hasPrefix("The password starts and ends with spaces. The portal would silently remove them"))
    }

    @Test func portMessagesNameThePort() throws {
        let outOfRange = try #require(DraftValidator.validate(.server, of: with(server: "sip.provider.example:70000")).first)
        #expect(outOfRange.message.contains("70000"))
        let notNumber = try #require(DraftValidator.validate(.server, of: with(server: "sip.provider.example:50a0")).first)
        #expect(notNumber.message.contains("\"50a0\""))
    }

    @Test func titleInUseNamesTheExistingLine() throws {
        let issue = try #require(
            DraftValidator.validate(.title, of: with(title: "ГЛАВНЫЙ ОФИС"), knownTitles: ["главный офис "]).first
        )
        #expect(issue.problem == .titleInUse)
        #expect(issue.severity == .warning)
        #expect(issue.message.hasPrefix("A line named \"главный офис\" already exists on this portal"))
    }

    @Test func invisibleCharacterIsNamed() throws {
        let issue = try #require(DraftValidator.validate(.login, of: with(login: "user\u{200B}100")).first)
        #expect(issue.message.contains("U+200B ZERO WIDTH SPACE"))
        #expect(issue.message.contains("position 5"))
    }

    @Test func nonASCIIHostAsksForXnForm() throws {
        let issue = try #require(DraftValidator.validate(.server, of: with(server: "пример.рф")).first)
        #expect(issue.message.contains("xn--"))
    }

    // MARK: - Suggestions

    @Test("Suggestions give the bare host", arguments: [
        ("sip:user@host:5060;transport=udp", ValidationIssue.Problem.sipURI, "host:5060"),
        ("sips:alice@sip.provider.example", .sipURI, "sip.provider.example"),
        ("sip://sip.provider.example:5061", .sipURI, "sip.provider.example:5061"),
        ("udp://sip.provider.example:5060", .unsupportedScheme, "sip.provider.example:5060"),
        ("user100@sip.provider.example", .hasUserPart, "sip.provider.example"),
        ("sip.provider.example/register?x=1", .hasPath, "sip.provider.example"),
        ("sip.provider.example:5060;transport=tcp", .hasParameters, "sip.provider.example:5060"),
        ("https://sip.provider.example", .schemeRemoved, "sip.provider.example"),
        ("2001:db8::1", .unbracketedIPv6, "[2001:db8::1]"),
        ("192.000.002.010:5060", .invalidHost, "192.0.2.10:5060"),
        ("sip.provider.example.:5060", .invalidHost, "sip.provider.example:5060"),
        ("sip.provider.example:05060", .invalidPort, "sip.provider.example:5060"),
        ("sip.provider.example:", .invalidPort, "sip.provider.example"),
        ("[2001:db8::1]:", .invalidPort, "[2001:db8::1]"),
        ("[2001:db8::1]:005060", .invalidPort, "[2001:db8::1]:5060"),
    ])
    func suggestions(server value: String, problem: ValidationIssue.Problem, suggestion: String) throws {
        let issues = DraftValidator.validate(.server, of: with(server: value))
        let issue = try #require(issues.first { $0.problem == problem })
        #expect(issue.suggestion == suggestion)
        // A suggestion is a server that passes without errors.
        #expect(!DraftValidator.validate(.server, of: with(server: suggestion)).blocksSending)
    }

    @Test func noSuggestionWhenTheHostItselfIsBroken() throws {
        let issue = try #require(DraftValidator.validate(.server, of: with(server: "sip:user@bad_host")).first)
        #expect(issue.problem == .sipURI)
        #expect(issue.suggestion == nil)
    }

    @Test func userInfoSecretsStayOutOfServerMessages() {
        for value in ["sip:alice:hunter2@sip.provider.example", "alice:hunter2@sip.provider.example",
                      "https://alice:hunter2@sip.provider.example/x", "udp://alice:hunter2@sip.provider.example"] {
            let issues = DraftValidator.validate(.server, of: with(server: value))
            #expect(issues.blocksSending)
            for issue in issues {
                #expect(!issue.message.contains("hunter2"), "\(value): \(issue.message)")
                #expect(issue.suggestion?.contains("hunter2") != true)
            }
        }
    }

    // MARK: - Normalisation

    @Test func normalizedIsWhatIsSent() {
        let typed = LineDraft(
            type: .office, title: "  Главный офис\u{0B}", server: " HTTPS://sip.provider.example:5060 \n",
            login: "\tuser100  ", password: " pass word "
        )
        let sent = DraftValidator.normalized(typed)
        #expect(sent == LineDraft(
            type: .office, title: "Главный офис", server: "sip.provider.example:5060", login: "user100", password: " pass word "
        ))
    }

    @Test func normalizedKeepsNonASCIISpacesThePortalKeeps() {
        let sent = DraftValidator.normalized(with(title: "\u{A0}Office\u{A0}", server: "http:// sip.provider.example"))
        #expect(sent.title == "\u{A0}Office\u{A0}")
        #expect(sent.server == "sip.provider.example")
    }

    @Test func normalizedDraftOfAGoodDraftIsValid() {
        let typed = with(title: " Main office ", server: "https://sip.provider.example", login: " user100 ")
        #expect(DraftValidator.validate(DraftValidator.normalized(typed)).isEmpty)
    }
}
