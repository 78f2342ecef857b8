import ArgumentParser
import BitrixJSON
import SIPLineService

/// `sipline list`: every SIP line this webhook can see (voximplant.sip.get, all pages).
struct ListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the portal's SIP lines (voximplant.sip.get, all pages).",
        discussion: """
            Examples:
              sipline list --portal acme
              SIPLINE_WEBHOOK="$(cat ~/acme.webhook)" sipline list --json
              sipline list --webhook-file ~/acme.webhook --json --show-secrets
            """
    )

    @OptionGroup(title: "Portal") var portal: PortalOptions
    @OptionGroup var common: CommonOptions

    @Flag(name: .customLong("show-secrets"), help: "Show PASSWORD and INCOMING_PASSWORD instead of ********.")
    var showSecrets = false

    func run() async throws {
        let context = try CommandContext.open(portal: portal, common: common)
        let lines = try await context.perform { service throws(SIPLineError) in try await service.list() }
        await context.finish()
        if common.json {
            context.output.emit(.array(lines.map { LineJSON.line($0, revealSecrets: showSecrets) }))
            return
        }
        Terminal.print(LineTable.render(lines, host: context.portal.host))
    }
}

/// The human form of `list`: an aligned table and a count.
enum LineTable {
    static func render(_ lines: [ListedLine], host: String) -> String {
        guard !lines.isEmpty else { return "No SIP lines on \(VisibleText.escape(host))." }
        var table = TextTable(headers: ["CONFIG_ID", "TYPE", "TITLE", "SERVER", "LOGIN", "REG_ID / INCOMING_SERVER"])
        for line in lines.sorted(by: { $0.configID < $1.configID }) {
            let last = line.type == .cloud ? line.regID.map(String.init) ?? "" : line.incomingServer ?? ""
            table.rows.append([String(line.configID), line.type.rawValue, line.title, line.server, line.login, last]
                .map(VisibleText.escape))
        }
        let cloud = lines.filter { $0.type == .cloud }.count
        let summary = "\(lines.count) line\(lines.count == 1 ? "" : "s") on \(VisibleText.escape(host)): "
            + "\(cloud) cloud, \(lines.count - cloud) office."
        return table.render() + "\n\n" + summary
    }
}
