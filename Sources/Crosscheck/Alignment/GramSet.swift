/// A set of 24-bit values (packed character trigrams) for counting how many values of many other sets it shares
/// with one set: the aligner compares each sentence with up to ``AlignmentOptions/candidatesPerSentence``
/// candidates, so the sentence's trigrams go into a small hash table once and each candidate's trigrams are looked
/// up, instead of one sorted merge per candidate (the merge walks both lists, and its comparisons mispredict about
/// every other step).
///
/// Open addressing with linear probing at a load of at most 1/4, so nearly every lookup ends at its first slot; the
/// table is reused (cleared, not reallocated) from one set to the next.
struct GramSet {
    /// Slots: value + 1, or 0 when empty.
    private var table = [UInt32](repeating: 0, count: 16)
    /// `table.count - 1` (the table's size is a power of two).
    private var mask = 15
    /// Right shift of the 32-bit multiplicative hash to a slot index.
    private var shift: UInt32 = 28

    /// Creates an empty set.
    init() {}

    /// Makes the set hold exactly `values`.
    /// - Parameter values: Distinct values below `UInt32.max`.
    /// - Complexity: O(n) for n values (plus clearing a table of about 4n slots).
    mutating func reset(_ values: [UInt32]) {
        resize(for: values.count)
        let (mask, shift) = (self.mask, self.shift)
        table.withUnsafeMutableBufferPointer { slots in
            for value in values {
                let key = value &+ 1
                var slot = Self.slot(of: value, shift: shift)
                while slots[slot] != 0 && slots[slot] != key { slot = (slot &+ 1) & mask }
                slots[slot] = key
            }
        }
    }

    /// Removes repeated values, keeping each value's first occurrence in place (order otherwise unchanged), and
    /// leaves the set holding exactly the distinct values.
    /// - Parameter values: Values below `UInt32.max`.
    /// - Complexity: O(n) expected for n values (plus clearing a table of about 4n slots).
    mutating func keepFirstOccurrences(_ values: inout [UInt32]) {
        resize(for: values.count)
        let (mask, shift) = (self.mask, self.shift)
        var kept = 0
        table.withUnsafeMutableBufferPointer { slots in
            values.withUnsafeMutableBufferPointer { values in
                for k in values.indices {
                    let value = values[k]
                    let key = value &+ 1
                    var slot = Self.slot(of: value, shift: shift)
                    while slots[slot] != 0 && slots[slot] != key { slot = (slot &+ 1) & mask }
                    guard slots[slot] == 0 else { continue }
                    slots[slot] = key
                    values[kept] = value
                    kept += 1
                }
            }
        }
        values.removeLast(values.count - kept)
    }

    /// The number of `values` in the set (each value counts once per occurrence in `values`).
    /// - Parameter values: Values to look up.
    /// - Returns: How many of them the set holds; for distinct `values`, the size of the intersection.
    /// - Complexity: O(m) expected for m values.
    func count(in values: [UInt32]) -> Int {
        let (mask, shift) = (self.mask, self.shift)
        return table.withUnsafeBufferPointer { slots in
            var count = 0
            for value in values {
                let key = value &+ 1
                var slot = Self.slot(of: value, shift: shift)
                var stored = slots[slot]
                // The common case (an empty slot or the value itself) needs no branch.
                count &+= stored == key ? 1 : 0
                while stored != key && stored != 0 {
                    slot = (slot &+ 1) & mask
                    stored = slots[slot]
                    count &+= stored == key ? 1 : 0
                }
            }
            return count
        }
    }

    /// Empties the table and sizes it for `count` values (load at most 1/4).
    private mutating func resize(for count: Int) {
        var size = 16
        var bits: UInt32 = 4
        while size < 4 * count {
            size <<= 1
            bits += 1
        }
        if table.count != size {
            table = [UInt32](repeating: 0, count: size)
        } else {
            table.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
        }
        mask = size - 1
        shift = 32 - bits
    }

    /// The home slot of a value: Fibonacci hashing of its 32 bits.
    private static func slot(of value: UInt32, shift: UInt32) -> Int {
        Int((value &* 0x9E37_79B1) >> shift)
    }
}
