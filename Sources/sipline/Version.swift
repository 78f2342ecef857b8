/// The version printed by `--version` and sent in the `User-Agent` header.
enum SiplineVersion {
    static let current = "0.1.0"
}
