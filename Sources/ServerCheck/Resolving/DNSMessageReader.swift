import CResolv

/// The answer section of a DNS message through libresolv's parser (`ns_initparse`, `ns_parserr`,
/// `ns_name_uncompress`, `ns_get16`); only the record data the parser leaves as bytes is read here.
struct DNSMessageReader {
    private let message: [UInt8]

    init?(_ message: [UInt8]) {
        self.message = message
        var handle = ns_msg()
        let parsed = message.withUnsafeBufferPointer { cr_init_parse($0.baseAddress, Int32($0.count), &handle) }
        guard parsed == 0 else { return nil }
    }

    /// Each answer record of `type`, given its data and a way to read names in it.
    private func each<Record>(_ type: Int32, _ body: (UnsafeBufferPointer<UInt8>, NameReader) -> Record?) -> [Record] {
        message.withUnsafeBufferPointer { bytes -> [Record] in
            var handle = ns_msg()
            guard cr_init_parse(bytes.baseAddress, Int32(bytes.count), &handle) == 0 else { return [] }
            var records: [Record] = []
            for index in 0..<cr_answer_count(&handle) {
                var record = ns_rr()
                guard cr_parse_answer(&handle, index, &record) == 0, cr_rr_type(&record) == type,
                      let data = cr_rr_data(&record)
                else { continue }
                let rdata = UnsafeBufferPointer(start: data, count: Int(cr_rr_length(&record)))
                if let value = body(rdata, NameReader(handle: handle)) { records.append(value) }
            }
            return records
        }
    }

    /// A or AAAA addresses as text.
    static func address(_ reader: DNSMessageReader) -> [String] {
        reader.each(cr_type_a()) { data, _ in text(of: data, family: AF_INET, size: 4) }
            + reader.each(cr_type_aaaa()) { data, _ in text(of: data, family: AF_INET6, size: 16) }
    }

    private static func text(of data: UnsafeBufferPointer<UInt8>, family: Int32, size: Int) -> String? {
        guard data.count == size, let base = data.baseAddress else { return nil }
        var text = [CChar](repeating: 0, count: 64)
        guard cr_address_text(family, base, &text, socklen_t(text.count)) == 0 else { return nil }
        return String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// RFC 2782: priority, weight, port (16 bits each), target (a name).
    static func srv(_ reader: DNSMessageReader) -> [SRVRecord] {
        reader.each(cr_type_srv()) { data, names in
            guard data.count > 6, let base = data.baseAddress,
                  let target = names.name(at: base + 6, end: data.count - 6)
            else { return nil }
            return SRVRecord(priority: Int(cr_get16(base)), weight: Int(cr_get16(base + 2)), port: Int(cr_get16(base + 4)),
                             target: target.name)
        }
    }

    /// RFC 3403: order, preference (16 bits each), flags, services, regexp (character-strings), replacement.
    static func naptr(_ reader: DNSMessageReader) -> [NAPTRRecord] {
        reader.each(cr_type_naptr()) { data, names in
            guard data.count > 4, let base = data.baseAddress else { return nil }
            var offset = 4
            var strings: [String] = []
            for _ in 0..<3 {
                guard offset < data.count else { return nil }
                let length = Int(data[offset])
                guard offset + 1 + length <= data.count else { return nil }
                strings.append(String(decoding: data[(offset + 1)..<(offset + 1 + length)], as: UTF8.self))
                offset += 1 + length
            }
            guard let replacement = names.name(at: base + offset, end: data.count - offset) else { return nil }
            return NAPTRRecord(order: Int(cr_get16(base)), preference: Int(cr_get16(base + 2)), flags: strings[0],
                               service: strings[1], replacement: replacement.name)
        }
    }
}

/// `ns_name_uncompress` over the message a record came from.
struct NameReader {
    var handle: ns_msg

    func name(at pointer: UnsafePointer<UInt8>, end: Int) -> (name: String, length: Int)? {
        var handle = self.handle
        var text = [CChar](repeating: 0, count: Int(NS_MAXDNAME))
        let used = cr_uncompress(&handle, pointer, &text, text.count)
        guard used > 0, Int(used) <= end else { return nil }
        let name = String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return (name == "." ? "" : name, Int(used))
    }
}
