/// What a path holds instead of the regular file sipline expected there.
public enum FileKindPhrase: Phrase {
    case fifo
    case folder
    case characterDevice
    case blockDevice
    case socket
    case notRegular
}
