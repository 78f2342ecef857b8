extension DurationPhrase: CataloguePhrase {
    public var template: TemplateCall {
        switch self {
        case .seconds(let seconds): call(["seconds": seconds])
        case .milliseconds(let milliseconds): call(["milliseconds": milliseconds])
        case .secondsAndTenths(let seconds, let tenths): call(["seconds": seconds, "tenths": tenths])
        }
    }
}
