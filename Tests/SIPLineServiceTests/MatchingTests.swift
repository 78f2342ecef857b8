import Bitrix24REST
import Testing

@testable import SIPLineService

/// Which listed line is "the line just created" after a lost answer: pure rules, no portal.
@Suite struct MatchingTests {
    static let draft = LineDraft(type: .cloud, title: "Sales line", server: "sip.provider.example", login: "user100",
                                 password: "p")

    static func line(_ configID: Int, _ title: String = "Sales line", server: String = "sip.provider.example",
                     login: String = "user100") -> ListedLine {
        ListedLine(configID: configID, type: .cloud, title: title, server: server, login: login)
    }

    @Test func onlyANewLineWithAllThreeFieldsMatches() {
        let before: Set<Int> = [1]
        #expect(SIPLineService.newLine(matching: Self.draft, in: [Self.line(1)], before: before) == nil)
        #expect(SIPLineService.newLine(matching: Self.draft, in: [Self.line(2, server: "other.example")], before: before) == nil)
        #expect(SIPLineService.newLine(matching: Self.draft, in: [Self.line(2, login: "user101")], before: before) == nil)
        #expect(SIPLineService.newLine(matching: Self.draft, in: [Self.line(2, "Sales line 2")], before: before) == nil)
        #expect(SIPLineService.newLine(matching: Self.draft, in: [Self.line(1), Self.line(2)], before: before)?.configID == 2)
    }

    @Test func theServerIsComparedWithoutCaseAndTrimmed() {
        let listed = [Self.line(3, server: "SIP.Provider.Example ")]
        #expect(SIPLineService.newLine(matching: Self.draft, in: listed, before: [])?.configID == 3)
    }

    @Test func causesOfALostAnswer() {
        let lost = Bitrix24Error.transport(TransportFailure(kind: .connectionLost, target: "h:1"))
        #expect(SIPLineService.lostAnswerCause(lost, cancelled: false).english == "the connection broke before the whole answer arrived")
        #expect(SIPLineService.lostAnswerCause(lost, cancelled: true).english == "stopped waiting for the answer")
        let fault = Bitrix24Error.serverFault(PortalMessage(code: nil, text: nil, status: 502))
        #expect(SIPLineService.lostAnswerCause(fault, cancelled: false).english == "server error, HTTP 502")
        #expect(SIPLineService.lostAnswerCause(.unexpectedAnswer(status: 200, excerpt: ""), cancelled: false).english
            == "an empty answer, HTTP 200")
    }
}
