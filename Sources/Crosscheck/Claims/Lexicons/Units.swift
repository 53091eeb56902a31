/// Units of measurement and of time: spellings (lower case, one or more words) and their canonical names.
///
/// Durations ("day", "month") make ``ClaimKind/duration`` claims; every other unit makes a
/// ``ClaimKind/quantity``. Single letters that are also words ("m", "g", "in") are only read when fused to a
/// number ("1.8m", "5g"), never as a separate word.
enum Units {
    /// A unit: its canonical singular name and whether it measures time.
    struct Entry: Hashable, Sendable {
        /// The canonical name ("kilometer", "square foot", "month").
        var name: String
        /// Whether the unit is a span of time.
        var isDuration: Bool
    }

    /// Spellings of time units and their canonical names.
    static let durations: [(String, String)] = [
        ("second", "second"), ("seconds", "second"), ("secs", "second"), ("sec", "second"),
        ("minute", "minute"), ("minutes", "minute"), ("mins", "minute"), ("min", "minute"), ("hour", "hour"),
        ("hours", "hour"), ("hrs", "hour"), ("hr", "hour"), ("day", "day"), ("days", "day"), ("week", "week"),
        ("weeks", "week"), ("fortnight", "fortnight"), ("fortnights", "fortnight"), ("month", "month"),
        ("months", "month"), ("year", "year"), ("years", "year"), ("yrs", "year"), ("decade", "decade"),
        ("decades", "decade"), ("century", "century"), ("centuries", "century"), ("night", "night"),
        ("nights", "night"), ("weekend", "weekend"), ("weekends", "weekend"), ("millisecond", "millisecond"),
        ("milliseconds", "millisecond"), ("microsecond", "microsecond"), ("microseconds", "microsecond"),
        ("nanosecond", "nanosecond"), ("nanoseconds", "nanosecond"),
    ]

    /// Spellings of measurement units and their canonical names. Multi-word spellings are separated by spaces.
    static let measures: [(String, String)] = [
        ("km", "kilometer"), ("kms", "kilometer"), ("kilometer", "kilometer"), ("kilometers", "kilometer"),
        ("kilometre", "kilometer"), ("kilometres", "kilometer"), ("m", "meter"), ("meter", "meter"),
        ("meters", "meter"),
        ("metre", "meter"), ("metres", "meter"), ("cm", "centimeter"), ("centimeter", "centimeter"),
        ("centimeters", "centimeter"), ("centimetre", "centimeter"), ("centimetres", "centimeter"),
        ("mm", "millimeter"), ("millimeter", "millimeter"), ("millimeters", "millimeter"),
        ("millimetre", "millimeter"), ("millimetres", "millimeter"), ("dm", "decimeter"),
        ("decimeter", "decimeter"), ("decimeters", "decimeter"), ("mile", "mile"), ("miles", "mile"),
        ("mi", "mile"), ("foot", "foot"), ("feet", "foot"), ("ft", "foot"), ("inch", "inch"), ("inches", "inch"),
        ("yard", "yard"), ("yards", "yard"), ("yd", "yard"), ("nautical mile", "nautical mile"),
        ("nautical miles", "nautical mile"), ("light year", "light year"), ("light years", "light year"),
        ("picometer", "picometer"), ("picometers", "picometer"), ("nanometer", "nanometer"),
        ("nanometers", "nanometer"), ("nm", "nanometer"), ("micrometer", "micrometer"), ("micron", "micrometer"),
        ("microns", "micrometer"),
        ("kg", "kilogram"), ("kgs", "kilogram"), ("kilo", "kilogram"), ("kilos", "kilogram"),
        ("kilogram", "kilogram"), ("kilograms", "kilogram"), ("kilogramme", "kilogram"), ("gram", "gram"),
        ("grams", "gram"), ("gramme", "gram"), ("grammes", "gram"), ("mg", "milligram"),
        ("milligram", "milligram"), ("milligrams", "milligram"), ("microgram", "microgram"),
        ("micrograms", "microgram"), ("μg", "microgram"), ("mcg", "microgram"), ("lb", "pound"), ("lbs", "pound"),
        ("pound", "pound"), ("pounds", "pound"),
        ("ounce", "ounce"), ("ounces", "ounce"), ("oz", "ounce"), ("ton", "ton"), ("tons", "ton"),
        ("tonne", "ton"), ("tonnes", "ton"), ("metric ton", "metric ton"), ("metric tons", "metric ton"),
        ("metric tonnes", "metric ton"), ("stone", "stone"), ("carat", "carat"), ("carats", "carat"),
        ("square kilometer", "square kilometer"), ("square kilometers", "square kilometer"),
        ("square kilometre", "square kilometer"), ("square kilometres", "square kilometer"),
        ("sq km", "square kilometer"), ("km2", "square kilometer"), ("square mile", "square mile"),
        ("square miles", "square mile"), ("sq mi", "square mile"), ("square meter", "square meter"),
        ("square meters", "square meter"), ("square metre", "square meter"), ("square metres", "square meter"),
        ("m2", "square meter"), ("sq m", "square meter"), ("square foot", "square foot"),
        ("square feet", "square foot"), ("sq ft", "square foot"), ("square inch", "square inch"),
        ("square inches", "square inch"), ("square yard", "square yard"), ("square yards", "square yard"),
        ("acre", "acre"), ("acres", "acre"), ("hectare", "hectare"), ("hectares", "hectare"), ("ha", "hectare"),
        ("liter", "liter"), ("liters", "liter"), ("litre", "liter"), ("litres", "liter"), ("l", "liter"),
        ("ml", "milliliter"), ("milliliter", "milliliter"), ("milliliters", "milliliter"),
        ("millilitre", "milliliter"), ("millilitres", "milliliter"), ("gallon", "gallon"), ("gallons", "gallon"),
        ("gal", "gallon"), ("barrel", "barrel"), ("barrels", "barrel"), ("bbl", "barrel"), ("pint", "pint"),
        ("pints", "pint"), ("cubic meter", "cubic meter"), ("cubic meters", "cubic meter"),
        ("cubic metre", "cubic meter"), ("cubic metres", "cubic meter"), ("cubic foot", "cubic foot"),
        ("cubic feet", "cubic foot"), ("cubic yard", "cubic yard"), ("cubic yards", "cubic yard"),
        ("mph", "mile per hour"), ("miles an hour", "mile per hour"), ("miles per hour", "mile per hour"),
        ("mile an hour", "mile per hour"), ("mile per hour", "mile per hour"), ("kph", "kilometer per hour"),
        ("kmph", "kilometer per hour"), ("km/h", "kilometer per hour"), ("km/hr", "kilometer per hour"),
        ("kilometers per hour", "kilometer per hour"), ("kilometres per hour", "kilometer per hour"),
        ("kilometers an hour", "kilometer per hour"), ("kilometres an hour", "kilometer per hour"),
        ("knot", "knot"), ("knots", "knot"),
        ("byte", "byte"), ("bytes", "byte"), ("kb", "kilobyte"), ("kilobyte", "kilobyte"),
        ("kilobytes", "kilobyte"), ("mb", "megabyte"), ("megabyte", "megabyte"), ("megabytes", "megabyte"),
        ("gb", "gigabyte"), ("gigabyte", "gigabyte"), ("gigabytes", "gigabyte"), ("tb", "terabyte"),
        ("terabyte", "terabyte"), ("terabytes", "terabyte"),
        ("kw", "kilowatt"), ("kilowatt", "kilowatt"), ("kilowatts", "kilowatt"), ("mw", "megawatt"),
        ("megawatt", "megawatt"), ("megawatts", "megawatt"), ("gw", "gigawatt"), ("gigawatt", "gigawatt"),
        ("gigawatts", "gigawatt"), ("kwh", "kilowatt hour"), ("watt", "watt"), ("watts", "watt"),
        ("volt", "volt"), ("volts", "volt"), ("degree", "degree"), ("degrees", "degree"), ("°", "degree"),
        ("°c", "degree celsius"), ("°f", "degree fahrenheit"), ("degrees celsius", "degree celsius"),
        ("degrees fahrenheit", "degree fahrenheit"), ("degrees centigrade", "degree celsius"),
        ("celsius", "degree celsius"), ("fahrenheit", "degree fahrenheit"), ("calorie", "calorie"),
        ("calories", "calorie"), ("turn", "turn"), ("turns", "turn"), ("kcal", "kilocalorie"),
        ("kilocalorie", "kilocalorie"), ("kilocalories", "kilocalorie"), ("joule", "joule"), ("joules", "joule"),
        ("cubic inch", "cubic inch"), ("cubic inches", "cubic inch"), ("cubic centimeter", "cubic centimeter"),
        ("cubic centimeters", "cubic centimeter"), ("cc", "cubic centimeter"),
        ("square centimeter", "square centimeter"),
        ("square centimeters", "square centimeter"), ("hectoliter", "hectoliter"), ("hectoliters", "hectoliter"),
        ("hectolitres", "hectoliter"), ("centiliter", "centiliter"), ("centiliters", "centiliter"),
        ("cl", "centiliter"),
        ("fluid ounce", "fluid ounce"), ("fluid ounces", "fluid ounce"), ("fl oz", "fluid ounce"), ("quart", "quart"),
        ("quarts", "quart"), ("cup", "cup"), ("cups", "cup"), ("teaspoon", "teaspoon"), ("teaspoons", "teaspoon"),
        ("tablespoon", "tablespoon"), ("tablespoons", "tablespoon"), ("kilowatt hour", "kilowatt hour"),
        ("kilowatt hours", "kilowatt hour"), ("kilowatt-hour", "kilowatt hour"), ("kilowatt-hours", "kilowatt hour"),
        ("megawatt hours", "megawatt hour"), ("mwh", "megawatt hour"), ("gwh", "gigawatt hour"),
        ("horsepower", "horsepower"), ("hp", "horsepower"), ("mpg", "mile per gallon"),
        ("miles per gallon", "mile per gallon"), ("meters per second", "meter per second"),
        ("metres per second", "meter per second"), ("m/s", "meter per second"), ("feet per second", "foot per second"),
        ("km/s", "kilometer per second"), ("short tons", "short ton"), ("long tons", "long ton"),
        ("fathom", "fathom"), ("fathoms", "fathom"), ("hectometer", "hectometer"), ("hectometers", "hectometer"),
        ("megabit", "megabit"), ("megabits", "megabit"), ("mbps", "megabit per second"),
        ("gigabit", "gigabit"), ("gigabits", "gigabit"), ("gbps", "gigabit per second"),
        ("light-year", "light year"), ("light-years", "light year"), ("acre-feet", "acre-foot"),
    ]
}
