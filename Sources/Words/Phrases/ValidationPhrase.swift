/// `ValidationIssue`'s words: one problem of one field of a new line, naming the field or the value. Sentences about
/// the login or the password never quote the value.
public enum ValidationPhrase: Phrase {
    /// `character` is "U+0009".
    case controlCharacter(field: DraftFieldPhrase, character: String, position: Int)
    /// The first control character, and how many more follow.
    case controlCharacters(field: DraftFieldPhrase, character: String, position: Int, more: Int)
    case tooLong(field: DraftFieldPhrase, length: Int, limit: Int, excess: Int)
    /// Longer in code points (as the portal counts) than in what a person sees.
    case tooLongAsPortalCounts(field: DraftFieldPhrase, length: Int, limit: Int, excess: Int)
    /// `character` is "U+00A0 NO-BREAK SPACE" (warning).
    case invisibleCharacter(field: DraftFieldPhrase, character: String, position: Int)
    /// In a host name it is an error.
    case invisibleCharacterInHost(field: DraftFieldPhrase, character: String, position: Int)
    case titleRequired
    case titleBlank
    /// A line this webhook sees has the title already (warning).
    case titleInUse(existing: String)
    case loginRequired
    case loginContainsSpace
    case passwordRequired
    case passwordBlank
    case passwordEndsWithSpace
    case passwordEndsWithSpaces
    case passwordStartsWithSpace
    case passwordStartsWithSpaces
    case passwordStartsAndEndsWithSpaces
    case serverRequired
    /// Only `http://` or `https://`.
    case serverOnlyScheme(scheme: String)
    /// `http(s)://` removed (notice).
    case schemeRemoved(scheme: String)
    /// `sip:`/`sips:`; `suggestion` is the bare host[:port] when it is valid.
    case sipURI(scheme: String, suggestion: String?)
    case unsupportedScheme(scheme: String, suggestion: String?)
    case userPart(suggestion: String?)
    case parameters(suggestion: String?)
    case path(suggestion: String?)
    case serverContainsSpace(server: String)
    case portWithoutHost(server: String)
    case unclosedBracket(server: String)
    case invalidIPv6(address: String)
    case textAfterIPv6(address: String)
    case unbracketedIPv6(server: String)
    case malformedIPv6(server: String)
    case tooManyColons(server: String)
    case portMissing(server: String)
    case portNotANumber(port: String)
    case portOutOfRange(port: String)
    case portLeadingZero(port: String, number: Int)
    case nonASCIIHost(host: String)
    case ipv4Malformed(host: String)
    case ipv4OutOfRange(host: String, number: String)
    case ipv4LeadingZeros(host: String, decimal: String)
    case trailingDot(host: String, name: String)
    case emptyLabel(name: String)
    case labelTooLong(label: String, length: Int, limit: Int)
    case forbiddenCharacter(name: String, character: String)
    case labelStartsWithHyphen(label: String)
    case labelEndsWithHyphen(label: String)
    case hostNameTooLong(length: Int, limit: Int)
    case numericTopLevel(name: String)
    /// A server Bitrix24 cannot reach from the internet (warning).
    case unreachable(host: String, kind: AddressKindPhrase)
    /// A host name without a domain (warning).
    case unqualifiedHost(name: String)
    /// A sentence given as text by a caller not yet on the catalogue; the same in every language.
    case untranslated(String)
}
