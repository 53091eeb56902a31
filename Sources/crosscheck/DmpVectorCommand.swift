import ArgumentParser
import Crosscheck
import Foundation

/// Hidden helper for `Scripts/score-dmp-vectors.py`: evaluates diff-match-patch test-vector calls with Crosscheck's
/// port (``DiffMatchPatch``).
///
/// Reads one JSON object per line on stdin, `{"id": str, "fn": str, "args": [...], "settings": {...}}`, and writes one
/// line per input: `{"id": str, "result": any}` or `{"id": str, "error": str}`. Diffs are `[[op, text], ...]` with op
/// -1, 0 or 1, as in the reference. Besides the reference's function names, `crosscheck_diff` runs Crosscheck's own
/// sequence diff (default options) on the code points of two strings.
struct DmpVectorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "_dmp-vector",
        abstract: "Evaluate diff-match-patch test-vector calls (JSON lines on stdin) with Crosscheck's port.",
        shouldDisplay: false
    )

    func run() throws {
        while let line = readLine(strippingNewline: true) {
            guard !line.isEmpty else { continue }
            var response: [String: Any] = [:]
            do {
                guard let object = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] else {
                    throw VectorError.malformed("not a JSON object")
                }
                response["id"] = object["id"] ?? NSNull()
                response["result"] = try Self.evaluate(object)
            } catch {
                response["error"] = "\(error)"
            }
            let data = try JSONSerialization.data(withJSONObject: response, options: [.sortedKeys])
            FileHandle.standardOutput.write(data)
            FileHandle.standardOutput.write(Data("\n".utf8))
        }
    }

    enum VectorError: Error, CustomStringConvertible {
        case malformed(String)
        case unsupported(String)

        var description: String {
            switch self {
            case .malformed(let why): "malformed call: \(why)"
            case .unsupported(let name): "unsupported function '\(name)'"
            }
        }
    }

    static func evaluate(_ call: [String: Any]) throws -> Any {
        guard let name = call["fn"] as? String, let args = call["args"] as? [Any] else {
            throw VectorError.malformed("missing fn or args")
        }
        let settings = call["settings"] as? [String: Any] ?? [:]
        let timeout = (settings["Diff_Timeout"] as? NSNumber)?.doubleValue ?? 1.0
        let editCost = (settings["Diff_EditCost"] as? NSNumber)?.intValue ?? 4
        let dmp = DiffMatchPatch(halfMatch: timeout > 0, maxCost: nil, editCost: editCost)
        func text(_ i: Int) throws -> String {
            guard i < args.count, let s = args[i] as? String else { throw VectorError.malformed("argument \(i)") }
            return s
        }
        func diffs(_ i: Int) throws -> [DiffMatchPatch.Diff] {
            guard i < args.count, let list = args[i] as? [Any] else { throw VectorError.malformed("argument \(i)") }
            return try list.map { entry in
                guard let pair = entry as? [Any], pair.count == 2, let code = (pair[0] as? NSNumber)?.intValue,
                    let operation = DiffMatchPatch.Operation(rawValue: code), let text = pair[1] as? String
                else { throw VectorError.malformed("diff entry") }
                return DiffMatchPatch.Diff(operation, text)
            }
        }
        func encode(_ list: [DiffMatchPatch.Diff]) -> [[Any]] {
            list.map { [$0.operation.rawValue, $0.text] }
        }
        switch name {
        case "diff_main": return encode(dmp.diffMain(try text(0), try text(1)))
        case "diff_bisect":
            // A deadline in the past (0) means no work at all; `sys.maxsize` means no limit.
            let deadline = args.count > 2 ? (args[2] as? NSNumber)?.intValue : nil
            return encode(dmp.bisect(try text(0), try text(1), maxCost: deadline == 0 ? 0 : .max))
        case "diff_halfMatch": return dmp.halfMatch(try text(0), try text(1)) ?? NSNull()
        case "diff_commonPrefix": return DiffMatchPatch.commonPrefix(try text(0), try text(1))
        case "diff_commonSuffix": return DiffMatchPatch.commonSuffix(try text(0), try text(1))
        case "diff_commonOverlap": return DiffMatchPatch.commonOverlap(try text(0), try text(1))
        case "diff_cleanupMerge": return encode(dmp.cleanupMerge(try diffs(0)))
        case "diff_cleanupSemantic": return encode(dmp.cleanupSemantic(try diffs(0)))
        case "diff_cleanupSemanticLossless": return encode(dmp.cleanupSemanticLossless(try diffs(0)))
        case "diff_cleanupEfficiency": return encode(dmp.cleanupEfficiency(try diffs(0)))
        case "diff_levenshtein": return DiffMatchPatch.levenshtein(try diffs(0))
        case "diff_text1": return DiffMatchPatch.text1(try diffs(0))
        case "diff_text2": return DiffMatchPatch.text2(try diffs(0))
        case "diff_xIndex":
            guard args.count > 1, let location = (args[1] as? NSNumber)?.intValue else {
                throw VectorError.malformed("argument 1")
            }
            return DiffMatchPatch.xIndex(try diffs(0), location)
        case "crosscheck_diff":
            // Crosscheck's own engine with default options (patience anchoring, work bound) on code points.
            let a = try text(0).unicodeScalars.map { Int32(bitPattern: $0.value) }
            let b = try text(1).unicodeScalars.map { Int32(bitPattern: $0.value) }
            func string(_ s: [Int32], _ r: Range<Int>) -> String {
                String(String.UnicodeScalarView(s[r].compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }))
            }
            return diff(a, b).ops.map { op -> [Any] in
                switch op.kind {
                case .equal: [0, string(a, op.a)]
                case .delete: [-1, string(a, op.a)]
                case .insert: [1, string(b, op.b)]
                }
            }
        default: throw VectorError.unsupported(name)
        }
    }
}
