/// `PrivateFiles.Failure`'s words: a file holding secrets that could not be read or written as it must.
public enum PrivateFilePhrase: Phrase {
    /// `mode` in octal.
    case readableByOthers(path: String, mode: String)
    case missing(path: String)
    /// A system call (`operation`: open, read, write, rename, …) failed; `reason` is the system's text.
    case systemFailure(path: String, operation: String, reason: String)
    case notUTF8(path: String)
}
