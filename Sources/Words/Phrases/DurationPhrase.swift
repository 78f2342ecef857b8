/// A short duration as a person reads it: "30 s", or "200 ms" under a second.
public enum DurationPhrase: Phrase {
    case seconds(Int)
    case milliseconds(Int)
}
