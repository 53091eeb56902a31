/// A slot of an open-addressing table with linear probing (``BandIndex``, ``TermPostings``): empty or holding a key
/// whose first probe is ``home(mask:)``.
protocol LinearProbingSlot {
    /// An empty slot.
    static var empty: Self { get }
    /// Whether the slot holds no key.
    var isEmpty: Bool { get }
    /// The slot the key probes first in a table of `mask + 1` slots (a power of two).
    /// - Parameter mask: The table size minus one.
    /// - Returns: A slot index in `0...mask`.
    func home(mask: Int) -> Int
}

/// The two table operations ``BandIndex`` and ``TermPostings`` share: backward-shift deletion, which keeps every key
/// reachable without tombstones, and growth by doubling.
enum LinearProbing {
    /// Empties a slot, moving later keys of its probe run back so that every key stays reachable.
    /// - Parameters:
    ///   - slot: The occupied slot to empty.
    ///   - slots: The table (a power-of-two size).
    /// - Complexity: O(r) for a probe run of r slots after `slot`.
    @inline(__always)
    static func delete<Slot: LinearProbingSlot>(_ slot: Int, in slots: inout [Slot]) {
        let mask = slots.count - 1
        var hole = slot
        var probe = slot
        while true {
            probe = (probe + 1) & mask
            guard !slots[probe].isEmpty else { break }
            let home = slots[probe].home(mask: mask)
            // The key at `probe` may move to `hole` unless its home lies cyclically in (hole, probe].
            let stays = hole <= probe ? (home > hole && home <= probe) : (home > hole || home <= probe)
            if !stays {
                slots[hole] = slots[probe]
                slots[probe] = .empty
                hole = probe
            }
        }
        slots[hole] = .empty
    }

    /// The table with twice the slots (at least 1,024), every key re-inserted.
    /// - Parameter slots: The table (empty or a power-of-two size).
    /// - Returns: The larger table.
    /// - Complexity: O(n) for n slots.
    static func grown<Slot: LinearProbingSlot>(_ slots: [Slot]) -> [Slot] {
        let size = max(1024, slots.count * 2)
        var grown = [Slot](repeating: .empty, count: size)
        let mask = size - 1
        for entry in slots where !entry.isEmpty {
            var slot = entry.home(mask: mask)
            while !grown[slot].isEmpty { slot = (slot + 1) & mask }
            grown[slot] = entry
        }
        return grown
    }
}
