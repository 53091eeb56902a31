/// Currencies: signs, codes and names (lower case, one or more words), each with its ISO 4217 code (or a
/// conventional code for sub-units: "cent", "pence").
enum Currencies {
    /// Currency signs written before (or fused to) an amount.
    static let signs: [(String, String)] = [
        ("$", "USD"), ("€", "EUR"), ("£", "GBP"), ("¥", "JPY"), ("₹", "INR"), ("₽", "RUB"), ("₩", "KRW"),
        ("₺", "TRY"), ("₴", "UAH"), ("₪", "ILS"), ("₦", "NGN"), ("₱", "PHP"), ("₫", "VND"), ("฿", "THB"),
        ("₾", "GEL"), ("元", "CNY"), ("us$", "USD"), ("u.s.$", "USD"), ("c$", "CAD"), ("ca$", "CAD"),
        ("cad$", "CAD"), ("a$", "AUD"), ("au$", "AUD"), ("nz$", "NZD"), ("hk$", "HKD"), ("s$", "SGD"),
        ("r$", "BRL"), ("mex$", "MXN"), ("mxn$", "MXN"), ("usd$", "USD"),
    ]

    /// Currency names and codes and their codes. Multi-word names are separated by spaces.
    static let names: [(String, String)] = [
        ("dollar", "USD"), ("dollars", "USD"), ("buck", "USD"), ("bucks", "USD"), ("usd", "USD"),
        ("us dollar", "USD"), ("us dollars", "USD"), ("u.s. dollar", "USD"), ("u.s. dollars", "USD"),
        ("american dollars", "USD"), ("euro", "EUR"), ("euros", "EUR"), ("eur", "EUR"), ("pound", "GBP"),
        ("pounds", "GBP"), ("pounds sterling", "GBP"), ("sterling", "GBP"), ("gbp", "GBP"), ("pence", "GBX"),
        ("penny", "GBX"), ("p", "GBX"), ("cent", "cent"), ("cents", "cent"), ("yen", "JPY"), ("jpy", "JPY"),
        ("japanese yen", "JPY"), ("yuan", "CNY"), ("renminbi", "CNY"), ("rmb", "CNY"), ("cny", "CNY"),
        ("chinese yuan", "CNY"), ("kuai", "CNY"), ("rupee", "INR"), ("rupees", "INR"), ("inr", "INR"),
        ("indian rupees", "INR"), ("rouble", "RUB"), ("roubles", "RUB"), ("ruble", "RUB"), ("rubles", "RUB"),
        ("rub", "RUB"), ("hryvnia", "UAH"), ("hryvnias", "UAH"), ("uah", "UAH"), ("lira", "TRY"),
        ("liras", "TRY"), ("turkish lira", "TRY"), ("try", "TRY"), ("franc", "CHF"), ("francs", "CHF"),
        ("swiss francs", "CHF"), ("chf", "CHF"), ("peso", "MXN"), ("pesos", "MXN"), ("mexican pesos", "MXN"),
        ("mxn", "MXN"), ("peseta", "ESP"), ("pesetas", "ESP"), ("mark", "DEM"), ("marks", "DEM"),
        ("guilder", "NLG"), ("guilders", "NLG"), ("dutch guilders", "NLG"), ("krona", "SEK"), ("kronor", "SEK"),
        ("krone", "NOK"), ("kroner", "NOK"), ("won", "KRW"), ("krw", "KRW"), ("real", "BRL"), ("reais", "BRL"),
        ("brl", "BRL"), ("rand", "ZAR"), ("zar", "ZAR"), ("shekel", "ILS"), ("shekels", "ILS"), ("naira", "NGN"),
        ("dirham", "AED"), ("dirhams", "AED"), ("riyal", "SAR"), ("riyals", "SAR"), ("dinar", "KWD"),
        ("dinars", "KWD"), ("zloty", "PLN"), ("zlotys", "PLN"), ("forint", "HUF"), ("lari", "GEL"),
        ("bitcoin", "BTC"), ("bitcoins", "BTC"), ("btc", "BTC"), ("cad", "CAD"), ("canadian dollar", "CAD"),
        ("canadian dollars", "CAD"), ("aud", "AUD"), ("australian dollar", "AUD"), ("australian dollars", "AUD"),
        ("nzd", "NZD"), ("new zealand dollars", "NZD"), ("hkd", "HKD"), ("hong kong dollars", "HKD"),
        ("singapore dollars", "SGD"), ("sgd", "SGD"), ("sek", "SEK"), ("nok", "NOK"), ("dkk", "DKK"),
    ]
}
