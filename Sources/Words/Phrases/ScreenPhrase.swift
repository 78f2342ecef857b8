/// What every screen of the wizard shares: the header, the too-small screen, elapsed seconds.
public enum ScreenPhrase: Phrase {
    case headerNew
    case headerCreated
    case step(Int, of: Int)
    case sandboxMark
    case tooSmall(columns: Int, rows: Int)
    case enlargeKeepsEverything
    case moreMakeTaller
    case moreScrollDown
    case seconds(Int)
}
