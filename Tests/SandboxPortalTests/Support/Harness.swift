import AsyncHTTPClient
import BitrixJSON
import NIOCore
import NIOHTTP1
import Testing

@testable import SandboxPortal

/// One client for the whole target: redirects are never followed (the tests look at the 302 itself).
let testClient = HTTPClient(
    eventLoopGroup: HTTPClient.defaultEventLoopGroup,
    configuration: HTTPClient.Configuration(
        redirectConfiguration: .disallow, timeout: .init(connect: .seconds(5), read: .seconds(20))))

struct RawAnswer {
    var status: Int
    var headers: HTTPHeaders
    var bytes: [UInt8]

    var text: String { String(decoding: bytes, as: UTF8.self) }
    var json: JSONValue? { try? JSONValue.parse(bytes) }
    var result: JSONValue? { json?["result"] }
    var error: String? { json?["error"]?.stringValue }
    var errorDescription: String? { json?["error_description"]?.stringValue }
}

enum Body {
    case none
    case json(JSONValue)
    case form(String)
    case raw(String, contentType: String)
}

/// A started sandbox and helpers to call it with raw HTTP.
struct Sandbox {
    let server: SandboxServer

    static func with<T>(
        _ configure: (inout SandboxConfiguration) -> Void = { _ in },
        _ body: (Sandbox) async throws -> T
    ) async throws -> T {
        var configuration = SandboxConfiguration()
        configure(&configuration)
        let server = try await SandboxServer.start(configuration)
        do {
            let value = try await body(Sandbox(server: server))
            await server.stop()
            return value
        } catch {
            await server.stop()
            throw error
        }
    }

    /// POSTs JSON to `<webhook><method>.json` unless told otherwise.
    @discardableResult
    func call(_ method: String, _ parameters: JSONValue = [:]) async throws -> RawAnswer {
        try await send(url: server.webhookURL + method + ".json", body: .json(parameters))
    }

    func send(url: String, httpMethod: HTTPMethod = .POST, body: Body = .none) async throws -> RawAnswer {
        try await Self.send(url: url, httpMethod: httpMethod, body: body)
    }

    /// Raw HTTP through the shared test client; needs no running sandbox (for URLs from elsewhere).
    static func send(url: String, httpMethod: HTTPMethod = .POST, body: Body = .none) async throws -> RawAnswer {
        var request = HTTPClientRequest(url: url)
        request.method = httpMethod
        switch body {
        case .none:
            break
        case .json(let value):
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(string: value.serialized()))
        case .form(let text):
            request.headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
            request.body = .bytes(ByteBuffer(string: text))
        case .raw(let text, let contentType):
            request.headers.add(name: "Content-Type", value: contentType)
            request.body = .bytes(ByteBuffer(string: text))
        }
        let response = try await testClient.execute(request, timeout: .seconds(20))
        let buffer = try await response.body.collect(upTo: 8 << 20)
        return RawAnswer(status: Int(response.status.code), headers: response.headers, bytes: Array(buffer.readableBytesView))
    }

    /// Adds a cloud line and returns the add's result.
    @discardableResult
    func addLine(title: String, server: String = "sip.example.com", login: String = "100", password: String = "secret",
                 type: String = "cloud") async throws -> JSONValue {
        let answer = try await call(
            "voximplant.sip.add",
            ["TYPE": .string(type), "TITLE": .string(title), "SERVER": .string(server), "LOGIN": .string(login),
             "PASSWORD": .string(password)])
        #expect(answer.status == 200, "add failed: \(answer.text)")
        return answer.result ?? .null
    }
}
