import Testing
@testable import WizardCore
import Words

/// The painters pad labels into columns (PBX types, review, the result's fields, the form's boxes); the columns
/// take their widths from the words, so in every language each label is shown whole, followed by a space.
@Suite struct LabelColumnTests {
    @Test(arguments: Language.allCases)
    func labelsAreShownWhole(_ language: Language) {
        Drive.$words.withValue(Words(language)) {
            let words = Drive.words
            func expectWhole(_ phrases: [any Phrase], on state: WizardState, _ screen: String) {
                let text = Drive.frame(state).plainText
                for phrase in phrases {
                    #expect(text.contains(words(phrase) + " "), "\(language) \(screen): \(words(phrase)) is cut")
                }
            }
            expectWhole([FormPhrase.cloudPBX, FormPhrase.officePBX], on: Drive.started(), "type")
            var credentials = Drive.atReview()
            Drive.keys(&credentials, .character("4"))
            expectWhole([FormPhrase.loginLabel, FormPhrase.passwordLabel], on: credentials, "credentials")
            expectWhole([ReviewPhrase.typeLabel, ReviewPhrase.nameLabel, ReviewPhrase.serverLabel, ReviewPhrase.loginLabel,
                         ReviewPhrase.passwordLabel, ReviewPhrase.portalLabel], on: Drive.atReview(), "review")
            let lineLabels: [any Phrase] = [LinePhrase.server, LinePhrase.login, LinePhrase.password]
            expectWhole(lineLabels, on: Drive.result(), "cloud result")
            expectWhole(lineLabels, on: Drive.result(Drive.officeLine), "office result")
        }
    }
}
