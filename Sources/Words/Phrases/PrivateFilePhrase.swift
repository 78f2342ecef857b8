/// `PrivateFiles.Failure`'s words: a file holding secrets that could not be read or written as it must.
public enum PrivateFilePhrase: Phrase {
    /// `mode` in octal.
    case readableByOthers(path: String, mode: String)
    case missing(path: String)
    /// A system call (`operation`: open, read, write, rename, …) failed; `reason` is the system's text.
    case systemFailure(path: String, operation: String, reason: String)
    case notUTF8(path: String)
    /// A symbolic link where sipline keeps a file of its own: never followed.
    case symbolicLink(path: String)
    /// A FIFO, a folder, a device …: never opened for reading.
    case notRegularFile(path: String, kind: FileKindPhrase)
    /// Someone else's file where sipline keeps its own; `owner` is their uid.
    case ownedByAnotherUser(path: String, owner: Int)
}
