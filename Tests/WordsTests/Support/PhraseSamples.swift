import Words

/// Every key of an area once, with sentinel placeholders (strings like `‹host›`, numbers from 900001), so the
/// catalogue tests can check that each language's words carry every placeholder.
protocol SampledPhrase: Phrase {
    static var samples: [Self] { get }
}

/// The areas of the catalogue, each with the file under Sources/Words/Phrases that declares its keys. An area
/// missing here fails `everyAreaIsSampled`.
let sampledAreas: [(type: any SampledPhrase.Type, file: String)] = [
    (ListPhrase.self, "ListPhrase.swift"),
]

extension ListPhrase: SampledPhrase {
    static let samples: [ListPhrase] = [
        .noLines(host: "‹host›"), .summary(count: 900001, cloud: 900002, office: 900003, host: "‹host›"),
        .lastColumnHeader,
    ]
}
