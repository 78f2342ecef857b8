import ArgumentParser
import PortalConfig
import Words

/// The password of a line, never from argv: `--password-stdin` or `--password-file PATH` (a file others can read is
/// refused). Exactly one trailing newline (LF or CRLF) is removed, nothing else: spaces are the person's to keep
/// (the validator tells them when the portal would trim them).
struct PasswordOptions: ParsableArguments {
    @Flag(name: .customLong("password-stdin"), help: .words(.passwordStdin)) var passwordStdin = false

    @Option(name: .customLong("password-file"), help: .words(.passwordFile, valueName: "path"))
    var passwordFile: String?

    func validate() throws {
        if passwordStdin && passwordFile != nil {
            throw ValidationError(processWords(CommandPhrase.passwordGivenTwice))
        }
    }

    var isGiven: Bool { passwordStdin || passwordFile != nil }

    /// The password, or nil when neither option was given.
    func read() throws(CommandFailure) -> String? {
        if passwordStdin {
            let bytes: [UInt8]
            do { bytes = try PrivateFiles.readBytes(at: "/dev/stdin") } catch {
                throw CommandFailure(status: .usage, code: "USAGE",
                                     message: CommandPhrase.standardInputUnreadable(reason: error.phrase))
            }
            return try Self.text(bytes, source: "--password-stdin")
        }
        if let path = passwordFile {
            do {
                try PrivateFiles.checkPrivate(path)
                return try Self.text(PrivateFiles.readBytes(at: path), source: "--password-file \(path)")
            } catch let failure as CommandFailure {
                throw failure
            } catch let failure as PrivateFiles.Failure {
                switch failure.phrase {
                case .readableByOthers(_, let mode):
                    throw CommandFailure(
                        status: .configuration, code: "CONFIGURATION",
                        message: CommandPhrase.passwordFileReadableByOthers(path: path, mode: mode))
                default:
                    throw CommandFailure(status: .usage, code: "USAGE", message: CommandPhrase.passwordFileFailure(failure.phrase))
                }
            } catch {
                throw CommandFailure(status: .usage, code: "USAGE", message: CommandPhrase.passwordFileUnreadable(path: path))
            }
        }
        return nil
    }

    static func text(_ bytes: [UInt8], source: String) throws(CommandFailure) -> String {
        guard let text = String(validating: stripOneNewline(bytes), as: UTF8.self) else {
            throw CommandFailure(status: .invalidField, code: "INVALID_FIELDS",
                                 message: CommandPhrase.passwordNotUTF8(source: source))
        }
        return text
    }

    /// Removes exactly one trailing "\n" or "\r\n".
    static func stripOneNewline(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.last == 0x0A else { return bytes }
        var trimmed = bytes.dropLast()
        if trimmed.last == 0x0D { trimmed = trimmed.dropLast() }
        return Array(trimmed)
    }
}
