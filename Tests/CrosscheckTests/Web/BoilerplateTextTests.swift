import Testing

@testable import Crosscheck

@Suite struct BoilerplateTextTests {
    @Test(arguments: [
        "Advertisement", "ADVERTISEMENT", "Sharing is caring!", "You may also like:", "DON'T MISS",
        "Comments", "— Read more —", "Click To Tweet",
    ])
    func labels(_ text: String) {
        #expect(BoilerplateText.isLabel(text))
    }

    @Test(arguments: [
        "Advertisement revenue fell by a third last year.", "Comments from the minister followed.",
        "More than 40 people were hurt.",
    ])
    func sentencesAreNotLabels(_ text: String) {
        #expect(!BoilerplateText.isLabel(text))
    }

    @Test(arguments: [
        "Related: Council approves bridge budget", "READ MORE: How the bridge was built",
        "(Leggi anche: il ponte riapre)", "Baca juga: Jembatan dibuka kembali",
    ])
    func relatedLinkLines(_ text: String) {
        #expect(BoilerplateText.isRelatedLinkLine(text))
    }

    @Test(arguments: ["Relatedly, the council also approved a budget.", "Reading the report, one thing stands out."])
    func sentencesAreNotRelatedLinkLines(_ text: String) {
        #expect(!BoilerplateText.isRelatedLinkLine(text))
    }

    @Test(arguments: [
        "Updated 1:39 am EST, Wednesday, November 20, 2019",
        "Published Nov 18, 2019 at 4:07 PM | Updated at 5:36 PM CST on Nov 18, 2019",
        "Posted on March 30, 2015 by Admin",
        "By Justine Coleman - 11/18/19 11:04 PM EST",
        "By Mara Lindqvist, Transport Correspondent",
        "November 20, 2019",
        "segunda-feira, 22 de janeiro de 2018 às 0:13",
    ])
    func datelinesAndBylines(_ text: String) {
        #expect(BoilerplateText.isDatelineOrByline(text))
    }

    @Test(arguments: [
        "By the time the police arrived, the crowd had gone home.",
        "Updated figures show the deficit narrowed in the third quarter of the year, the ministry said.",
        "On March 5 the bridge reopened.",
        "Published in 1931, the novel was banned for decades.",
    ])
    func sentencesAreNotDatelines(_ text: String) {
        #expect(!BoilerplateText.isDatelineOrByline(text))
    }

    @Test(arguments: [
        "Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.",
        "Have a tip? Amy Kuperinsky may be reached at akuperinsky@example.com.",
        "Sign up for our morning newsletter.",
        "Associated Press writers Alan Fram and Zeke Miller contributed to this report.",
        "Reporting by Rodrigo Campos; Editing by Nick Zieminski",
        "paul.takahashi@example.com",
    ])
    func closingLines(_ text: String) {
        #expect(BoilerplateText.isClosingLine(text))
    }

    @Test(arguments: [
        "Shop owners said trade fell by a third during the closure.",
        "Copyright 2019 Hawaii News Now. All rights reserved.",
    ])
    func sentencesAreNotClosingLines(_ text: String) {
        #expect(!BoilerplateText.isClosingLine(text))
    }
}
