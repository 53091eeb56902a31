/// Organisations: well-known international bodies, agencies and news organisations, and the words that end an
/// organisation's name ("Ministry", "Council", "Inc."). Matched on capitalised words, compared in lower case.
enum Organizations {
    /// Names and abbreviations, each with its canonical form.
    static let names: [(String, String)] = [
        ("U.N.", "United Nations"), ("UN", "United Nations"), ("United Nations", "United Nations"),
        ("NATO", "NATO"), ("Nato", "NATO"), ("EU", "European Union"), ("E.U.", "European Union"),
        ("European Union", "European Union"), ("European Commission", "European Commission"),
        ("Security Council", "Security Council"), ("UN Security Council", "Security Council"),
        ("U.N. Security Council", "Security Council"), ("General Assembly", "General Assembly"),
        ("WHO", "World Health Organization"), ("World Health Organization", "World Health Organization"),
        ("IMF", "International Monetary Fund"), ("International Monetary Fund", "International Monetary Fund"),
        ("World Bank", "World Bank"), ("WTO", "World Trade Organization"), ("OPEC", "OPEC"),
        ("UNICEF", "UNICEF"), ("UNHCR", "UNHCR"), ("Red Cross", "Red Cross"), ("ICRC", "Red Cross"),
        ("International Criminal Court", "International Criminal Court"), ("ICC", "International Criminal Court"),
        ("Kremlin", "Kremlin"), ("White House", "White House"), ("Pentagon", "Pentagon"), ("Congress", "Congress"),
        ("Senate", "Senate"), ("Parliament", "Parliament"), ("Duma", "Duma"), ("State Department", "State Department"),
        ("Foreign Ministry", "Foreign Ministry"), ("Defense Ministry", "Defense Ministry"), ("FBI", "FBI"),
        ("CIA", "CIA"), ("Federal Reserve", "Federal Reserve"), ("Fed", "Federal Reserve"),
        ("Reuters", "Reuters"), ("Associated Press", "Associated Press"), ("AP", "Associated Press"),
        ("AFP", "AFP"), ("Agence France-Presse", "AFP"), ("BBC", "BBC"), ("CNN", "CNN"), ("Bloomberg", "Bloomberg"),
        ("TASS", "TASS"), ("Tass", "TASS"), ("Interfax", "Interfax"), ("Al Jazeera", "Al Jazeera"),
        ("New York Times", "New York Times"), ("Washington Post", "Washington Post"),
        ("Wall Street Journal", "Wall Street Journal"), ("Guardian", "Guardian"), ("Voice of America", "VOA"),
        ("VOA", "VOA"), ("Hamas", "Hamas"), ("Hezbollah", "Hezbollah"), ("Taliban", "Taliban"),
        ("Islamic State", "Islamic State"), ("OSCE", "OSCE"), ("African Union", "African Union"), ("ASEAN", "ASEAN"),
        ("G7", "G7"), ("G20", "G20"), ("Google", "Google"), ("Apple", "Apple"), ("Microsoft", "Microsoft"),
        ("Amazon", "Amazon"), ("Facebook", "Facebook"), ("Meta", "Meta"), ("Twitter", "Twitter"),
    ]

    /// Words that end an organisation's name: "Foreign Ministry", "Acme Corp.", "Labour Party".
    static let suffixes: [String] = [
        "ministry", "council", "party", "bank", "university", "inc.", "inc", "corp.", "corp", "co.", "ltd", "ltd.",
        "plc", "llc", "group", "agency", "organization", "organisation", "association", "union", "committee",
        "commission", "court", "army", "navy", "institute", "foundation", "company", "corporation", "department",
        "office", "times", "post", "news", "press", "journal", "network", "federation", "fund", "authority",
        "airlines", "airways", "bureau", "assembly", "parliament", "police", "service", "forces",
    ]
}
