extension AddressKindPhrase: CataloguePhrase {
    public var template: TemplateCall { call() }
}
