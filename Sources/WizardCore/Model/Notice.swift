import SIPLineService

/// A message in words on a screen: under a field, or in a screen's message area (portal answers).
public struct Notice: Sendable, Equatable {
    public enum Tone: Sendable, Equatable {
        case error
        case warning
        case info
        case success
    }

    public var tone: Tone
    public var text: String

    public init(_ tone: Tone, _ text: String) {
        self.tone = tone
        self.text = text
    }

    init(_ issue: ValidationIssue) {
        switch issue.severity {
        case .error: tone = .error
        case .warning: tone = .warning
        case .notice: tone = .info
        }
        text = issue.message
    }
}
