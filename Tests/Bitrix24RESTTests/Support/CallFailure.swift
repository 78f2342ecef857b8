import BitrixJSON
import Testing
@testable import Bitrix24REST

/// The error a call must end in (an issue is recorded when it answers instead); on the way, its description is
/// checked for the secrets the tests send (the webhook code, the passwords).
func callFailure(
    _ client: Bitrix24Client, _ method: String = "voximplant.sip.get", _ params: [String: JSONValue] = [:],
    sourceLocation: SourceLocation = #_sourceLocation
) async -> Bitrix24Error? {
    do {
        let response = try await client.call(method, params)
        Issue.record("expected a failure, got \(response)", sourceLocation: sourceLocation)
        return nil
    } catch {
        for secret in ["zz9secretcode77", "Quokka-Pw-88317", "Pa55-w0rd!XYZ"] {
            #expect(!error.description.contains(secret), sourceLocation: sourceLocation)
        }
        return error
    }
}

extension Bitrix24Error {
    /// The transport's failure, when the call failed on the way (nil for a portal's refusal and the rest).
    var transportFailure: TransportFailure? {
        if case .transport(let failure) = self { failure } else { nil }
    }
}
