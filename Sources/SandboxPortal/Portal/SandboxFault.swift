/// A misbehaviour injected for tests. Faults apply to the next matching REST calls only and are consumed.
///
/// `…Next` faults replace the answer of the next calls (any method) WITHOUT executing them, except `delayNext`,
/// which executes the call and answers late. `…AfterAdd` faults wait for the next `voximplant.sip.add` that stores a
/// line: the line IS stored, then the answer is broken. The OAuth token endpoint is never faulted.
public enum SandboxFault: Sendable, Equatable {
    /// `QUERY_LIMIT_EXCEEDED` 503, as when the leaky bucket is full.
    case rateLimitNext(Int)
    /// An HTTP error status with a proxy's HTML page (500 answers Bitrix's `INTERNAL_SERVER_ERROR` envelope).
    case serverErrorNext(Int, status: Int)
    /// 200 with a body that is not JSON.
    case garbageNext(Int)
    /// 200 with a complete HTTP message whose JSON is cut in the middle.
    case truncatedNext(Int)
    /// Executes the call, then waits before answering.
    case delayNext(Int, Duration)
    /// The line is stored, then the connection closes before the announced body has been sent.
    case dropConnectionAfterAdd
    case garbageAfterAdd
    case truncatedAfterAdd
    case serverErrorAfterAdd(status: Int)
    /// An arbitrary error envelope, e.g. `OVERLOAD_LIMIT` 503, `ACCESS_DENIED` 403, `insufficient_scope` 403.
    case errorNext(Int, code: String, description: String, status: Int)
    /// `302` with `Location`. A `to` without a path (`http://127.0.0.1:5555`) gets the request's path and query
    /// appended, as when a portal moves; a `to` with a path is sent verbatim.
    case redirectNext(Int, to: String)
    /// The current OAuth access token expires now: calls with it answer `expired_token` (401) until refreshed.
    case expireAccessToken
    /// The next call answers `OPERATION_TIME_LIMIT` 429 with `time.operating_reset_at` = now + `resetIn`.
    case operationTimeLimit(resetIn: Duration)
    /// 200 with an empty body (what some proxies send), not executed.
    case emptyNext(Int)
    /// The line is stored, then answered with an empty 200.
    case emptyAfterAdd
    /// The `…Next` fault applies only to calls of `method` (e.g. `voximplant.sip.add`; case-insensitive); other
    /// calls pass untouched. Other faults ignore the method.
    indirect case only(method: String, SandboxFault)

    public static func overloadLimitNext(_ count: Int) -> SandboxFault {
        .errorNext(count, code: "OVERLOAD_LIMIT", description: "REST API is blocked due to overload.", status: 503)
    }

    public static func accessDeniedNext(_ count: Int) -> SandboxFault {
        .errorNext(count, code: "ACCESS_DENIED", description: "Access denied!", status: 403)
    }

    public static func insufficientScopeNext(_ count: Int) -> SandboxFault {
        .errorNext(
            count, code: "insufficient_scope",
            description: "The request requires higher privileges than provided by the webhook token", status: 403)
    }
}
