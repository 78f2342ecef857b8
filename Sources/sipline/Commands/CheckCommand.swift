import ArgumentParser
import BitrixJSON
import SIPLineService
import ServerCheck
import Words

/// `sipline check SERVER`: RFC 3263 lookups and one SIP OPTIONS, from this machine.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration.words(
        "check", abstract: .checkAbstract, discussion: .checkDiscussion)

    @Argument(help: .words(.checkServer)) var server: String
    @Option(help: .words(.checkTransport, valueName: "udp|tcp")) var transport: String?
    @Option(help: .words(.checkNameserver, valueName: "address")) var nameserver: String?
    @Flag(name: .customLong("json"), help: .words(.checkJSON)) var json = false
    @OptionGroup var language: LanguageOption

    func validate() throws {
        if let transport, SIPTransport(rawValue: transport.lowercased()) == nil || transport.lowercased() == "tls" {
            throw ValidationError(processWords(CheckPhrase.unknownTransport(transport)))
        }
        if let asked = askedNameserver, Self.nameserver(asked) == nil {
            let source = nameserver == nil ? "SIPLINE_NAMESERVER" : "--nameserver"
            throw ValidationError(processWords(CheckPhrase.invalidNameserver(asked, source: source)))
        }
    }

    /// `--nameserver`, else SIPLINE_NAMESERVER (which the wizard's background check reads too), else none: the
    /// system's resolver.
    private var askedNameserver: String? {
        nameserver ?? ProcessEnvironment.current["SIPLINE_NAMESERVER"].flatMap { $0.isEmpty ? nil : $0 }
    }

    func run() async throws {
        let output = CommandOutput(json: json)
        let normalized = DraftValidator.normalized(LineDraft(server: server)).server
        let issues = DraftValidator.validate(.server, of: LineDraft(server: server)).filter { $0.severity == .error }
        guard issues.isEmpty else {
            throw output.fail(CommandFailure(status: .usage, code: "USAGE", message: issues.map { processWords($0.phrase) }.joined(separator: " ")))
        }
        let checker = ServerChecker(resolver: LibresolvResolver(nameserver: askedNameserver.flatMap(Self.nameserver)))
        let requested = transport.flatMap { SIPTransport(rawValue: $0.lowercased()) }
        let (report, interrupted) = await Interrupt.run { await checker.check(server: normalized, transport: requested) }
        if interrupted { throw output.fail(.interrupted) }

        if json {
            output.emit(CheckJSON.report(report))
        } else {
            for line in report.verdictLines(in: processWords) { StandardStreams.print(line) }
            let details = report.detailLines(in: processWords)
            if !details.isEmpty { StandardStreams.print("\n" + details.joined(separator: "\n")) }
        }
        switch report.verdict {
        case .answered: return
        case .doesNotResolve: throw ExitCode(ExitStatus.noHost.rawValue)
        case .noAnswer: throw ExitCode(ExitStatus.unavailable.rawValue)
        }
    }

    /// `a.b.c.d` or `a.b.c.d:port`.
    static func nameserver(_ text: String) -> LibresolvResolver.Nameserver? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), case .ipv4 = ServerAddress(normalized: String(parts[0]))?.host else { return nil }
        guard parts.count == 2 else { return .init(ipv4: String(parts[0])) }
        guard let port = Int(parts[1]), (1...65_535).contains(port) else { return nil }
        return .init(ipv4: String(parts[0]), port: port)
    }
}

/// The report as JSON: what was asked, what each lookup gave, the targets, the answer.
enum CheckJSON {
    static func report(_ report: ServerCheckReport) -> JSONValue {
        var object: [String: JSONValue] = [
            "server": .string(report.server),
            "verdict": .string(report.verdict.rawValue),
            "checked_from": "this machine",
            "lookups": .array(report.lookups.map(lookup)),
            "targets": .array(report.targets.map(target)),
        ]
        if let transport = report.requestedTransport { object["transport"] = .string(transport.rawValue) }
        if report.verdict == .noAnswer { object["refused"] = .bool(report.refused) }
        if let probed = report.probed { object["probed"] = target(probed) }
        if let answer = report.answer {
            var answerObject: [String: JSONValue] = [
                "status_code": .int(Int64(answer.statusCode)), "status_line": .string(answer.statusLine),
            ]
            if let software = answer.software { answerObject["software"] = .string(software) }
            object["answer"] = .object(answerObject)
        }
        return .object(object)
    }

    static func target(_ target: SIPTarget) -> JSONValue {
        ["host": .string(target.host), "address": .string(target.address), "port": .int(Int64(target.port)),
         "transport": .string(target.transport.rawValue), "source": .string(target.source.rawValue)]
    }

    static func lookup(_ lookup: DNSLookup) -> JSONValue {
        var object: [String: JSONValue] = ["type": .string(lookup.type.rawValue), "name": .string(lookup.name)]
        switch lookup.outcome {
        case .found(let count):
            object["outcome"] = "found"
            object["count"] = .int(Int64(count))
        case .noSuchName: object["outcome"] = "no_such_name"
        case .noRecords: object["outcome"] = "no_records"
        case .failed(let failure):
            object["outcome"] = "failed"
            object["reason"] = .string(failure.rawValue)
        }
        return .object(object)
    }
}
