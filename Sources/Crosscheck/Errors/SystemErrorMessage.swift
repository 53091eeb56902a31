#if canImport(Darwin)
    import Darwin
#elseif canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// The system's message for an `errno` value, starting lowercase to fit Crosscheck's messages:
/// `no such file or directory`.
enum SystemErrorMessage {
    /// The message for `code`.
    /// - Parameter code: An `errno` value.
    /// - Returns: The lowercase message, or `error N` if the system has none.
    static func text(_ code: Int32) -> String {
        guard let message = strerror(code) else { return "error \(code)" }
        let text = String(cString: message)
        return text.prefix(1).lowercased() + text.dropFirst()
    }
}
