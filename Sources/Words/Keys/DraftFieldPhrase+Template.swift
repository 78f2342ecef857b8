extension DraftFieldPhrase: CataloguePhrase {
    public var template: TemplateCall { call() }
}
