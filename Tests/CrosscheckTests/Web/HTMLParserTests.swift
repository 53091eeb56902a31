import Testing

@testable import Crosscheck

@Suite struct HTMLParserTests {
    private func parse(_ html: String) throws -> HTMLDocument {
        try HTMLParser.parse(Array(html.utf8))
    }

    @Test func subtreesArePreOrderRanges() throws {
        let document = try parse("<html><body><div id=a><p>one <b>two</b></p><p>three</p></div></body></html>")
        let div = try #require(document.elements(.div).first)
        let inside = (div + 1 ..< Int(document.nodes[div].end)).map { document.nodes[$0].tag }
        #expect(inside == [.p, .text, .b, .text, .p, .text])
        #expect(document.attributeString(.id, of: div) == "a")
        #expect(document.collapsedText(of: div) == "one twothree")
        for index in 1 ..< document.nodes.count {
            let parent = Int(document.nodes[index].parent)
            #expect(parent < index && index < Int(document.nodes[parent].end))
        }
    }

    @Test func entitiesAreDecodedAndBadOnesKept() throws {
        let document = try parse("<p>caf&eacute; &amp; &#x2014; &#8212; &bogus; &lt;b&gt; a&nbsp;b</p>")
        #expect(document.collapsedText(of: 0) == "café & — — &bogus; <b> a\u{A0}b")
    }

    @Test func unclosedParagraphsBecomeSiblings() throws {
        let document = try parse("<div><p>first<p>second<ul><li>item</ul></div>")
        let paragraphs = document.elements(.p)
        #expect(paragraphs.count == 2)
        #expect(document.nodes[paragraphs[1]].parent == document.nodes[paragraphs[0]].parent)
    }

    @Test func onlyJSONLDScriptTextIsKept() throws {
        let document = try parse(
            """
            <head><script>var secret = "not text";</script><script type="application/ld+json">{"a": "<b>"}</script>\
            <style>p { color: red }</style></head>
            """)
        let scripts = document.elements(.script)
        #expect(scripts.count == 2)
        #expect(document.collapsedText(of: scripts[0]).isEmpty)
        #expect(document.collapsedText(of: scripts[1]) == #"{"a": "<b>"}"#)
        #expect(document.collapsedText(of: try #require(document.elements(.style).first)).isEmpty)
    }

    @Test func unknownElementsAndAttributesAreTolerated() throws {
        let document = try parse(#"<amp-story data-x="1"><my-widget class="card">hi</my-widget></amp-story>"#)
        #expect(document.nodes.contains { $0.tag == .other })
        #expect(document.collapsedText(of: 0) == "hi")
    }
}
