/// Derives stable article identifiers from where an article was read, for inputs that carry no `id`.
///
/// `corpus/day1.jsonl.gz` line 7 is `day1:7`; `story.txt` is `story`; element 2 of `batch.json` is `batch:2`;
/// standard input is `stdin`. The same input always yields the same identifiers.
enum ArticleIdentity {
    /// The last path component: `corpus/a.jsonl.gz` → `a.jsonl.gz`.
    static func fileName(of path: String) -> String {
        if let slash = path.lastIndex(of: "/") { return String(path[path.index(after: slash)...]) }
        return path
    }

    /// The file name without `.gz` and without one format extension: `corpus/a.jsonl.gz` → `a`; `-` → `stdin`.
    static func baseName(of path: String) -> String {
        if path == "-" { return "stdin" }
        var name = fileName(of: path)
        if name.lowercased().hasSuffix(".gz") && name.count > 3 { name.removeLast(3) }
        if let dot = name.lastIndex(of: "."), dot != name.startIndex,
            ArticleFormat(pathExtension: String(name[name.index(after: dot)...])) != nil
        {
            name = String(name[..<dot])
        }
        return name.isEmpty ? "article" : name
    }

    /// The identifier of the `number`-th (1-based) article of a multi-article input: `a:7`.
    static func id(path: String, number: Int) -> String {
        "\(baseName(of: path)):\(number)"
    }
}
