// Temporary, for the migration test only: the Swift switch tables' words (English/, Russian/), kept side by side with
// the text tables until every sample reads the same in both; deleted with them.

public protocol LegacyPhrase {
    var legacyEnglish: String { get }
    var legacyRussian: String { get }
}

extension AnyPhrase: LegacyPhrase {
    public var legacyEnglish: String { (base as? any LegacyPhrase)?.legacyEnglish ?? english }
    public var legacyRussian: String { (base as? any LegacyPhrase)?.legacyRussian ?? russian }
}

extension Plural {
    static func english(_ count: Int, one: String, other: String) -> String { [one, other][form(count, in: .english)] }
    static func russian(_ count: Int, one: String, few: String, many: String) -> String {
        [one, few, many][form(count, in: .russian)]
    }
}

extension AddPhrase: LegacyPhrase {}
extension AddressKindPhrase: LegacyPhrase {}
extension AnswerProblemPhrase: LegacyPhrase {}
extension CheckPhrase: LegacyPhrase {}
extension CommandNotePhrase: LegacyPhrase {}
extension CommandPhrase: LegacyPhrase {}
extension ConfigPhrase: LegacyPhrase {}
extension CreatedLinePhrase: LegacyPhrase {}
extension CredentialsFieldPhrase: LegacyPhrase {}
extension CredentialsPhrase: LegacyPhrase {}
extension DefaultLinePhrase: LegacyPhrase {}
extension DeletePhrase: LegacyPhrase {}
extension DraftFieldPhrase: LegacyPhrase {}
extension DurationPhrase: LegacyPhrase {}
extension FieldIssuePhrase: LegacyPhrase {}
extension FileKindPhrase: LegacyPhrase {}
extension FormPhrase: LegacyPhrase {}
extension HelpPhrase: LegacyPhrase {}
extension HelpTopicPhrase: LegacyPhrase {}
extension KeyPhrase: LegacyPhrase {}
extension LinePhrase: LegacyPhrase {}
extension ListPhrase: LegacyPhrase {}
extension LostAnswerPhrase: LegacyPhrase {}
extension OverlayPhrase: LegacyPhrase {}
extension PBXConfigPhrase: LegacyPhrase {}
extension PlainPhrase: LegacyPhrase {}
extension PortalPhrase: LegacyPhrase {}
extension PortalReplyPhrase: LegacyPhrase {}
extension PortalResolutionPhrase: LegacyPhrase {}
extension PrivateFilePhrase: LegacyPhrase {}
extension RESTPhrase: LegacyPhrase {}
extension ReconciliationPhrase: LegacyPhrase {}
extension RegistrationPhrase: LegacyPhrase {}
extension ResultPhrase: LegacyPhrase {}
extension ReviewPhrase: LegacyPhrase {}
extension SandboxPhrase: LegacyPhrase {}
extension ScreenPhrase: LegacyPhrase {}
extension ServicePhrase: LegacyPhrase {}
extension StatusPhrase: LegacyPhrase {}
extension SummaryPhrase: LegacyPhrase {}
extension TerminalPhrase: LegacyPhrase {}
extension TransportDetailPhrase: LegacyPhrase {}
extension TransportPhrase: LegacyPhrase {}
extension UpdatePhrase: LegacyPhrase {}
extension ValidationPhrase: LegacyPhrase {}
