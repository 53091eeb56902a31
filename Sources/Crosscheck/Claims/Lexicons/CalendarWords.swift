/// Month and weekday names and abbreviations, and the words of relative date expressions. Compared in lower case.
enum CalendarWords {
    /// Month names and abbreviations (with and without the period) and their numbers.
    static let months: [(String, Int)] = [
        ("january", 1), ("jan", 1), ("jan.", 1), ("february", 2), ("feb", 2), ("feb.", 2), ("march", 3),
        ("mar", 3), ("mar.", 3), ("april", 4), ("apr", 4), ("apr.", 4), ("may", 5), ("june", 6), ("jun", 6),
        ("jun.", 6), ("july", 7), ("jul", 7), ("jul.", 7), ("august", 8), ("aug", 8), ("aug.", 8),
        ("september", 9), ("sep", 9), ("sep.", 9), ("sept", 9), ("sept.", 9), ("october", 10), ("oct", 10),
        ("oct.", 10), ("november", 11), ("nov", 11), ("nov.", 11), ("december", 12), ("dec", 12), ("dec.", 12),
    ]

    /// Weekday names and abbreviations and their ISO numbers (Monday is 1).
    static let weekdays: [(String, Int)] = [
        ("monday", 1), ("mon", 1), ("mon.", 1), ("tuesday", 2), ("tue", 2), ("tues", 2), ("tue.", 2),
        ("tues.", 2), ("wednesday", 3), ("wed", 3), ("wed.", 3), ("thursday", 4), ("thu", 4), ("thur", 4),
        ("thurs", 4), ("thu.", 4), ("thurs.", 4), ("friday", 5), ("fri", 5), ("fri.", 5), ("saturday", 6),
        ("sat", 6), ("sat.", 6), ("sunday", 7), ("sun", 7), ("sun.", 7),
    ]

    /// Days named relative to today and their offsets in days.
    static let relativeDays: [(String, Int)] = [
        ("today", 0), ("tonight", 0), ("yesterday", -1), ("tomorrow", 1), ("tmrw", 1), ("tmr", 1),
    ]

    /// Words that shift a weekday, week, month or year backward (-1), to the current one (0) or forward (+1).
    static let shifters: [(String, Int)] = [
        ("last", -1), ("previous", -1), ("past", -1), ("this", 0), ("next", 1), ("following", 1), ("coming", 1),
        ("upcoming", 1),
    ]

    /// Words that mark the time of day: "a.m.", "pm", "noon".
    static let meridiems: [(String, Int)] = [
        ("a.m.", 0), ("am", 0), ("p.m.", 12), ("pm", 12),
    ]
}
