/// Pending faults. `…Next` faults apply in the order they were injected, one call each (only calls of their `method`
/// when they name one), until their count runs out; `…AfterAdd` faults wait for the next add that stores a line.
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
        /// 200 with an empty body.
        case empty
    }

    enum AfterAdd: Sendable, Equatable {
        case dropConnection
        case garbage
        case truncated
        case serverError(status: Int)
        case empty
    }

    private var next: [(replacement: Replacement, remaining: Int, method: String?)] = []
    private var afterAdd: [AfterAdd] = []

    /// `method` (lower case, e.g. `voximplant.sip.add`): only calls of that method take the fault; nil: any call.
    mutating func add(_ replacement: Replacement, count: Int, method: String? = nil) {
        if count > 0 { next.append((replacement, count, method)) }
    }

    mutating func add(_ fault: AfterAdd) {
        afterAdd.append(fault)
    }

    mutating func takeNext(method: String) -> Replacement? {
        guard let index = next.firstIndex(where: { $0.method == nil || $0.method == method }) else { return nil }
        let replacement = next[index].replacement
        next[index].remaining -= 1
        if next[index].remaining <= 0 { next.remove(at: index) }
        return replacement
    }

    mutating func takeAfterAdd() -> AfterAdd? {
        afterAdd.isEmpty ? nil : afterAdd.removeFirst()
    }
}
