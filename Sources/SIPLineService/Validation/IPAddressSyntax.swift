import Words

/// Parsing of IP address literals by hand (FoundationEssentials has no inet_pton, and Glibc's accepts forms that
/// would only confuse a person, such as octal IPv4 parts).
enum IPAddressSyntax {
    enum IPv4Result: Equatable {
        case valid([UInt8])
        /// Not four dot-separated numbers of one to three digits.
        case malformed
        /// A number above 255 (the first such, as typed).
        case outOfRange(String)
        /// Every number is 0–255 but some carry leading zeros, which `inet_aton` reads as octal; the decimal form.
        case leadingZeros(decimal: String)
    }

    static func parseIPv4(_ text: Substring) -> IPv4Result {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4,
              parts.allSatisfy({ (1...3).contains($0.count) && $0.allSatisfy(isASCIIDigit) })
        else { return .malformed }
        let numbers = parts.map { Int($0)! }
        if let index = numbers.firstIndex(where: { $0 > 255 }) { return .outOfRange(String(parts[index])) }
        if parts.contains(where: { $0.count > 1 && $0.first == "0" }) {
            return .leadingZeros(decimal: numbers.map(String.init).joined(separator: "."))
        }
        return .valid(numbers.map(UInt8.init))
    }

    /// The eight 16-bit groups of an IPv6 address (with `::` expanded and an IPv4 tail folded in), or nil.
    /// Zone identifiers (`%eth0`) are refused: they mean nothing to a server on the internet.
    static func parseIPv6(_ text: Substring) -> [UInt16]? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 2, bytes.allSatisfy({ $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: ".") || isHexDigit($0) })
        else { return nil }
        var doubleColon: Int?
        for index in 0..<(bytes.count - 1) where bytes[index] == UInt8(ascii: ":") && bytes[index + 1] == UInt8(ascii: ":") {
            // ":::" matches twice and is refused here too.
            guard doubleColon == nil else { return nil }
            doubleColon = index
        }
        if let doubleColon {
            guard let head = groups(bytes[..<doubleColon], ipv4TailAllowed: false),
                  let tail = groups(bytes[(doubleColon + 2)...], ipv4TailAllowed: true),
                  head.count + tail.count <= 7
            else { return nil }
            return head + Array(repeating: 0, count: 8 - head.count - tail.count) + tail
        }
        guard let all = groups(bytes[...], ipv4TailAllowed: true), all.count == 8 else { return nil }
        return all
    }

    private static func groups(_ bytes: ArraySlice<UInt8>, ipv4TailAllowed: Bool) -> [UInt16]? {
        guard !bytes.isEmpty else { return [] }
        let pieces = bytes.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false)
        var result: [UInt16] = []
        for (index, piece) in pieces.enumerated() {
            if piece.contains(UInt8(ascii: ".")) {
                guard ipv4TailAllowed, index == pieces.count - 1,
                      case .valid(let v4) = parseIPv4(Substring(decoding: piece, as: UTF8.self))
                else { return nil }
                result.append(UInt16(v4[0]) << 8 | UInt16(v4[1]))
                result.append(UInt16(v4[2]) << 8 | UInt16(v4[3]))
                continue
            }
            guard (1...4).contains(piece.count), let value = UInt16(String(decoding: piece, as: UTF8.self), radix: 16)
            else { return nil }
            result.append(value)
        }
        return result
    }

    static func isASCIIDigit(_ character: Character) -> Bool {
        character.asciiValue.map { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) } ?? false
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
            || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
    }

    /// Why the portal's servers on the internet cannot reach this IPv4 address, or nil when they can.
    static func unreachableKind(_ v4: [UInt8]) -> AddressKindPhrase? {
        switch (v4[0], v4[1]) {
        case (0, _): .unspecifiedIPv4
        case (127, _): .loopback
        case (10, _), (172, 16...31), (192, 168): .privateIPv4
        case (100, 64...127): .carrierGradeNAT
        case (169, 254): .linkLocal
        default: nil
        }
    }

    static func unreachableKind(_ v6: [UInt16]) -> AddressKindPhrase? {
        if v6.allSatisfy({ $0 == 0 }) { return .unspecifiedIPv6 }
        if v6.dropLast().allSatisfy({ $0 == 0 }) && v6[7] == 1 { return .loopback }
        if v6[0] & 0xFFC0 == 0xFE80 { return .linkLocal }
        if v6[0] & 0xFE00 == 0xFC00 { return .uniqueLocalIPv6 }
        return nil
    }
}
