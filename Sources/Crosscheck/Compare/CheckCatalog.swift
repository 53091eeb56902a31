/// The checks ``Crosschecker`` runs, each describing itself with examples that must and must not trigger it
/// (`crosscheck check --list-checks`; a test runs every example through the engine).
public enum CheckCatalog {
    /// Shorthand for an example pair.
    private static func pair(_ old: String, _ new: String, _ triggers: Bool) -> CheckDescription.Example {
        CheckDescription.Example(old: old, new: new, triggers: triggers)
    }

    /// Context sentences shared by the examples so that the two texts align as one story.
    static let context =
        "The talks in Geneva ended late on Friday without agreement. Delegates from both sides left the hall in silence. "

    /// All checks, one per discrepancy kind.
    public static let all: [CheckDescription] = [
        CheckDescription(
            kind: .quoteWording,
            severity: "major; minor for punctuation or case only; info for an omission marked by an ellipsis",
            description:
                "The same quote (matched by word overlap) reads differently: words or punctuation inside the quotation marks changed, compared after typographic folding.",
            examples: [
                pair(
                    "“We will see what we can do, whether we can help,” Haq said.",
                    "“We will see what we can do whether we can help,” Haq said.", true),
                pair(
                    "“We will stay here until the end of the week,” Haq said.",
                    "“We will remain here until the end of the week,” Haq said.", true),
                pair(
                    "“We will see what we can do, whether we can help,” Haq said.",
                    "\"We will see what we can do, whether we can help,\" Haq said.", false),
            ]),
        CheckDescription(
            kind: .quoteSpeaker, severity: "critical",
            description: "The same direct quote is attributed to different people.",
            examples: [
                pair(
                    "“We do not think a cease-fire is a good option now,” Ambassador Dmitry Polyansky told reporters.",
                    "“We do not think a cease-fire is a good option now,” Ambassador Vassily Nebenzia told reporters.",
                    true),
                pair(
                    "“We do not think a cease-fire is a good option now,” Ambassador Dmitry Polyansky told reporters.",
                    "“We do not think a cease-fire is a good option now,” Russian envoy Dmitry Polyansky told reporters.",
                    false),
            ]),
        CheckDescription(
            kind: .quoteCue, severity: "minor",
            description: "The same quote is introduced by a different attribution verb (said → admitted).",
            examples: [
                pair(
                    "“The talks were an opening for everyone here,” Farhan Haq told reporters.",
                    "“The talks were an opening for everyone here,” Farhan Haq admitted.", true),
                pair(
                    "“The talks were an opening for everyone here,” Farhan Haq said.",
                    "“The talks were an opening for everyone here,” Farhan Haq says.", false),
            ]),
        CheckDescription(
            kind: .quoteMissing, severity: "major",
            description:
                "A confident direct quote of four or more words in one document has no counterpart in the other.",
            examples: [
                pair(
                    "The minister spoke to reporters on Monday. “We will never accept these terms,” she said.",
                    "The minister spoke to reporters on Monday. She rejected the terms.", true),
                pair(
                    "The minister spoke to reporters on Monday. “We will never accept these terms,” she said.",
                    "The minister spoke to reporters on Monday. “We will never accept these terms,” she said.", false),
            ]),
        CheckDescription(
            kind: .number, severity: "major",
            description: "A number, amount, percentage or duration in aligned sentences changed value.",
            examples: [
                pair(
                    "The army ended its two-month siege of the city.",
                    "The army ended its three-month siege of the city.",
                    true),
                pair(
                    "The army ended its two-month siege of the city.", "The army ended its 2-month siege of the city.",
                    false),
            ]),
        CheckDescription(
            kind: .date, severity: "major", description: "A date, weekday or time in aligned sentences changed.",
            examples: [
                pair(
                    "The envoy will travel to Kyiv on Thursday to meet officials.",
                    "The envoy will travel to Kyiv on Wednesday to meet officials.", true),
                pair(
                    "The envoy will travel to Kyiv on Thursday to meet officials.",
                    "The envoy will travel to Kyiv on Thursday to meet the officials.", false),
            ]),
        CheckDescription(
            kind: .entity, severity: "major",
            description:
                "A person, place or organisation in aligned sentences was replaced (a known name, or any capitalised name in running text replaced by another), or a person's title changed (a title contained in the other, such as President and Ukrainian President, agrees; Sen. equals Senator).",
            examples: [
                pair(
                    "Talks were held in Ankara with officials from Turkey on Monday.",
                    "Talks were held in Istanbul with officials from Turkey on Monday.", true),
                pair(
                    "“The talks were useful,” said Guterres spokesperson Farhan Haq at the briefing.",
                    "“The talks were useful,” said U.N. deputy spokesman Farhan Haq at the briefing.", true),
                pair(
                    "The budget was approved after a long debate led by Councillor Abernathy and the mayor.",
                    "The budget was approved after a long debate led by Councillor Fairbanks and the mayor.", true),
                pair(
                    "He met President Volodymyr Zelenskyy in Kyiv on Thursday evening.",
                    "He met Ukrainian President Volodymyr Zelenskyy in Kyiv on Thursday evening.", false),
            ]),
        CheckDescription(
            kind: .hedge, severity: "major; minor for possibility words (may, could)",
            description:
                "The certainty of a statement changed: an allegation, report, denial or negation cue present in one version of a sentence and absent from the other.",
            examples: [
                pair(
                    "Officials said soldiers in the town are accused of committing atrocities.",
                    "Officials said soldiers in the town committed atrocities.", true),
                pair(
                    "Officials said soldiers in the town are accused of committing atrocities.",
                    "Officials said the soldiers in the town are accused of committing atrocities.", false),
            ]),
        CheckDescription(
            kind: .sentenceAdded, severity: "info",
            description: "A body sentence only in the later document (headlines and page furniture never count).",
            examples: [
                pair(
                    "The ship docked in the port.",
                    "The ship docked in the port. Its crew of forty went ashore at noon.", true),
                pair("The ship docked in the port.", "The  ship docked in the port.", false),
            ]),
        CheckDescription(
            kind: .sentenceRemoved, severity: "info",
            description: "A body sentence only in the earlier document (a moved sentence is not removed).",
            examples: [
                pair(
                    "The ship docked in the port. Its crew of forty went ashore at noon.",
                    "The ship docked in the port.", true),
                pair(
                    "The ship docked in the port. Its crew of forty went ashore at noon.",
                    "Its crew of forty went ashore at noon. The ship docked in the port.", false),
            ]),
        CheckDescription(
            kind: .sentenceEdited, severity: "info",
            description:
                "Aligned sentences that differ after typographic folding where no more specific discrepancy explains the change.",
            examples: [
                pair(
                    "Guterres has made repeated calls for a brief pause in fighting.",
                    "Guterres has repeatedly called for a short pause in the fighting.", true),
                pair(
                    "Guterres’ call for a pause — a short one — went unanswered.",
                    "Guterres' call for a pause -- a short one -- went unanswered.", false),
            ]),
    ]

    /// Runs one example through the engine.
    /// - Parameter example: The example.
    /// - Returns: The discrepancies found between the example's texts (each after the shared context sentences).
    public static func run(_ example: CheckDescription.Example) -> [Discrepancy] {
        let old = Document(article: Article(id: "old", title: "Example", text: context + example.old), headline: .never)
        let new = Document(article: Article(id: "new", title: "Example", text: context + example.new), headline: .never)
        return Crosschecker().check([old, new], order: .arguments).discrepancies
    }

    /// The catalog as text.
    /// - Returns: Every check with its severity, description and examples.
    public static func renderedText() -> String {
        var lines: [String] = []
        for check in all {
            lines.append("\(check.kind.rawValue) (\(check.severity))")
            lines.append("  \(check.description)")
            for example in check.examples {
                lines.append("  \(example.triggers ? "reports" : "ignores"): \(example.old)")
                lines.append("       vs: \(example.new)")
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }
}
