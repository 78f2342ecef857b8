extension CredentialsFieldPhrase: CataloguePhrase {
    public var template: TemplateCall { call() }
}
