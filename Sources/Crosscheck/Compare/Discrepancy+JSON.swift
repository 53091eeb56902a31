extension Discrepancy {
    /// Writes the discrepancy as one JSON object, byte for byte what ``JSONOutput/encode(_:pretty:)`` makes of it
    /// with `pretty: false` (keys sorted, `nil` details left out), without `JSONEncoder` (which was most of the cost
    /// of a corpus story's line).
    /// - Parameter json: The writer.
    /// - Complexity: O(size of the JSON).
    func write(into json: inout JSONWriter) {
        json.beginObject()
        json.key(plain: "details")
        details.write(into: &json)
        json.key(plain: "evidence")
        json.beginArray()
        for item in evidence {
            json.beginObject()
            json.key(plain: "doc")
            json.string(item.doc)
            json.key(plain: "docIndex")
            json.int(item.docIndex)
            json.key(plain: "end")
            json.int(item.end)
            json.key(plain: "start")
            json.int(item.start)
            json.key(plain: "text")
            json.string(item.text)
            json.endObject()
        }
        json.endArray()
        json.key(plain: "id")
        json.string(id)
        json.key(plain: "kind")
        json.string(kind.rawValue)
        json.key(plain: "severity")
        json.string(severity.rawValue)
        json.key(plain: "summary")
        json.string(summary)
        json.endObject()
    }

    /// Writes discrepancies as one JSON array (see ``write(into:)``).
    /// - Parameters:
    ///   - discrepancies: The discrepancies.
    ///   - json: The writer.
    static func write(_ discrepancies: [Discrepancy], into json: inout JSONWriter) {
        json.beginArray()
        for discrepancy in discrepancies { discrepancy.write(into: &json) }
        json.endArray()
    }
}

extension DiscrepancyDetails {
    /// Writes the details as one JSON object with sorted keys, leaving out `nil` fields (as the synthesised
    /// `Encodable` conformance does).
    /// - Parameter json: The writer.
    func write(into json: inout JSONWriter) {
        json.beginObject()
        if let changes {
            json.key(plain: "changes")
            json.beginArray()
            for change in changes {
                json.beginObject()
                json.key(plain: "op")
                json.string(change.op.rawValue)
                json.key(plain: "text")
                json.string(change.text)
                json.endObject()
            }
            json.endArray()
        }
        if let claim {
            json.key(plain: "claim")
            json.string(claim)
        }
        if let new {
            json.key(plain: "new")
            json.string(new)
        }
        if let old {
            json.key(plain: "old")
            json.string(old)
        }
        if let omitted {
            json.key(plain: "omitted")
            json.beginArray()
            for word in omitted { json.string(word) }
            json.endArray()
        }
        if let punctuationOnly {
            json.key(plain: "punctuationOnly")
            json.bool(punctuationOnly)
        }
        if let speaker {
            json.key(plain: "speaker")
            json.string(speaker)
        }
        if let unit {
            json.key(plain: "unit")
            json.string(unit)
        }
        json.endObject()
    }
}
