/// The 64-byte blocks that MD5 and SHA-256 compress: the message's whole blocks, then
/// the padding both define (0x80, zeros, and the message length in bits as a 64-bit
/// integer, filling one block, or two when fewer than 9 bytes are left in the first).
enum MessageBlocks {
    enum LengthOrder { case littleEndian, bigEndian }

    static func forEach(in buffer: UnsafeRawBufferPointer, lengthOrder: LengthOrder, _ body: (UnsafeRawBufferPointer) -> Void) {
        let count = buffer.count
        var offset = 0
        while count - offset >= 64 {
            body(UnsafeRawBufferPointer(rebasing: buffer[offset..<(offset + 64)]))
            offset += 64
        }
        let remaining = count - offset
        withUnsafeTemporaryAllocation(byteCount: 128, alignment: 8) { tail in
            tail.initializeMemory(as: UInt8.self, repeating: 0)
            if remaining > 0, let base = buffer.baseAddress {
                tail.baseAddress?.copyMemory(from: base + offset, byteCount: remaining)
            }
            tail[remaining] = 0x80
            let blocks = remaining < 56 ? 1 : 2
            let bitLength = UInt64(truncatingIfNeeded: count) &* 8
            for i in 0..<8 {
                let byte = UInt8(truncatingIfNeeded: bitLength >> (8 * UInt64(i)))
                switch lengthOrder {
                case .littleEndian: tail[blocks * 64 - 8 + i] = byte
                case .bigEndian: tail[blocks * 64 - 1 - i] = byte
                }
            }
            let padded = UnsafeRawBufferPointer(tail)
            for block in 0..<blocks {
                body(UnsafeRawBufferPointer(rebasing: padded[(block * 64)..<(block * 64 + 64)]))
            }
        }
    }
}
