/// Secrets (`PASSWORD`, `INCOMING_PASSWORD`) as product.md shows them unless `--show-secrets`.
enum SecretMask {
    static let mask = "********"

    static func show(_ value: String?, reveal: Bool) -> String {
        guard let value, !value.isEmpty else { return "" }
        return reveal ? value : mask
    }
}
