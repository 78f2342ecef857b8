import BitrixJSON
import Words

extension RegistrationStatus {
    /// Reads a `voximplant.sip.status` result. `regID` is the one asked for, used when the answer omits REG_ID.
    init(json: JSONValue, requestedRegID: Int) throws(DecodingProblem) {
        guard json.objectValue != nil else { throw DecodingProblem(what: .statusNotObject) }
        guard let rawResult = json["STATUS_RESULT"]?.text else {
            throw DecodingProblem(what: .statusWithoutResult)
        }
        let normalized = rawResult.lowercased().replacing(" ", with: "_")
        guard let result = Result(rawValue: normalized == "inprogress" ? "in_progress" : normalized) else {
            throw DecodingProblem(what: .unknownStatusResult(value: String(rawResult.prefix(40))))
        }
        self.init(
            regID: json["REG_ID"]?.number ?? requestedRegID, result: result, statusCode: json["STATUS_CODE"]?.number,
            errorMessage: json["ERROR_MESSAGE"]?.text, lastUpdated: json["LAST_UPDATED"]?.text)
    }
}
