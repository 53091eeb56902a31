/// The posting lists of ``SalientIndex``: term → the open articles whose profile holds it, in the order they were
/// added. An open-addressing table over the terms (linear probing, backward-shift deletion) points to each term's
/// list; an emptied list keeps its storage for the next new term. So there is no hashing by the standard library
/// and no allocation per term on the grouper's thread (the lists were `Dictionary` values holding arrays; most
/// terms are rare, so most lists were made and dropped again), and each list stays contiguous for
/// ``visit(_:atMost:_:)``.
struct TermPostings {
    /// One slot: a term and the index of its list in ``lists`` (-1: the slot is empty and the term meaningless).
    private struct Slot: LinearProbingSlot {
        var term: UInt32
        var list: Int32

        static var empty: Slot { Slot(term: 0, list: -1) }
        var isEmpty: Bool { list < 0 }
        func home(mask: Int) -> Int { TermPostings.home(term, mask: mask) }
    }

    /// One term's articles, oldest first, from ``head``.
    private struct List {
        var sequences: [Int] = []
        var head = 0
        var count: Int { sequences.count - head }
    }

    private var slots: [Slot] = []
    private var lists: [List] = []
    /// Lists not in use (empty, with their storage kept).
    private var freeLists: [Int32] = []
    /// Occupied slots.
    private var used = 0
    /// What the last ``touch(_:)`` read (only so that its loads are kept).
    private var touched: Int32 = 0

    /// Creates empty lists.
    init() {}

    /// The number of terms with a non-empty list.
    var termCount: Int { used }

    /// The slot a term probes first (the terms are FNV hashes; a multiplication spreads their bits).
    @inline(__always) private static func home(_ term: UInt32, mask: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(term) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// The slot holding a term's list, if it has one.
    @inline(__always) private func slot(of term: UInt32) -> Int? {
        guard !slots.isEmpty else { return nil }
        let mask = slots.count - 1
        var slot = Self.home(term, mask: mask)
        while slots[slot].list >= 0 {
            if slots[slot].term == term { return slot }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Appends an article to a term's list.
    /// - Parameters:
    ///   - term: The term.
    ///   - sequence: The article.
    /// - Complexity: O(1) expected, amortised.
    mutating func append(_ term: UInt32, _ sequence: Int) {
        if (used + 1) * 2 > slots.count { grow() }
        let mask = slots.count - 1
        var slot = Self.home(term, mask: mask)
        while slots[slot].list >= 0 && slots[slot].term != term { slot = (slot + 1) & mask }
        if slots[slot].list < 0 {
            let list: Int32
            if let free = freeLists.popLast() {
                list = free
            } else {
                list = Int32(lists.count)
                lists.append(List())
            }
            slots[slot] = Slot(term: term, list: list)
            used += 1
        }
        lists[Int(slots[slot].list)].sequences.append(sequence)
    }

    /// Takes an article out of a term's list (cheapest for the list's first member); an emptied list is deleted.
    /// - Parameters:
    ///   - term: The term.
    ///   - sequence: The article.
    /// - Complexity: O(1) amortised for the first member, O(m) for a list of m otherwise.
    mutating func remove(_ term: UInt32, _ sequence: Int) {
        guard let slot = slot(of: term) else { return }
        let index = Int(slots[slot].list)
        let emptied = Self.remove(sequence, from: &lists[index])
        guard emptied else { return }
        lists[index].sequences.removeAll(keepingCapacity: true)
        lists[index].head = 0
        freeLists.append(Int32(index))
        deleteSlot(slot)
    }

    /// Removes a sequence from a list (usually its head); returns whether the list is then empty.
    private static func remove(_ sequence: Int, from list: inout List) -> Bool {
        if list.head < list.sequences.count && list.sequences[list.head] == sequence {
            list.head += 1
        } else if let position = list.sequences[list.head...].firstIndex(of: sequence) {
            list.sequences.remove(at: position)
        }
        if list.head >= 16 && list.head * 2 >= list.sequences.count {
            list.sequences.removeFirst(list.head)
            list.head = 0
        }
        return list.count == 0
    }

    /// The length of a term's list (0 when it has none).
    /// - Parameter term: The term.
    /// - Returns: How many articles the list holds.
    func count(of term: UInt32) -> Int {
        slot(of: term).map { lists[Int(slots[$0].list)].count } ?? 0
    }

    /// Calls `body` with every article of a term's list, oldest first, unless the list is longer than `limit`.
    /// - Parameters:
    ///   - term: The term.
    ///   - limit: The longest list visited.
    ///   - body: Called with each article's sequence.
    /// - Complexity: O(min(m, limit)) expected for a list of m.
    @inline(__always) func visit(_ term: UInt32, atMost limit: Int, _ body: (Int) -> Void) {
        guard let slot = slot(of: term) else { return }
        let index = Int(slots[slot].list)
        let head = lists[index].head
        lists[index].sequences.withUnsafeBufferPointer { sequences in
            guard sequences.count - head <= limit else { return }
            for position in head ..< sequences.count { body(sequences[position]) }
        }
    }

    /// Loads the first slot of every term, in one loop of independent loads (so that their cache misses overlap):
    /// call it before the look-ups of an article's terms.
    /// - Parameter terms: The terms about to be looked up.
    /// - Complexity: O(k) for k terms.
    mutating func touch(_ terms: [UInt32]) {
        guard !slots.isEmpty else { return }
        let mask = slots.count - 1
        var seen: Int32 = 0
        slots.withUnsafeBufferPointer { slots in
            for term in terms { seen |= slots[Self.home(term, mask: mask)].list }
        }
        // Kept, so that the loads are not optimised away.
        touched = seen
    }

    /// Empties a slot (``LinearProbing/delete(_:in:)``).
    private mutating func deleteSlot(_ slot: Int) {
        used -= 1
        LinearProbing.delete(slot, in: &slots)
    }

    private mutating func grow() { slots = LinearProbing.grown(slots) }
}
