import Dispatch

extension Array {
    /// `map(transform)`, with the elements transformed on every processor at once; the
    /// results keep the elements' order.
    ///
    /// For the phases that work on each stack apart from the others (validation,
    /// lowering): `transform` may read what all of them share, and must not change it.
    func concurrentMap<T>(_ transform: (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        // Each iteration initializes its own slot only.
        let slots = UnsafeMutablePointer<T>.allocate(capacity: count)
        defer { slots.deallocate() }
        DispatchQueue.concurrentPerform(iterations: count) { index in
            (slots + index).initialize(to: transform(self[index]))
        }
        let buffer = UnsafeMutableBufferPointer(start: slots, count: count)
        return [T](unsafeUninitializedCapacity: count) { array, initialized in
            _ = array.moveInitialize(fromContentsOf: buffer)
            initialized = count
        }
    }
}
