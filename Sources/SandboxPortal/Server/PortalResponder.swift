import Platform
import BitrixJSON
import HTTPTypes
import HummingbirdCore
import Logging
import NIOCore

/// Turns HTTP into `IncomingCall`s for the portal and its `PortalReply`s back into HTTP. Every path goes through
/// here (no router): the portal matches method names case-insensitively and accepts GET and POST alike.
/// It sits directly on HummingbirdCore's HTTP/1 channel: the `Hummingbird` module on top would link full Foundation.
struct PortalResponder: Sendable {
    let portal: Portal
    let faultControlOverHTTP: Bool
    let logger: Logger
    static let maxBodyBytes = 4 << 20

    /// HummingbirdCore's responder: one request in, one response written. Anything the call throws (a body over
    /// the limit, a cancelled delay) becomes an empty 500, as Hummingbird's application did; every answer carries
    /// a `Date` header, as a real web server's does.
    @Sendable func serve(_ request: Request, writer: consuming ResponseWriter, channel: any Channel) async throws {
        var response: Response
        do {
            response = try await respond(to: request)
        } catch {
            logger.debug("sandbox answered 500", metadata: ["error": "\(error)"])
            response = Response(status: .internalServerError)
        }
        response.headers[.date] = PortalDateFormatter.httpDate(Date())
        try await writer.write(response: response.head, body: response.body)
    }

    func respond(to request: Request) async throws -> Response {
        var request = request
        let received = Date()
        let rawPath = request.head.path ?? "/"
        let (path, query) = Self.split(rawPath)
        let body = try await request.collectBody(upTo: Self.maxBodyBytes)
        let bytes = Array(body.readableBytesView)
        let contentType = request.headers[.contentType]

        if faultControlOverHTTP, path == "/_sandbox/faults" || path == "/_sandbox/faults/" {
            return await FaultControl.respond(to: bytes, method: request.method, portal: portal)
        }
        let call = IncomingCall(
            httpMethod: request.method.rawValue, path: path, query: query, contentType: contentType,
            parameters: Self.parameters(query: query, body: bytes, contentType: contentType), received: received,
            body: bytes)
        let reply = await portal.handle(call)
        if let delay = reply.delay { try await Task.sleep(for: delay) }
        return Self.response(reply)
    }

    static func split(_ target: String) -> (path: String, query: String?) {
        guard let mark = target.firstIndex(of: "?") else { return (target, nil) }
        return (String(target[..<mark]), String(target[target.index(after: mark)...]))
    }

    /// Query parameters merged with the body's; nil when the body claims JSON but is not a JSON object.
    static func parameters(query: String?, body: [UInt8], contentType: String?) -> CallParameters? {
        let fromQuery = FormDecoding.parse(query ?? "")
        let type = contentType?.lowercased() ?? ""
        let text = String(decoding: body, as: UTF8.self)
        let trimmed = text.drop { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" }
        let fromBody: JSONValue
        if trimmed.isEmpty {
            fromBody = .object([:])
        } else if type.contains("json") || (!type.contains("x-www-form-urlencoded") && trimmed.first == "{") {
            guard let parsed = try? JSONValue.parse(body), case .object = parsed else { return nil }
            fromBody = parsed
        } else {
            fromBody = FormDecoding.parse(text)
        }
        return CallParameters.merged(query: fromQuery, body: fromBody)
    }

    static func response(_ reply: PortalReply) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = reply.contentType
        if let location = reply.location { headers[.location] = location }
        let status = HTTPResponse.Status(code: reply.status)
        var buffer = ByteBuffer()
        buffer.writeBytes(reply.body)
        guard let announced = reply.announcedLength else {
            return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: buffer))
        }
        // Announce the whole body, send part of it, then fail the writer: Hummingbird closes the connection, so
        // the client sees the answer cut off after the line was stored.
        let partial = buffer
        return Response(
            status: status, headers: headers,
            body: ResponseBody(contentLength: announced) { writer in
                try await writer.write(partial)
                throw ConnectionDropped()
            })
    }

    struct ConnectionDropped: Error {}
}
