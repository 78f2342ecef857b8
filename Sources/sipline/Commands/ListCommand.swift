import TextSafety
import ArgumentParser
import BitrixJSON
import SIPLineService
import Words

/// `sipline list`: every SIP line this webhook can see (voximplant.sip.get, all pages).
struct ListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration.words(
        "list", abstract: .listAbstract, discussion: .listDiscussion)

    @OptionGroup var common: CommonOptions
    @Flag(name: .customLong("show-secrets"), help: .words(.showSecrets)) var showSecrets = false

    func run() async throws {
        let context = try CommandContext.open(common)
        let lines = try await context.perform { service throws(SIPLineError) in try await service.list() }
        await context.finish()
        if common.json {
            context.output.emit(.array(lines.map { LineJSON.line($0, revealSecrets: showSecrets) }))
            return
        }
        StandardStreams.print(LineTable.render(lines, host: context.portal.host, words: processWords))
    }
}

/// The human form of `list`: an aligned table and a count.
enum LineTable {
    static func render(_ lines: [ListedLine], host: String, words: Words) -> String {
        guard !lines.isEmpty else { return words(ListPhrase.noLines(host: VisibleText.escape(host))) }
        var table = TextTable(headers: ["CONFIG_ID", "TYPE", "TITLE", "SERVER", "LOGIN", words(ListPhrase.lastColumnHeader)])
        for line in lines.sorted(by: { $0.configID < $1.configID }) {
            let last = line.type == .cloud ? line.regID.map(String.init) ?? "" : line.incomingServer ?? ""
            table.rows.append([String(line.configID), line.type.rawValue, line.title, line.server, line.login, last]
                .map(VisibleText.escape))
        }
        let cloud = lines.filter { $0.type == .cloud }.count
        let summary = ListPhrase.summary(count: lines.count, cloud: cloud, office: lines.count - cloud,
                                         host: VisibleText.escape(host))
        return table.render() + "\n\n" + words(summary)
    }
}
