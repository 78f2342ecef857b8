import SIPLineService
import Testing
@testable import WizardCore
import Words

/// Plain mode reads the same state as the full screen: what it asks, how an answer becomes keys, and what it prints.
@Suite struct PlainViewTests {
    private func transcript(_ state: WizardState, _ memo: inout PlainMemo) -> [String] {
        PlainView.transcript(state, memo: &memo, revealSecrets: false, unicode: true)
    }

    @Test func aFieldAnswerReplacesTheValueAndAnEmptyOneKeepsIt() throws {
        var state = Drive.started()
        Drive.keys(&state, .enter)
        let prompt = try #require(PlainView.prompt(state))
        #expect(prompt.question == "Name: ")
        #expect(prompt.echo == .visible)
        #expect(prompt.keys(for: "Main") == [.control("u"), .character("M"), .character("a"), .character("i"),
                                             .character("n"), .enter])
        #expect(prompt.keys(for: "") == [.enter])
        Drive.type(&state, "Main")
        #expect(PlainView.prompt(state)?.question == "Name [Main]: ")
    }

    @Test func thePasswordIsAskedWithoutEchoAndNeverShownAsItsValue() throws {
        var state = Drive.atReview()
        Drive.keys(&state, .character("4"))
        Drive.keys(&state, .tab)
        let prompt = try #require(PlainView.prompt(state))
        #expect(prompt.echo == .hidden)
        #expect(prompt.question == "Password [unchanged] (not shown as you type): ")
        var memo = PlainMemo()
        #expect(!transcript(Drive.atReview(), &memo).joined().contains("s3cret-pass"))
    }

    @Test func choicesAreNumberedAndAnythingElseIsAskedAgain() throws {
        var loading = WizardState(context: Drive.context)
        _ = Wizard.update(&loading, .started)
        #expect(PlainView.prompt(loading) == nil, "the lines are counted before the first question")
        let type = try #require(PlainView.prompt(Drive.started()))
        #expect(type.question == "PBX type, 1 or 2 [1]: ")
        #expect(type.keys(for: "2") == [.character("2"), .enter])
        #expect(type.keys(for: "") == [.enter])
        #expect(type.keys(for: "3") == nil)
        #expect(type.invalidAnswer == "Answer 1 (Cloud PBX) or 2 (Office PBX).")

        let review = try #require(PlainView.prompt(Drive.atReview()))
        #expect(review.keys(for: "Y") == [.enter])
        #expect(review.keys(for: "3") == [.character("3")])
        #expect(review.keys(for: "p") == [.character("p")])
        #expect(review.keys(for: "n") == [.control("c")])
        #expect(PlainView.prompt(Drive.submitting()) == nil, "nothing is asked while the portal works")
    }

    @Test func eachScreenIsPrintedOnceAndEachMessageWhenItAppears() {
        var state = Drive.started()
        var memo = PlainMemo()
        let first = transcript(state, &memo)
        #expect(first.contains("Step 1 of 5 · PBX type"))
        #expect(first.contains("Lines this webhook can see: 2 (1 cloud, 1 office)"))
        #expect(transcript(state, &memo).isEmpty)
        Drive.keys(&state, .enter)
        Drive.keys(&state, .enter)
        let name = transcript(state, &memo)
        #expect(name.contains("Step 2 of 5 · Connection name"))
        #expect(name.contains { $0.hasPrefix("Error: The name is required") })
        Drive.keys(&state, .enter)
        #expect(transcript(state, &memo).isEmpty, "the same message is not printed twice")
        for line in name { #expect(line.count <= PlainView.width) }
    }

    @Test func eachWaitThePortalAsksForIsSaidOnceWhileTheLineIsCreated() {
        var state = Drive.submitting()
        var memo = PlainMemo()
        _ = transcript(state, &memo)
        let first = CommandNotePhrase.rateLimitWait(delay: DurationPhrase(.milliseconds(500)), retry: 1)
        _ = Wizard.update(&state, .portalAskedToWait(first))
        #expect(transcript(state, &memo) == [
            "Note: Waiting, as the portal asked: the portal's rate limit was reached",
            "      (QUERY_LIMIT_EXCEEDED); trying again in 500 ms (retry 1).",
        ])
        #expect(transcript(state, &memo).isEmpty, "said once")
        _ = Wizard.update(&state, .portalAskedToWait(.rateLimitWait(delay: DurationPhrase(.milliseconds(1000)), retry: 2)))
        #expect(transcript(state, &memo).joined().contains("trying again in 1 s (retry 2)"))
        let review = Drive.after(Drive.atReview(), .portalAskedToWait(first))
        #expect(review.submit.portalWait == nil, "a wait outside an add is not kept")
    }

    @Test func theRegistrationIsFollowedOneLinePerChangeBeforeTheNextQuestion() {
        var state = Drive.result()
        var memo = PlainMemo()
        _ = transcript(state, &memo)
        #expect(PlainView.prompt(state) == nil)
        _ = Wizard.update(&state, .statusPolled(.success(RegistrationStatus(regID: 151082, result: .inProgress))))
        #expect(transcript(state, &memo) == ["Registration: in progress …"])
        _ = Wizard.update(&state, .statusPolled(.success(RegistrationStatus(regID: 151082, result: .inProgress))))
        #expect(transcript(state, &memo).isEmpty)
        _ = Wizard.update(&state, .statusPolled(.success(RegistrationStatus(regID: 151082, result: .success,
                                                                             statusCode: 200))))
        #expect(transcript(state, &memo) == ["Registration: registered (200 OK)"])
        #expect(PlainView.prompt(state)?.keys(for: "") == [.character("q")])
    }
}
