/// A line's fields where a screen names them in words rather than by Bitrix24's key.
public enum LinePhrase: Phrase {
    case server
    case login
    case password
}
