/// Common given names across languages: a capitalised word from this list followed by another capitalised word is
/// read as a person's name even without a title ("Antonio Guterres said"). Compared in lower case. Modest by
/// design: names after a title, an honorific or before a speech verb are found without it.
enum GivenNames {
    /// The names.
    static let names: [String] = [
        "john", "james", "robert", "michael", "william", "david", "richard", "joseph", "thomas", "charles",
        "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah", "karen",
        "joe", "donald", "barack", "hillary", "kamala", "nancy", "mike", "george", "bill", "boris", "emmanuel",
        "angela", "olaf", "justin", "rishi", "theresa", "liz", "keir", "xi", "vladimir", "sergei", "sergey",
        "dmitry", "dmitri", "alexei", "alexander", "andrei", "volodymyr", "oleksandr", "olena", "dmytro",
        "antonio", "recep", "mohammed", "muhammad", "ahmed", "ali", "hassan", "hussein", "omar", "abdul",
        "benjamin", "naftali", "yair", "narendra", "imran", "shinzo", "fumio", "moon", "kim", "jacinda", "scott",
        "anthony", "antony", "jens", "ursula", "charles", "josep", "pedro", "luiz", "jair", "andres", "gustavo",
        "nicolas", "jean", "pierre", "marie", "francois", "maria", "jose", "juan", "carlos", "luis", "ana",
        "paul", "peter", "mark", "steven", "andrew", "kevin", "brian", "daniel", "matthew", "christopher",
        "elon", "jeff", "tim", "satya", "sundar", "jack", "farhan", "stephane", "linda", "samantha", "vassily",
        "vasily", "maria", "dmitriy", "yevgeny", "ramzan", "alexandr", "mikhail", "nikolai", "viktor", "petro",
        "vitali", "vitaly", "wladimir", "martin", "stefan", "frank", "helen", "anne", "catherine", "emily",
    ]
}
