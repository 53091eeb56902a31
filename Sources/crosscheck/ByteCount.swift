import ArgumentParser

/// A size given on the command line: a whole number of bytes with an optional binary suffix — `K`, `M`, `G`, `T`
/// (powers of 1024, optionally followed by `iB` or `B`) — or `unlimited`. Examples: `4096`, `64M`, `1GiB`.
struct ByteCount: ExpressibleByArgument, Hashable, CustomStringConvertible {
    /// The number of bytes.
    var bytes: Int

    /// Wraps a byte count.
    init(_ bytes: Int) {
        self.bytes = bytes
    }

    /// Parses `4096`, `64M`, `64MiB`, `1G`, `unlimited`.
    init?(argument: String) {
        let text = argument.trimmingCharacters(in: " ")
        if text.lowercased() == "unlimited" {
            bytes = .max
            return
        }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, let value = Int(digits) else { return nil }
        var suffix = text.dropFirst(digits.count).lowercased()
        if suffix.hasSuffix("ib") {
            suffix.removeLast(2)
        } else if suffix.hasSuffix("b") {
            suffix.removeLast()
        }
        let shift: Int
        switch suffix {
        case "": shift = 0
        case "k": shift = 10
        case "m": shift = 20
        case "g": shift = 30
        case "t": shift = 40
        default: return nil
        }
        let (result, overflow) = value.multipliedReportingOverflow(by: 1 << shift)
        guard !overflow else { return nil }
        bytes = result
    }

    /// The shortest exact form: `64M`, `1G`, `1000`, `unlimited`.
    var description: String {
        if bytes == .max { return "unlimited" }
        for (shift, unit) in [(40, "T"), (30, "G"), (20, "M"), (10, "K")] where bytes > 0 && bytes % (1 << shift) == 0 {
            return "\(bytes >> shift)\(unit)"
        }
        return String(bytes)
    }

    /// Shown in `--help`.
    var defaultValueDescription: String { description }
}

extension String {
    /// The string without leading and trailing occurrences of `character`.
    fileprivate func trimmingCharacters(in character: Character) -> String {
        String(drop { $0 == character }.reversed().drop { $0 == character }.reversed())
    }
}
