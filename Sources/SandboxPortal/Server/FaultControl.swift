import BitrixJSON
import HTTPTypes
import HummingbirdCore
import NIOCore

/// `POST /_sandbox/faults` (only with `faultControlOverHTTP`): the same faults as `SandboxServer.inject`, as JSON,
/// for end-to-end tests of the binary. Examples:
/// `{"fault":"rateLimitNext","count":3}`, `{"fault":"serverErrorNext","count":1,"status":502}`,
/// `{"fault":"delayNext","count":1,"milliseconds":1500}`, `{"fault":"redirectNext","count":1,"to":"http://127.0.0.1:9"}`,
/// `{"fault":"errorNext","count":1,"code":"OVERLOAD_LIMIT","description":"…","status":503}`,
/// `{"fault":"operationTimeLimit","resetInSeconds":30}`, `{"fault":"dropConnectionAfterAdd"}`,
/// `{"fault":"emptyNext","count":1}`, `{"fault":"emptyAfterAdd"}`, `{"fault":"webhookPermissions","value":"noTelephonyScope"}`.
/// A `"method": "voximplant.sip.add"` key makes a `…Next` fault apply to that method's calls only.
enum FaultControl {
    static func respond(to body: [UInt8], method: HTTPRequest.Method, portal: Portal) async -> Response {
        guard method == .post else { return answer(405, "POST a JSON fault") }
        guard let json = try? JSONValue.parse(body) else { return answer(400, "the body is not JSON") }
        if json["fault"]?.stringValue == "webhookPermissions" {
            guard let value = json["value"]?.stringValue, let permissions = WebhookPermissions(rawValue: value) else {
                return answer(400, "value must be one of full, noTelephonyScope, noTelephonyRight")
            }
            await portal.setWebhookPermissions(permissions)
            return answer(200, "ok")
        }
        switch fault(from: json) {
        case .success(let fault):
            await portal.inject(json["method"]?.stringValue.map { .only(method: $0, fault) } ?? fault)
            return answer(200, "ok")
        case .failure(let problem):
            return answer(400, problem.message)
        }
    }

    struct Problem: Error { var message: String }

    static func fault(from json: JSONValue) -> Result<SandboxFault, Problem> {
        let count = json["count"]?.intValue ?? 1
        func require<T>(_ value: T?, _ key: String) throws(Problem) -> T {
            guard let value else { throw Problem(message: "missing \(key)") }
            return value
        }
        do throws(Problem) {
            switch json["fault"]?.stringValue ?? "" {
            case "rateLimitNext": return .success(.rateLimitNext(count))
            case "serverErrorNext": return .success(.serverErrorNext(count, status: json["status"]?.intValue ?? 500))
            case "garbageNext": return .success(.garbageNext(count))
            case "truncatedNext": return .success(.truncatedNext(count))
            case "delayNext":
                let milliseconds = try require(json["milliseconds"]?.intValue, "milliseconds")
                return .success(.delayNext(count, .milliseconds(milliseconds)))
            case "dropConnectionAfterAdd": return .success(.dropConnectionAfterAdd)
            case "garbageAfterAdd": return .success(.garbageAfterAdd)
            case "truncatedAfterAdd": return .success(.truncatedAfterAdd)
            case "emptyNext": return .success(.emptyNext(count))
            case "emptyAfterAdd": return .success(.emptyAfterAdd)
            case "serverErrorAfterAdd": return .success(.serverErrorAfterAdd(status: json["status"]?.intValue ?? 500))
            case "errorNext":
                return .success(
                    .errorNext(
                        count, code: try require(json["code"]?.stringValue, "code"),
                        description: json["description"]?.stringValue ?? "", status: json["status"]?.intValue ?? 400))
            case "redirectNext": return .success(.redirectNext(count, to: try require(json["to"]?.stringValue, "to")))
            case "expireAccessToken": return .success(.expireAccessToken)
            case "operationTimeLimit":
                return .success(.operationTimeLimit(resetIn: .seconds(json["resetInSeconds"]?.intValue ?? 60)))
            case let other: throw Problem(message: "unknown fault \"\(other)\"")
            }
        } catch {
            return .failure(error)
        }
    }

    private static func answer(_ status: Int, _ text: String) -> Response {
        var buffer = ByteBuffer()
        buffer.writeString(text + "\n")
        return Response(
            status: HTTPResponse.Status(code: status), headers: [.contentType: "text/plain; charset=utf-8"],
            body: ResponseBody(byteBuffer: buffer))
    }
}
