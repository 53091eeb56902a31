/// The LSH buckets of the open articles for ``StoryGrouper``: band key → the open articles whose sketch has that
/// band. An open-addressing table (linear probing, backward-shift deletion) over the band keys, which are already
/// uniform 64-bit hashes, with each bucket's members in a linked list of pooled nodes: no hashing, and no
/// allocation per bucket, on the grouper's thread.
struct BandIndex {
    /// The key of each slot (meaningless when the slot is empty).
    private var keys: [UInt64] = []
    /// The first node of each slot's bucket, or -1 for an empty slot.
    private var heads: [Int32] = []
    /// Bucket members: an article's sequence and the next node of its bucket (-1 at the end).
    private var nodes: [(sequence: Int, next: Int32)] = []
    /// The first unused node (-1 when none); unused nodes are chained through `next`.
    private var freeNode: Int32 = -1
    /// Occupied slots.
    private var used = 0

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
        if (used + 1) * 2 > heads.count { grow() }
        let mask = heads.count - 1
        var slot = Int(truncatingIfNeeded: key) & mask
        while heads[slot] >= 0 && keys[slot] != key { slot = (slot + 1) & mask }
        if heads[slot] < 0 {
            keys[slot] = key
            used += 1
        } else {
            var node = heads[slot]
            while node >= 0 {
                candidates.append(nodes[Int(node)].sequence)
                node = nodes[Int(node)].next
            }
        }
        heads[slot] = newNode(sequence, next: heads[slot])
    }

    /// Takes an article out of a bucket (once); an emptied bucket is deleted.
    /// - Parameters:
    ///   - key: The band key.
    ///   - sequence: The article.
    /// - Complexity: O(1 + m) expected for m members.
    mutating func remove(_ key: UInt64, _ sequence: Int) {
        guard !heads.isEmpty else { return }
        let mask = heads.count - 1
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            guard heads[slot] >= 0 else { return }
            if keys[slot] == key { break }
            slot = (slot + 1) & mask
        }
        var previous: Int32 = -1
        var node = heads[slot]
        while node >= 0 && nodes[Int(node)].sequence != sequence {
            previous = node
            node = nodes[Int(node)].next
        }
        guard node >= 0 else { return }
        let next = nodes[Int(node)].next
        if previous >= 0 { nodes[Int(previous)].next = next } else { heads[slot] = next }
        nodes[Int(node)].next = freeNode
        freeNode = node
        if heads[slot] < 0 { deleteSlot(slot) }
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

    /// Empties a slot, moving later keys of its probe run back so that every key stays reachable.
    private mutating func deleteSlot(_ slot: Int) {
        let mask = heads.count - 1
        used -= 1
        var hole = slot
        var probe = slot
        while true {
            probe = (probe + 1) & mask
            guard heads[probe] >= 0 else { break }
            let home = Int(truncatingIfNeeded: keys[probe]) & mask
            // The key at `probe` may move to `hole` unless its home lies cyclically in (hole, probe].
            let stays = hole <= probe ? (home > hole && home <= probe) : (home > hole || home <= probe)
            if !stays {
                keys[hole] = keys[probe]
                heads[hole] = heads[probe]
                heads[probe] = -1
                hole = probe
            }
        }
        heads[hole] = -1
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldHeads = heads
        let size = max(1024, heads.count * 2)
        keys = [UInt64](repeating: 0, count: size)
        heads = [Int32](repeating: -1, count: size)
        let mask = size - 1
        for index in oldHeads.indices where oldHeads[index] >= 0 {
            var slot = Int(truncatingIfNeeded: oldKeys[index]) & mask
            while heads[slot] >= 0 { slot = (slot + 1) & mask }
            keys[slot] = oldKeys[index]
            heads[slot] = oldHeads[index]
        }
    }
}
