extension FileKindPhrase: CataloguePhrase {
    public var template: TemplateCall { call() }
}
