import Platform
import NIOCore
import NIOPosix
import SIPLineService

/// Sends one OPTIONS to one target and waits for any SIP answer: over UDP, `timeout` then one retransmission of
/// the same request and `timeout` again; over TCP, a connect within `timeout` and the answer within twice that.
/// Never throws: every failure is an outcome. Cancelling the task ends the wait at once.
struct SIPProbe: Sendable {
    var timeout: Duration
    var group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton

    enum Outcome: Sendable, Hashable {
        case answered(SIPAnswer)
        /// Refused at once: ICMP port unreachable on the connected UDP socket, or a TCP reset.
        case refused
        /// Nothing came back in time (or the target could not be reached at all).
        case silent
    }

    func probe(_ target: SIPTarget, requestHost: String, requestPort: Int?) async -> Outcome {
        let head: SIPResponseHead?
        do {
            switch target.transport {
            case .udp: head = try await overUDP(target, requestHost: requestHost, requestPort: requestPort)
            case .tcp: head = try await overTCP(target, requestHost: requestHost, requestPort: requestPort)
            case .tls: head = nil
            }
        } catch let error as IOError where error.errnoCode == ECONNREFUSED {
            return .refused
        } catch {
            return .silent
        }
        guard let head else { return .silent }
        return .answered(SIPAnswer(statusCode: head.statusCode, statusLine: head.statusLine, software: head.software,
                                   from: target))
    }

    private func request(_ target: SIPTarget, local: SocketAddress?, requestHost: String, requestPort: Int?) -> OptionsRequest {
        OptionsRequest(requestHost: requestHost, requestPort: requestPort, transport: target.transport,
                       localAddress: local?.ipAddress ?? "0.0.0.0", localPort: local?.port ?? 0)
    }

    // MARK: - UDP

    private func overUDP(_ target: SIPTarget, requestHost: String, requestPort: Int?) async throws -> SIPResponseHead? {
        let remote = try SocketAddress(ipAddress: target.address, port: target.port)
        // Connected, so the kernel picks the source address that Via names, and only the target's datagrams arrive.
        let channel = try await DatagramBootstrap(group: group)
            .connect(to: remote) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try NIOAsyncChannel<AddressedEnvelope<ByteBuffer>, AddressedEnvelope<ByteBuffer>>(
                        wrappingChannelSynchronously: channel)
                }
            }
        let text = request(target, local: channel.channel.localAddress, requestHost: requestHost, requestPort: requestPort).text
        let envelope = AddressedEnvelope(remoteAddress: remote, data: ByteBuffer(string: text))
        let timeout = self.timeout
        return try await channel.executeThenClose { inbound, outbound in
            try await outbound.write(envelope)
            return try await Self.first(
                { () async throws -> SIPResponseHead? in
                    for try await datagram in inbound {
                        if let head = SIPResponseHead(String(buffer: datagram.data)) { return head }
                    }
                    return nil
                },
                orAfter: {
                    try await Task.sleep(for: timeout)
                    try await outbound.write(envelope)  // RFC 3261 §17.1.2: the same request again
                    try await Task.sleep(for: timeout)
                })
        }
    }

    // MARK: - TCP

    private func overTCP(_ target: SIPTarget, requestHost: String, requestPort: Int?) async throws -> SIPResponseHead? {
        let remote = try SocketAddress(ipAddress: target.address, port: target.port)
        let channel = try await ClientBootstrap(group: group)
            .connectTimeout(.nanoseconds(timeout.inNanoseconds))
            .connect(to: remote) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
        let text = request(target, local: channel.channel.localAddress, requestHost: requestHost, requestPort: requestPort).text
        let timeout = self.timeout
        return try await channel.executeThenClose { inbound, outbound in
            try await outbound.write(ByteBuffer(string: text))
            return try await Self.first(
                { () async throws -> SIPResponseHead? in
                    var received = ""
                    for try await chunk in inbound {
                        received += String(buffer: chunk)
                        // The head is complete at the first empty line; the status line alone would do, but the
                        // Server header comes after it.
                        if received.contains("\r\n\r\n") || received.utf8.count > 16_384 { break }
                    }
                    return SIPResponseHead(received)
                },
                orAfter: { try await Task.sleep(for: timeout * 2) })
        }
    }

    /// The answer of `read`, or nil once `deadline` returns, whichever comes first; the other is cancelled.
    private static func first(
        _ read: @escaping @Sendable () async throws -> SIPResponseHead?,
        orAfter deadline: @escaping @Sendable () async throws -> Void
    ) async throws -> SIPResponseHead? {
        try await withThrowingTaskGroup(of: SIPResponseHead?.self) { group in
            group.addTask { try await read() }
            group.addTask {
                try await deadline()
                return nil
            }
            defer { group.cancelAll() }
            return try await group.next() ?? nil
        }
    }
}
