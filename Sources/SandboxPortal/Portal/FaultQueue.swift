/// Pending faults. `…Next` faults apply in the order they were injected, one call each, until their count runs out;
/// `…AfterAdd` faults wait for the next add that stores a line.
struct FaultQueue: Sendable {
    enum Replacement: Sendable, Equatable {
        case rateLimit
        case serverError(status: Int)
        case garbage
        case truncated
        case delay(Duration)
        case error(PortalError)
        case redirect(to: String)
        case operationTimeLimit(resetIn: Duration)
    }

    enum AfterAdd: Sendable, Equatable {
        case dropConnection
        case garbage
        case truncated
        case serverError(status: Int)
    }

    private var next: [(replacement: Replacement, remaining: Int)] = []
    private var afterAdd: [AfterAdd] = []

    mutating func add(_ replacement: Replacement, count: Int) {
        if count > 0 { next.append((replacement, count)) }
    }

    mutating func add(_ fault: AfterAdd) {
        afterAdd.append(fault)
    }

    mutating func takeNext() -> Replacement? {
        guard !next.isEmpty else { return nil }
        let replacement = next[0].replacement
        next[0].remaining -= 1
        if next[0].remaining <= 0 { next.removeFirst() }
        return replacement
    }

    mutating func takeAfterAdd() -> AfterAdd? {
        afterAdd.isEmpty ? nil : afterAdd.removeFirst()
    }
}
