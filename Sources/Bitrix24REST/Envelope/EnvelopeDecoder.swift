import BitrixJSON

/// Turns one HTTP answer into a response or a classified error. Pure: no network, no clock, so every envelope
/// shape can be tested from fixture bytes.
public enum EnvelopeDecoder {
    /// - Parameters:
    ///   - method: the REST method called, when known (names the missing scope or method in errors).
    ///   - redactor: scrubs secrets from the portal's description and from quoted excerpts.
    public static func decode(
        status: Int, body: some Collection<UInt8>, method: String? = nil, redactor: Redactor = Redactor()
    ) -> Result<Bitrix24Response, Bitrix24Error> {
        let document = try? JSONValue.parse(body)

        if let document, document.objectValue != nil {
            if let codeValue = document["error"], let sent = codeValue.stringValue, !sent.isEmpty {
                // Quoted in messages: a code with controls or bidi characters is shown as codes.
                let code = ExcerptSanitizer.visible(sent)
                let description = document["error_description"]?.stringValue.map { text in
                    ExcerptSanitizer.visible(redactor.redact(text))
                }
                return .failure(ErrorClassifier.classify(
                    code: code, description: description, status: status,
                    time: ResponseTime(document["time"]), method: method))
            }
            if (200...299).contains(status), let result = document["result"] {
                return .success(Bitrix24Response(
                    result: result, total: document["total"]?.intValue, next: document["next"]?.intValue,
                    time: ResponseTime(document["time"])))
            }
        }

        // Not an envelope: HTML error pages, truncated JSON, an empty body, JSON of another service.
        let excerpt = ExcerptSanitizer.excerpt(body, redactor: redactor)
        switch status {
        case 401:
            return .failure(.authentication(.credentialsRejected, PortalMessage(code: nil, text: nil, status: status)))
        case 500...599:
            return .failure(.serverFault(PortalMessage(code: nil, text: excerpt.isEmpty ? nil : excerpt, status: status)))
        default:
            return .failure(.unexpectedAnswer(status: status, excerpt: excerpt))
        }
    }
}
