/// The bytes of a file as it is rendered, handed on a block at a time: a large file
/// (the construct tree of a large app) is never whole in memory.
public struct FileOutput {
    /// What is rendered and not handed on yet; renderers append to it.
    public var bytes: [UInt8] = []
    private let deliver: ([UInt8]) -> Void

    /// The size from which ``deliverIfFull()`` hands the bytes on.
    static let blockSize = 1 << 20

    /// An output that hands its bytes to `deliver`, in order.
    public init(deliver: @escaping ([UInt8]) -> Void) {
        self.deliver = deliver
    }

    /// Hands the bytes on if there are a block's worth; renderers of large files call
    /// it between parts.
    public mutating func deliverIfFull() {
        guard bytes.count >= Self.blockSize else { return }
        finish()
    }

    /// Hands on what is left.
    public mutating func finish() {
        guard !bytes.isEmpty else { return }
        deliver(bytes)
        bytes.removeAll(keepingCapacity: true)
    }

    /// The whole text `render` writes, as UTF-8.
    public static func collect(_ render: (inout FileOutput) -> Void) -> [UInt8] {
        var collected: [UInt8] = []
        var output = FileOutput { collected.append(contentsOf: $0) }
        render(&output)
        output.finish()
        return collected
    }
}
