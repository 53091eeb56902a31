/// The LSH buckets of the open articles for ``StoryGrouper``: band key → the open articles whose sketch has that
/// band. An open-addressing table (linear probing, backward-shift deletion) over the band keys, which are already
/// uniform 64-bit hashes, with each bucket's members in a linked list of pooled nodes: no hashing, and no
/// allocation per bucket, on the grouper's thread.
struct BandIndex {
    /// One slot: a band key and the first node of its bucket (-1: the slot is empty and the key meaningless);
    /// together, so that a probe touches one cache line.
    private struct Slot: LinearProbingSlot {
        var key: UInt64
        var head: Int32

        static var empty: Slot { Slot(key: 0, head: -1) }
        var isEmpty: Bool { head < 0 }
        /// The keys are uniform hashes: their low bits.
        func home(mask: Int) -> Int { Int(truncatingIfNeeded: key) & mask }
    }

    private var slots: [Slot] = []
    /// Bucket members: an article's sequence and the next node of its bucket (-1 at the end).
    private var nodes: [(sequence: Int, next: Int32)] = []
    /// The first unused node (-1 when none); unused nodes are chained through `next`.
    private var freeNode: Int32 = -1
    /// Occupied slots.
    private var used = 0
    /// What the last ``touch(_:)`` read (only so that its loads are kept).
    private var touched: Int32 = 0

    /// Creates an empty index.
    init() {}

    /// The number of non-empty buckets.
    var bucketCount: Int { used }

    /// Adds the members of a bucket to `candidates` (in no particular order), then `sequence` to the bucket.
    /// - Parameters:
    ///   - key: The band key.
    ///   - sequence: The article joining the bucket.
    ///   - candidates: Receives the bucket's members before the article joined.
    /// - Complexity: O(1 + m) expected for m members.
    mutating func join(_ key: UInt64, _ sequence: Int, candidates: inout [Int]) {
        if (used + 1) * 2 > slots.count { grow() }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: key) & mask
        while slots[slot].head >= 0 && slots[slot].key != key { slot = (slot + 1) & mask }
        if slots[slot].head < 0 {
            slots[slot].key = key
            used += 1
        } else {
            var node = slots[slot].head
            while node >= 0 {
                candidates.append(nodes[Int(node)].sequence)
                node = nodes[Int(node)].next
            }
        }
        slots[slot].head = newNode(sequence, next: slots[slot].head)
    }

    /// Takes an article out of a bucket (once); an emptied bucket is deleted.
    /// - Parameters:
    ///   - key: The band key.
    ///   - sequence: The article.
    /// - Complexity: O(1 + m) expected for m members.
    mutating func remove(_ key: UInt64, _ sequence: Int) {
        guard !slots.isEmpty else { return }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            guard slots[slot].head >= 0 else { return }
            if slots[slot].key == key { break }
            slot = (slot + 1) & mask
        }
        var previous: Int32 = -1
        var node = slots[slot].head
        while node >= 0 && nodes[Int(node)].sequence != sequence {
            previous = node
            node = nodes[Int(node)].next
        }
        guard node >= 0 else { return }
        let next = nodes[Int(node)].next
        if previous >= 0 { nodes[Int(previous)].next = next } else { slots[slot].head = next }
        nodes[Int(node)].next = freeNode
        freeNode = node
        if slots[slot].head < 0 { deleteSlot(slot) }
    }

    /// Adds the members of every bucket of an article's bands to `candidates` (in no particular order), then the
    /// article to each bucket: ``join(_:_:candidates:)`` for every key, after one pass that loads each key's first
    /// slot (independent loads, so their cache misses overlap instead of one probe waiting for the next).
    /// - Parameters:
    ///   - keys: The article's band keys.
    ///   - sequence: The article.
    ///   - candidates: Receives the buckets' members before the article joined.
    /// - Complexity: O(k + m) expected for k keys and m members.
    mutating func join(_ keys: [UInt64], _ sequence: Int, candidates: inout [Int]) {
        while (used + keys.count) * 2 > slots.count { grow() }
        touch(keys)
        for key in keys { join(key, sequence, candidates: &candidates) }
    }

    /// Takes an article out of the buckets of its bands: ``remove(_:_:)`` for every key, after one pass that
    /// loads each key's first slot.
    /// - Parameters:
    ///   - keys: The article's band keys.
    ///   - sequence: The article.
    /// - Complexity: O(k + m) expected for k keys and m members.
    mutating func remove(_ keys: [UInt64], _ sequence: Int) {
        touch(keys)
        for key in keys { remove(key, sequence) }
    }

    /// Loads the first slot of every key (the probes that follow then hit the cache).
    private mutating func touch(_ keys: [UInt64]) {
        guard !slots.isEmpty else { return }
        let mask = slots.count - 1
        var seen: Int32 = 0
        slots.withUnsafeBufferPointer { slots in
            for key in keys { seen |= slots[Int(truncatingIfNeeded: key) & mask].head }
        }
        // Kept, so that the loads are not optimised away.
        touched = seen
    }

    private mutating func newNode(_ sequence: Int, next: Int32) -> Int32 {
        if freeNode >= 0 {
            let node = freeNode
            freeNode = nodes[Int(node)].next
            nodes[Int(node)] = (sequence, next)
            return node
        }
        nodes.append((sequence, next))
        return Int32(nodes.count - 1)
    }

    /// Empties a slot (``LinearProbing/delete(_:in:)``).
    private mutating func deleteSlot(_ slot: Int) {
        used -= 1
        LinearProbing.delete(slot, in: &slots)
    }

    private mutating func grow() { slots = LinearProbing.grown(slots) }
}
