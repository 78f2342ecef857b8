import Foundation

/// IPv4 loopback sockets for the tests' ports: bound to 127.0.0.1 on a port the system picks, or pointed at a port.
public enum LoopbackSocket {
    /// A new socket (`SOCK_DGRAM` or `SOCK_STREAM`) bound to 127.0.0.1:0, and the port it got.
    public static func bound(_ type: __socket_type) -> (descriptor: Int32, port: Int) {
        let descriptor = socket(AF_INET, Int32(type.rawValue), 0)
        var address = address(port: 0)
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) } }
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        return (descriptor, Int(UInt16(bigEndian: address.sin_port)))
    }

    /// Whether `operation` (`bind` or `connect`) on a new socket of `type` to 127.0.0.1:`port` succeeds.
    public static func succeeds(
        _ type: __socket_type, port: Int, _ operation: (Int32, UnsafePointer<sockaddr>, socklen_t) -> Int32
    ) -> Bool {
        let descriptor = socket(AF_INET, Int32(type.rawValue), 0)
        defer { close(descriptor) }
        var address = address(port: port)
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                operation(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
            }
        }
    }

    static func address(port: Int) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return address
    }
}
