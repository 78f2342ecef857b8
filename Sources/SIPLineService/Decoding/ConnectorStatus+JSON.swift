import BitrixJSON
import Words

extension ConnectorStatus {
    /// Reads a `voximplant.sip.connector.status` result; missing minutes count as none, a missing PAID as unpaid.
    init(json: JSONValue) throws(DecodingProblem) {
        guard json.objectValue != nil else { throw DecodingProblem(what: .connectorStatusNotObject) }
        let paid = json["PAID"].flatMap { $0.isEmptyValue ? nil : $0.boolValue } ?? false
        self.init(
            freeMinutes: json["FREE_MINUTES"]?.number ?? 0, paid: paid,
            paidUntil: paid ? json["PAID_DATE_END"]?.text : nil)
    }
}
