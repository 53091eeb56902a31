import Testing

@testable import Crosscheck

@Suite struct ClassIDSignalTests {
    private func signal(_ classValue: String?, _ id: String? = nil) -> ClassIDSignal {
        ClassIDSignal.classify(class: classValue.map { Array($0.utf8)[...] }, id: id.map { Array($0.utf8)[...] })
    }

    @Test(arguments: [
        "comments", "social-share", "relatedArticles", "ad-slot advertisement", "newsletter-signup",
        "byline", "wp-caption", "sidebar", "sharebar", "related-links",
    ])
    func boilerplateNames(_ name: String) {
        #expect(signal(name).isBoilerplate)
        #expect(signal(name).weight < 0)
    }

    @Test(arguments: ["article-body", "story__content", "entry-content", "postBody", "post-content", "main"])
    func articleNames(_ name: String) {
        #expect(signal(name).isPositive)
        #expect(!signal(name).isBoilerplate)
        #expect(signal(name).weight == 25)
    }

    @Test(arguments: ["loader", "headline", "shadow", "padded", "media-body"])
    func wordsInsideOtherWordsDoNotCount(_ name: String) {
        #expect(!signal(name).isBoilerplate)
    }

    @Test func classAndIDWeighSeparately() {
        #expect(signal("article-body", "comments").weight == 0)
        #expect(signal(nil, "main-content").weight == 25)
        #expect(signal("story-body", "story").weight == 50)
    }

    @Test(arguments: ["hidden", "sr-only  foo", "bar visually-hidden"])
    func hidingClassNames(_ name: String) {
        #expect(signal(name).isHidden)
    }

    @Test(arguments: ["hidden-xs", "unhidden", "hide-on-print-button"])
    func responsiveClassNamesDoNotHide(_ name: String) {
        #expect(!signal(name).isHidden)
    }
}
