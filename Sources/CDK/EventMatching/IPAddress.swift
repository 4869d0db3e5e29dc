/// IP addresses as EventBridge compares them: as uppercase hexadecimal text, 8 digits
/// for IPv4 and 32 for IPv6, so every spelling of one address compares equal.
enum IPAddress {
    /// The hexadecimal form of an IPv4 address (leading zeros allowed in an octet) or of
    /// an IPv6 address in any spelling (compressed, expanded, either case, with a dotted
    /// IPv4 tail); `nil` for anything else.
    static func hex(_ text: String) -> String? {
        if let bytes = ipv4(text) { return hexString(bytes) }
        if let bytes = ipv6(text) { return hexString(bytes) }
        return nil
    }

    /// The lowest and highest address of a CIDR block, in hexadecimal; `nil` when the
    /// block is malformed.
    static func range(_ block: String) -> (low: String, high: String)? {
        let parts = block.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let bits = Int(parts[1]), bits >= 0 else { return nil }
        let address = String(parts[0])
        guard var bytes = ipv4(address) ?? ipv6(address), bits <= bytes.count * 8 else { return nil }
        var high = bytes
        for index in 0..<bytes.count {
            let kept = max(0, min(8, bits - index * 8))
            let mask: UInt8 = kept == 0 ? 0 : UInt8(truncatingIfNeeded: 0xFF << (8 - kept))
            bytes[index] &= mask
            high[index] = bytes[index] | ~mask
        }
        return (hexString(bytes), hexString(high))
    }

    static func ipv4(_ text: String) -> [UInt8]? {
        let octets = text.split(separator: ".", omittingEmptySubsequences: false)
        guard octets.count == 4 else { return nil }
        var bytes: [UInt8] = []
        for octet in octets {
            guard (1...3).contains(octet.count), octet.allSatisfy({ $0.isASCII && $0.isNumber }),
                  let value = Int(octet), value <= 255 else { return nil }
            bytes.append(UInt8(value))
        }
        return bytes
    }

    static func ipv6(_ text: String) -> [UInt8]? {
        guard text.contains(":") else { return nil }
        var text = Substring(text)
        var tail: [UInt8] = []
        if let lastColon = text.lastIndex(of: ":"), text[lastColon...].contains(".") {
            guard let v4 = ipv4(String(text[text.index(after: lastColon)...])) else { return nil }
            tail = v4
            text = text[...lastColon]
            if !text.hasSuffix("::") { text = text.dropLast() }
        }
        func groups(_ part: Substring) -> [UInt16]? {
            if part.isEmpty { return [] }
            var values: [UInt16] = []
            for group in part.split(separator: ":", omittingEmptySubsequences: false) {
                guard (1...4).contains(group.count), group.allSatisfy({ $0.isASCII && $0.isHexDigit }),
                      let value = UInt16(group, radix: 16) else { return nil }
                values.append(value)
            }
            return values
        }
        let wanted = 8 - tail.count / 2
        var values: [UInt16]
        if let compressed = text.firstRange(of: "::") {
            let after = text[compressed.upperBound...]
            guard !after.contains("::"), let head = groups(text[..<compressed.lowerBound]), let rest = groups(after),
                  head.count + rest.count < wanted else { return nil }
            values = head + Array(repeating: 0, count: wanted - head.count - rest.count) + rest
        } else {
            guard let all = groups(text), all.count == wanted else { return nil }
            values = all
        }
        return values.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] } + tail
    }

    private static func hexString(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789ABCDEF".utf8)
        var result: [UInt8] = []
        for byte in bytes {
            result.append(digits[Int(byte >> 4)])
            result.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: result, as: UTF8.self)
    }
}
