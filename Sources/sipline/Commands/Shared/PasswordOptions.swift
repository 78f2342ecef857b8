import ArgumentParser
import PortalConfig

/// The password of a line, never from argv: `--password-stdin` or `--password-file PATH` (a file others can read is
/// refused). Exactly one trailing newline (LF or CRLF) is removed, nothing else: spaces are the person's to keep
/// (the validator tells them when the portal would trim them).
struct PasswordOptions: ParsableArguments {
    @Flag(name: .customLong("password-stdin"), help: "Read the password from standard input (one trailing newline is removed).")
    var passwordStdin = false

    @Option(name: .customLong("password-file"), help: ArgumentHelp(
        "Read the password from a file readable only by you (chmod 600); one trailing newline is removed.",
        valueName: "path"))
    var passwordFile: String?

    func validate() throws {
        if passwordStdin && passwordFile != nil {
            throw ValidationError("Give the password with --password-stdin or --password-file, not both.")
        }
    }

    var isGiven: Bool { passwordStdin || passwordFile != nil }

    /// The password, or nil when neither option was given.
    func read() throws(CommandFailure) -> String? {
        if passwordStdin {
            let bytes: [UInt8]
            do { bytes = try PrivateFiles.readBytes(at: "/dev/stdin") } catch {
                throw CommandFailure(status: .usage, code: "USAGE", message: "--password-stdin: cannot read standard input (\(error)).")
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
                switch failure {
                case .readableByOthers(_, let mode):
                    throw CommandFailure(
                        status: .configuration, code: "CONFIGURATION",
                        message: "--password-file \(path) can be read by other users (mode \(String(mode, radix: 8))); "
                            + "sipline will not use it. Run: chmod 600 \(path)")
                default:
                    throw CommandFailure(status: .usage, code: "USAGE", message: "--password-file: \(failure)")
                }
            } catch {
                throw CommandFailure(status: .usage, code: "USAGE", message: "--password-file \(path) cannot be read.")
            }
        }
        return nil
    }

    static func text(_ bytes: [UInt8], source: String) throws(CommandFailure) -> String {
        guard let text = String(validating: stripOneNewline(bytes), as: UTF8.self) else {
            throw CommandFailure(status: .invalidField, code: "INVALID_FIELDS",
                                 message: "Nothing was sent: the password from \(source) is not UTF-8 text.")
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
