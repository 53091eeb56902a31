/// Union-find over sentence nodes, with path halving and union by index (the smaller root wins, so components do
/// not depend on the order of unions).
struct DisjointSets {
    private var parent: [Int]

    init(count: Int) { parent = Array(0 ..< count) }

    mutating func find(_ node: Int) -> Int {
        var node = node
        while parent[node] != node {
            parent[node] = parent[parent[node]]
            node = parent[node]
        }
        return node
    }

    mutating func union(_ x: Int, _ y: Int) {
        let (rx, ry) = (find(x), find(y))
        if rx < ry { parent[ry] = rx } else if ry < rx { parent[rx] = ry }
    }
}
