import Crosscheck

#if canImport(Darwin)
    import Darwin
#elseif canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// A one-line progress bar with rate and ETA on standard error; only made when standard error is a terminal.
final class ProgressBar: @unchecked Sendable {
    private var shown = false

    /// A bar, or `nil` when standard error is not a terminal (progress is then silent).
    static func onTerminal() -> ProgressBar? {
        isatty(STDERR_FILENO) == 1 ? ProgressBar() : nil
    }

    /// Redraws the bar.
    func show(_ progress: CorpusProgress) {
        let megabytes = Double(progress.bytesRead) / 1e6
        let rate = progress.elapsed > 0 ? megabytes / progress.elapsed : 0
        var line = ""
        if let total = progress.totalBytes, total > 0 {
            let fraction = min(Double(progress.bytesRead) / Double(total), 1)
            let width = 24
            let filled = Int(fraction * Double(width))
            line += "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "] "
            line += "\(Int(fraction * 100))% "
            if rate > 0 {
                let remaining = Int((Double(total) / 1e6 - megabytes) / rate)
                line += "ETA \(remaining / 60):\(String(format2: remaining % 60)) "
            }
        }
        line += "\(Int(megabytes)) MB \(String(format1: rate)) MB/s, \(progress.articles) articles, "
        line += "\(progress.stories) stories"
        emit("\r\u{1B}[2K" + line)
        shown = true
    }

    /// Erases the bar (before a message, and at the end).
    func clear() {
        guard shown else { return }
        emit("\r\u{1B}[2K")
        shown = false
    }

    private func emit(_ text: String) {
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            _ = write(STDERR_FILENO, base, buffer.count)
        }
    }
}

extension String {
    /// Two digits, zero-padded.
    fileprivate init(format2 value: Int) {
        self = value < 10 ? "0\(value)" : "\(value)"
    }

    /// One decimal.
    fileprivate init(format1 value: Double) {
        let tenths = Int((value * 10).rounded())
        self = "\(tenths / 10).\(tenths % 10)"
    }
}
