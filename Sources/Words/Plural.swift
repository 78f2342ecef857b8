/// Plural forms by count, as each language chooses them (CLDR's cardinal rules for integers).
public enum Plural {
    /// How many forms a template's `{count|…}` gives in `language`: English one|other, Russian one|few|many.
    public static func formCount(in language: Language) -> Int {
        switch language {
        case .english: 2
        case .russian: 3
        }
    }

    /// Which of the language's forms `count` takes, counted from 0 in the order `formCount` describes.
    public static func form(_ count: Int, in language: Language) -> Int {
        switch language {
        case .english: count == 1 ? 0 : 1
        case .russian: russianForm(count)
        }
    }

    /// Russian: one for 1, 21, 31 … (not 11); few for 2–4, 22–24 … (not 12–14); many for the rest
    /// (0, 5–20, 25–30, 11–14 …): 1 линия, 2 линии, 5 линий, 11 линий, 21 линия.
    private static func russianForm(_ count: Int) -> Int {
        let last = abs(count) % 10
        let lastTwo = abs(count) % 100
        if last == 1, lastTwo != 11 { return 0 }
        if (2...4).contains(last), !(12...14).contains(lastTwo) { return 1 }
        return 2
    }
}
