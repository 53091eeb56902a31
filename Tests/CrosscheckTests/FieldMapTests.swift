import Testing

@testable import Crosscheck

@Suite struct FieldMapTests {
    @Test func parsesMappingsAndDefaultsTheRest() throws {
        let map = try FieldMap(parsing: ["text=body", "title=headline.main"])
        #expect(map.inputName(for: .text) == "body")
        #expect(map.inputName(for: .title) == "headline.main")
        #expect(map.inputName(for: .url) == "url")
    }

    @Test(
        arguments: [
            (["text"], FieldMap.ParseError.malformed(spec: "text")),
            (["=body"], .malformed(spec: "=body")),
            (["text="], .malformed(spec: "text=")),
            (["body=text"], .unknownField(spec: "body=text", field: "body")),
            (["text=a", "text=b"], .duplicate(field: .text)),
        ] as [([String], FieldMap.ParseError)])
    func rejectsBadSpecifications(specs: [String], expected: FieldMap.ParseError) {
        #expect(throws: expected) { try FieldMap(parsing: specs) }
    }

    @Test func explainsUnknownFields() {
        let error = FieldMap.ParseError.unknownField(spec: "body=text", field: "body")
        #expect(error.description.contains("'body=text'"))
        #expect(error.description.contains("known: id, source, url, title, published, author, text"))
    }
}
