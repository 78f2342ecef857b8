import Words
/// The webhook URL as the portal screen shows it once entered: the code (the segment after `/rest/USER_ID/`)
/// replaced by `mask`, everything else as typed. Without a `/rest/USER_ID/` part there is no code to find, and the
/// whole path after the host is masked instead, so a secret pasted in an odd shape is not shown either.
enum WebhookMask {
    static func masked(_ url: String, mask: String) -> String {
        if let rest = url.firstRange(of: "/rest/") {
            let head = url[..<rest.upperBound]
            let segments = url[rest.upperBound...].split(separator: "/", omittingEmptySubsequences: false)
            guard segments.count >= 2 else { return String(head) + (segments.first.map(String.init) ?? "") }
            let tail = segments.count > 2 ? "/" + segments[2...].joined(separator: "/") : ""
            return String(head) + segments[0] + "/" + (segments[1].isEmpty ? "" : mask) + tail
        }
        let afterScheme = url.firstRange(of: "://").map { $0.upperBound } ?? url.startIndex
        guard let slash = url[afterScheme...].firstIndex(of: "/") else { return url }
        let path = url[url.index(after: slash)...]
        return String(url[...slash]) + (path.isEmpty ? "" : mask)
    }
}
