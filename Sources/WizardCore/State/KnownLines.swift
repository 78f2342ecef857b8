import Words
import SIPLineService

/// The lines this webhook can see (the service's preflight): counted on the PBX type screen, used for the
/// title-in-use warning, and handed to the add so it can tell a new line from an old one.
public enum KnownLines: Sendable, Equatable {
    case loading
    case loaded(Preflight)
    /// Why they could not be listed (the service's words).
    case failed(SIPLineError)

    var preflight: Preflight? {
        if case .loaded(let preflight) = self { return preflight }
        return nil
    }

    /// Titles of the lines this webhook can see, for the title-in-use warning.
    var titles: [String] { preflight?.titles ?? [] }
}
