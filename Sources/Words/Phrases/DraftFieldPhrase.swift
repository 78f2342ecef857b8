/// A field of a new line as the validation sentences name it (English: the noun after "The"; Russian: the label
/// quoted in «»).
public enum DraftFieldPhrase: Phrase {
    case type
    case title
    case server
    case login
    case password
}
