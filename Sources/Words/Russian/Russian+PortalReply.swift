extension PortalReplyPhrase {
    /// The portal's code and text are its own words; only the layout is sipline's, and it is the same in Russian.
    public var legacyRussian: String { legacyEnglish }
}
