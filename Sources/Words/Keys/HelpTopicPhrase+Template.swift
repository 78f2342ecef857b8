extension HelpTopicPhrase: CataloguePhrase {
    public var template: TemplateCall { call() }
}
