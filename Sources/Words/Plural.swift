/// Plural forms by count, as each language chooses them.
public enum Plural {
    /// English: one for 1, other for everything else.
    public static func english(_ count: Int, one: String, other: String) -> String {
        count == 1 ? one : other
    }

    /// Russian: `one` for 1, 21, 31 … (not 11); `few` for 2–4, 22–24 … (not 12–14); `many` for the rest
    /// (0, 5–20, 25–30, 11–14 …): 1 линия, 2 линии, 5 линий, 11 линий, 21 линия.
    public static func russian(_ count: Int, one: String, few: String, many: String) -> String {
        let last = abs(count) % 10
        let lastTwo = abs(count) % 100
        if last == 1, lastTwo != 11 { return one }
        if (2...4).contains(last), !(12...14).contains(lastTwo) { return few }
        return many
    }
}
