extension KeyPhrase: CataloguePhrase {
    public var template: TemplateCall { call() }
}
