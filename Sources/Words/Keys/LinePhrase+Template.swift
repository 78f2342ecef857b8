extension LinePhrase: CataloguePhrase {
    public var template: TemplateCall { call() }
}
