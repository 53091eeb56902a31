internal import GRDB

/// The ledger's database schema, as GRDB migrations applied in order when a ledger is opened.
///
/// - `v1`: `article` (one row per distinct article content: `docId`, `source`, `url`, `title`, `published`,
///   `contentHash` unique, `quoteCount`) and `quote` (one row per attribution: `articleId`, `position`, `kind`,
///   `text`, `normalizedText`, span offsets `quoteStart`/`quoteEnd`, `parts` as JSON, `speaker` mention and its
///   offsets, `speakerName`, `cue` and its offsets, `confidence`, `groupId`).
/// - `v2`: `quoteSearch`, an FTS5 index of `quote.text`, `quote.speakerName` and `quote.speaker` with the
///   `unicode61 remove_diacritics 2` tokenizer (case- and accent-insensitive), kept in sync by triggers and built
///   from the rows already present.
/// - `v3`: `quoteWord(word PRIMARY KEY, quotes)`: how many stored quotes contain each folded word (of
///   `quote.normalizedText`), so that grouping looks up candidates by a quote's rarest words; counted from the rows
///   already present.
enum LedgerSchema {
    /// The migration identifiers, oldest first.
    static let migrations = ["v1", "v2", "v3"]

    /// The migrator that brings a database to the current schema.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(
                sql: """
                    CREATE TABLE article (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        docId TEXT NOT NULL,
                        source TEXT,
                        url TEXT,
                        title TEXT,
                        published TEXT,
                        contentHash TEXT NOT NULL UNIQUE,
                        quoteCount INTEGER NOT NULL
                    );
                    CREATE TABLE quote (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        articleId INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                        position INTEGER NOT NULL,
                        kind TEXT NOT NULL,
                        text TEXT NOT NULL,
                        normalizedText TEXT NOT NULL,
                        quoteStart INTEGER NOT NULL,
                        quoteEnd INTEGER NOT NULL,
                        parts TEXT,
                        speaker TEXT,
                        speakerStart INTEGER,
                        speakerEnd INTEGER,
                        speakerName TEXT,
                        cue TEXT,
                        cueStart INTEGER,
                        cueEnd INTEGER,
                        confidence REAL NOT NULL,
                        groupId INTEGER NOT NULL,
                        UNIQUE (articleId, position)
                    );
                    CREATE INDEX quote_groupId ON quote(groupId);
                    CREATE INDEX article_docId ON article(docId);
                    """)
        }
        migrator.registerMigration("v2") { db in
            try db.create(virtualTable: "quoteSearch", using: FTS5()) { table in
                table.synchronize(withTable: "quote")
                table.tokenizer = .unicode61(diacritics: .remove)
                table.column("text")
                table.column("speakerName")
                table.column("speaker")
            }
        }
        migrator.registerMigration("v3") { db in
            try db.execute(sql: "CREATE TABLE quoteWord (word TEXT PRIMARY KEY, quotes INTEGER NOT NULL) WITHOUT ROWID")
            var counts: [String: Int] = [:]
            let texts = try String.fetchCursor(db, sql: "SELECT normalizedText FROM quote")
            while let text = try texts.next() {
                for word in Set(text.split(separator: " ")) { counts[String(word), default: 0] += 1 }
            }
            for (word, quotes) in counts {
                try db.execute(sql: "INSERT INTO quoteWord (word, quotes) VALUES (?, ?)", arguments: [word, quotes])
            }
        }
        return migrator
    }
}
