import SIPLineService

/// The exit statuses of product.md's table; scripts and outside tests rely on these numbers.
enum ExitStatus: Int32 {
    case success = 0
    /// The portal refused: TITLE_EXISTS, MAX_CLOUD_PBX, CHECK_FIELDS_ERROR, ERROR_NOT_FOUND, REG_ID_NOT_FOUND,
    /// `status --watch` ending in `error`.
    case refused = 1
    case usage = 64
    /// A field is invalid; nothing was sent.
    case invalidField = 65
    /// `check`: the server's name does not resolve (EX_NOHOST).
    case noHost = 68
    /// The portal could not be reached or did not answer as Bitrix24 does, or an add's outcome is unknown;
    /// `check`: the server resolves but no SIP answer came.
    case unavailable = 69
    /// `status` without --watch: the registration is still going on; ask again later (EX_TEMPFAIL).
    case tryAgain = 75
    /// Authentication or permission.
    case authentication = 77
    /// Configuration: malformed or readable-by-others config file, unknown `--portal` name.
    case configuration = 78
    /// The person quit without creating a line, declined a confirmation, or pressed Ctrl-C.
    case cancelled = 130

    init(_ kind: SIPLineError.Kind) {
        switch kind {
        case .invalidDraft: self = .invalidField
        case .titleExists, .maxCloudLines, .fieldErrors, .notFound, .refused: self = .refused
        case .authentication, .missingScope, .missingRight, .wrongAuthType: self = .authentication
        case .unavailable: self = .unavailable
        }
    }
}
