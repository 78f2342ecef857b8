extension StringProtocol {
    /// Whitespace and newlines stripped from both ends (without CharacterSet, which FoundationEssentials may lack).
    var trimmedWhitespace: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(self[first...last])
    }
}
