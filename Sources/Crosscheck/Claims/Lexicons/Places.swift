/// Places: countries (with their demonyms), world capitals, major cities and a few regions, in their usual
/// English spellings. Matched case-sensitively on capitalised words, compared in lower case.
enum Places {
    /// Countries and territories, each with its demonym(s) (the adjective: "Russian", "Turkish").
    static let countries: [(name: String, demonyms: [String])] = [
        ("Afghanistan", ["Afghan"]), ("Albania", ["Albanian"]), ("Algeria", ["Algerian"]),
        ("Argentina", ["Argentine", "Argentinian"]), ("Armenia", ["Armenian"]), ("Australia", ["Australian"]),
        ("Austria", ["Austrian"]), ("Azerbaijan", ["Azerbaijani"]), ("Bahrain", ["Bahraini"]),
        ("Bangladesh", ["Bangladeshi"]), ("Belarus", ["Belarusian"]), ("Belgium", ["Belgian"]),
        ("Bolivia", ["Bolivian"]), ("Bosnia", ["Bosnian"]), ("Brazil", ["Brazilian"]), ("Bulgaria", ["Bulgarian"]),
        ("Cambodia", ["Cambodian"]), ("Cameroon", ["Cameroonian"]), ("Canada", ["Canadian"]), ("Chile", ["Chilean"]),
        ("China", ["Chinese"]), ("Colombia", ["Colombian"]), ("Congo", ["Congolese"]), ("Croatia", ["Croatian"]),
        ("Cuba", ["Cuban"]), ("Cyprus", ["Cypriot"]), ("Czech Republic", ["Czech"]), ("Denmark", ["Danish"]),
        ("Ecuador", ["Ecuadorian"]), ("Egypt", ["Egyptian"]), ("Eritrea", ["Eritrean"]), ("Estonia", ["Estonian"]),
        ("Ethiopia", ["Ethiopian"]), ("Finland", ["Finnish"]), ("France", ["French"]), ("Georgia", ["Georgian"]),
        ("Germany", ["German"]), ("Ghana", ["Ghanaian"]), ("Greece", ["Greek"]), ("Guatemala", ["Guatemalan"]),
        ("Haiti", ["Haitian"]), ("Honduras", ["Honduran"]), ("Hungary", ["Hungarian"]), ("Iceland", ["Icelandic"]),
        ("India", ["Indian"]), ("Indonesia", ["Indonesian"]), ("Iran", ["Iranian"]), ("Iraq", ["Iraqi"]),
        ("Ireland", ["Irish"]), ("Israel", ["Israeli"]), ("Italy", ["Italian"]), ("Japan", ["Japanese"]),
        ("Jordan", ["Jordanian"]), ("Kazakhstan", ["Kazakh"]), ("Kenya", ["Kenyan"]), ("Kosovo", ["Kosovar"]),
        ("Kuwait", ["Kuwaiti"]), ("Latvia", ["Latvian"]), ("Lebanon", ["Lebanese"]), ("Libya", ["Libyan"]),
        ("Lithuania", ["Lithuanian"]), ("Malaysia", ["Malaysian"]), ("Mali", ["Malian"]), ("Mexico", ["Mexican"]),
        ("Moldova", ["Moldovan"]), ("Mongolia", ["Mongolian"]), ("Morocco", ["Moroccan"]),
        ("Mozambique", ["Mozambican"]), ("Myanmar", ["Burmese"]), ("Nepal", ["Nepali", "Nepalese"]),
        ("Netherlands", ["Dutch"]), ("New Zealand", []), ("Nicaragua", ["Nicaraguan"]), ("Niger", ["Nigerien"]),
        ("Nigeria", ["Nigerian"]), ("North Korea", ["North Korean"]), ("Norway", ["Norwegian"]),
        ("Oman", ["Omani"]), ("Pakistan", ["Pakistani"]), ("Palestine", ["Palestinian"]), ("Panama", ["Panamanian"]),
        ("Paraguay", ["Paraguayan"]), ("Peru", ["Peruvian"]), ("Philippines", ["Filipino", "Philippine"]),
        ("Poland", ["Polish"]), ("Portugal", ["Portuguese"]), ("Qatar", ["Qatari"]), ("Romania", ["Romanian"]),
        ("Russia", ["Russian"]), ("Rwanda", ["Rwandan"]), ("Saudi Arabia", ["Saudi"]), ("Senegal", ["Senegalese"]),
        ("Serbia", ["Serbian", "Serb"]), ("Singapore", ["Singaporean"]), ("Slovakia", ["Slovak"]),
        ("Slovenia", ["Slovenian"]), ("Somalia", ["Somali"]), ("South Africa", ["South African"]),
        ("South Korea", ["South Korean"]), ("South Sudan", ["South Sudanese"]), ("Spain", ["Spanish"]),
        ("Sri Lanka", ["Sri Lankan"]), ("Sudan", ["Sudanese"]), ("Sweden", ["Swedish"]),
        ("Switzerland", ["Swiss"]), ("Syria", ["Syrian"]), ("Taiwan", ["Taiwanese"]), ("Tajikistan", ["Tajik"]),
        ("Tanzania", ["Tanzanian"]), ("Thailand", ["Thai"]), ("Tunisia", ["Tunisian"]), ("Turkey", ["Turkish"]),
        ("Turkmenistan", ["Turkmen"]), ("Uganda", ["Ugandan"]), ("Ukraine", ["Ukrainian"]),
        ("United Arab Emirates", ["Emirati"]), ("UAE", []), ("United Kingdom", ["British"]), ("Britain", ["British"]),
        ("U.K.", []), ("UK", []), ("England", ["English"]), ("Scotland", ["Scottish"]), ("Wales", ["Welsh"]),
        ("United States", ["American"]), ("United States of America", []), ("U.S.", []), ("US", []),
        ("USA", []), ("America", []), ("Uruguay", ["Uruguayan"]), ("Uzbekistan", ["Uzbek"]),
        ("Venezuela", ["Venezuelan"]), ("Vietnam", ["Vietnamese"]), ("Yemen", ["Yemeni"]), ("Zambia", ["Zambian"]),
        ("Zimbabwe", ["Zimbabwean"]), ("Europe", ["European"]), ("Africa", ["African"]), ("Asia", ["Asian"]),
        ("Gaza", []), ("West Bank", []), ("Crimea", ["Crimean"]), ("Donbas", []), ("Kashmir", ["Kashmiri"]),
        ("Hong Kong", []), ("Kurdistan", ["Kurdish"]), ("Middle East", []), ("Latin America", ["Latin American"]),
        ("Balkans", []), ("Baltic", []), ("Caribbean", []), ("Arctic", []), ("Antarctica", []),
    ]

    /// World capitals and major cities.
    static let cities: [String] = [
        "Abu Dhabi", "Abuja", "Accra", "Addis Ababa", "Algiers", "Amman", "Amsterdam", "Ankara", "Athens",
        "Baghdad", "Baku", "Bangkok", "Beijing", "Beirut", "Belgrade", "Berlin", "Bern", "Bogota", "Brasilia",
        "Bratislava", "Brussels", "Bucharest", "Budapest", "Buenos Aires", "Cairo", "Canberra", "Caracas",
        "Chisinau", "Copenhagen", "Damascus", "Dhaka", "Doha", "Dublin", "Hanoi", "Havana", "Helsinki",
        "Islamabad", "Jakarta", "Jerusalem", "Kabul", "Kampala", "Kathmandu", "Khartoum", "Kinshasa", "Kyiv",
        "Kiev", "Lima", "Lisbon", "Ljubljana", "London", "Luanda", "Madrid", "Managua", "Manila", "Mexico City",
        "Minsk", "Mogadishu", "Moscow", "Nairobi", "New Delhi", "Nicosia", "Oslo", "Ottawa", "Paris",
        "Phnom Penh", "Prague", "Pretoria", "Pyongyang", "Quito", "Rabat", "Riga", "Riyadh", "Rome", "Santiago",
        "Sarajevo", "Seoul", "Skopje", "Sofia", "Stockholm", "Taipei", "Tallinn", "Tashkent", "Tbilisi", "Tehran",
        "Tel Aviv", "Tirana", "Tokyo", "Tripoli", "Tunis", "Ulaanbaatar", "Vienna", "Vilnius", "Warsaw",
        "Washington", "Wellington", "Yerevan", "Zagreb", "Aleppo", "Mosul", "Kharkiv", "Odesa", "Odessa",
        "Mariupol", "Lviv", "Dnipro", "Donetsk", "Luhansk", "Kherson", "Istanbul", "St. Petersburg",
        "New York", "Los Angeles", "Chicago", "Houston", "San Francisco", "Boston", "Miami", "Seattle",
        "Toronto", "Montreal", "Vancouver", "Sydney", "Melbourne", "Shanghai", "Hong Kong", "Mumbai", "Delhi",
        "Karachi", "Lagos", "Johannesburg", "Cape Town", "Sao Paulo", "Rio de Janeiro", "Dubai", "Geneva",
        "Davos", "Frankfurt", "Munich", "Hamburg", "Milan", "Barcelona", "Manchester", "Brisbane", "Osaka",
        "Singapore", "Gaza City", "Kandahar", "Benghazi", "Sanaa", "Aden", "Basra", "Erbil", "Kabul",
    ]

    /// Prepositions after which an unknown capitalised word in a body sentence is read as a place
    /// ("in Bucha", "near Izium").
    static let locativePrepositions: [String] = [
        "in", "near", "outside", "from", "like", "at", "into", "toward", "towards",
    ]
}
