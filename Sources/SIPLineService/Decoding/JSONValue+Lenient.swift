import BitrixJSON
import Words

extension JSONValue {
    /// A text field: `nil` for `""`, `null` and anything that is not a scalar.
    var text: String? { stringValue }

    /// An integer that may come as a number or a numeric string; `nil` when empty or not a whole number.
    var number: Int? { isEmptyValue ? nil : intValue }
}

/// Why an answer of the portal could not be read as the type the call promises.
struct DecodingProblem: Error, Sendable, Hashable {
    var what: AnswerProblemPhrase
}
