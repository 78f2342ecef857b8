import Testing
import Words

@testable import SIPLineService

/// The one table from a registration's status to words and the field a fix is about.
@Suite struct RegistrationAdviceTests {
    static func failed(_ code: Int?, _ message: String? = nil) -> RegistrationStatus {
        RegistrationStatus(regID: 1, result: .error, statusCode: code, errorMessage: message)
    }

    @Test(arguments: [
        (401, RegistrationPhrase.credentialsRefused(code: 401), DraftField?.some(.password)),
        (407, .credentialsRefused(code: 407), .password),
        (403, .forbidden, .login), (404, .unknownLogin, .login),
        (408, .noTimelyAnswer(code: 408), .server), (480, .noTimelyAnswer(code: 480), .server),
        (504, .noTimelyAnswer(code: 504), .server), (503, .serviceUnavailable, .server), (502, .badGateway, .server),
        (423, .intervalTooBrief, nil), (482, .loop(code: 482), .server), (483, .loop(code: 483), .server),
        (486, .busyHere, nil), (500, .providerInternalError, nil), (603, .declined, nil),
        (420, .otherRequestFailure(code: 420), nil), (580, .otherServerFailure(code: 580), nil),
        (606, .otherGlobalFailure(code: 606), nil), (200, .unexpectedCode(code: 200), nil),
    ])
    func everyCodeHasItsRow(_ code: Int, _ phrase: RegistrationPhrase, _ field: DraftField?) {
        let advice = RegistrationAdvice(Self.failed(code, "provider text"))
        #expect(advice.phrase == phrase)
        #expect(advice.field == field)
        #expect(advice.isFailure)
        #expect(advice.providerMessage == "provider text", "shown as it came, never interpreted")
        #expect(!Words.english(advice.phrase).isEmpty)
    }

    @Test func the502OfAnUnresolvableNameIsItsOwnRow() {
        let advice = RegistrationAdvice(Self.failed(502, "Unable to resolve hostname"))
        #expect(advice.phrase == .hostnameUnresolved)
        #expect(advice.field == .server)
    }

    @Test func waitingSuccessAndThePollingLimit() {
        #expect(RegistrationAdvice(RegistrationStatus(regID: 1, result: .wait)).phrase == .stillWaiting)
        #expect(!RegistrationAdvice(RegistrationStatus(regID: 1, result: .inProgress)).isFailure)
        let registered = RegistrationAdvice(RegistrationStatus(regID: 1, result: .success, statusCode: 200))
        #expect(registered.phrase == .registered && !registered.isFailure && registered.field == nil)
        let limit = RegistrationAdvice.noAnswer(afterSeconds: 60)
        #expect(limit.phrase == .noAnswerAfterLimit(seconds: 60) && limit.isFailure && limit.field == .server)
        #expect(RegistrationAdvice(Self.failed(nil)).phrase == .unexpectedCode(code: 0))
    }
}
