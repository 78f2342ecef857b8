import TextSafety
import Words

extension ServerCheckReport {
    /// How long the probe waits in all: 2 s, then once more after a retransmission.
    public static let probeSeconds = 4

    /// The verdict in words, first the finding, then that it was checked from here; ready to print (provider
    /// text made visible).
    public func verdictLines(in words: Words) -> [String] {
        [VisibleText.escape(words(finding))] + softwareLine(in: words) + [words(CheckPhrase.fromThisMachine)]
    }

    /// What was found, said of the name, or of the address when the server was one (an address does not
    /// "resolve"); the server's own text as it came (a front end makes it visible).
    public var finding: CheckPhrase {
        let numeric = targets.first?.source == .numeric
        switch verdict {
        case .answered:
            let target = answer?.from.endpoint ?? ""
            let status = answer?.statusLine ?? ""
            return numeric ? .answeredAtAddress(target: target, statusLine: status)
                : .answered(server: server, target: target, statusLine: status)
        case .noAnswer:
            guard let probed else { return .onlyTLSTargets(server: server) }
            let target = "\(probed.endpoint) \(probed.transport.rawValue.uppercased())"
            if refused { return numeric ? .refusedAtAddress(target: target) : .refused(server: server, target: target) }
            return numeric ? .noAnswerAtAddress(target: target, seconds: Self.probeSeconds)
                : .noAnswer(server: server, target: target, seconds: Self.probeSeconds)
        case .doesNotResolve:
            let unanswered = lookups.contains {
                if case .failed(let failure) = $0.outcome { return failure.endsResolution }
                return false
            }
            return unanswered ? .dnsUnavailable(server: server) : .doesNotResolve(server: server)
        }
    }

    private func softwareLine(in words: Words) -> [String] {
        guard let software = answer?.software, !software.isEmpty else { return [] }
        return [words(CheckPhrase.software(VisibleText.escape(software)))]
    }

    /// One line for the wizard (under the server field, on review); the portal's text as it came (a front end makes
    /// it visible).
    public var summary: CheckPhrase {
        switch verdict {
        case .answered: .summaryAnswered(statusLine: answer?.statusLine ?? "")
        case .noAnswer: .summaryNoAnswer
        case .doesNotResolve: .summaryDoesNotResolve
        }
    }

    /// The lookups and targets, for `sipline check`'s details.
    public func detailLines(in words: Words) -> [String] {
        var lines: [String] = []
        if !lookups.isEmpty {
            lines.append(words(CheckPhrase.lookupsHeading))
            lines += lookups.map { "  " + $0.line(in: words) }
        }
        if !targets.isEmpty {
            lines.append(words(CheckPhrase.targetsHeading))
            lines += targets.map { target in
                "  " + words(CheckPhrase.target(
                    endpoint: target.endpoint, transport: target.transport.rawValue.uppercased(),
                    host: VisibleText.escape(target.host), source: target.source.rawValue))
            }
        }
        return lines
    }
}

extension DNSLookup {
    func line(in words: Words) -> String {
        let type = self.type.rawValue, name = VisibleText.escape(self.name)
        switch outcome {
        case .found(let count): return words(CheckPhrase.lookupFound(type: type, name: name, count: count))
        case .noSuchName: return words(CheckPhrase.lookupNoSuchName(type: type, name: name))
        case .noRecords: return words(CheckPhrase.lookupNoRecords(type: type, name: name))
        case .failed(.timedOut): return words(CheckPhrase.lookupTimedOut(type: type, name: name))
        case .failed(.serverFailure): return words(CheckPhrase.lookupServerFailure(type: type, name: name))
        case .failed(.noResolver): return words(CheckPhrase.lookupNoResolver(type: type, name: name))
        case .failed(.unreadable): return words(CheckPhrase.lookupUnreadable(type: type, name: name))
        case .failed(.cancelled): return words(CheckPhrase.lookupCancelled(type: type, name: name))
        }
    }
}
