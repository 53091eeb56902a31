extension Collection<UInt8> {
    /// Whether the bytes, ASCII-lowercased, contain a lowercase ASCII needle.
    /// - Parameter needle: Lowercase ASCII text.
    /// - Returns: `true` when found.
    /// - Complexity: O(n × m) for n bytes and a needle of m bytes (needles are short).
    func asciiLowercasedContains(_ needle: StaticString) -> Bool {
        let pattern = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        guard !pattern.isEmpty, count >= pattern.count else { return pattern.isEmpty }
        let bytes = Array(self)
        var start = 0
        while start + pattern.count <= bytes.count {
            var offset = 0
            while offset < pattern.count && bytes[start + offset].asciiLowercased == pattern[offset] { offset += 1 }
            if offset == pattern.count { return true }
            start += 1
        }
        return false
    }
}
