import TextSafety
import ArgumentParser
import BitrixJSON
import SIPLineService

/// `sipline delete CONFIG_ID`: removes a line; asks first on a terminal unless `--yes`.
struct DeleteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete",
        abstract: "Delete a SIP line (voximplant.sip.delete).",
        discussion: """
            On a terminal sipline asks for confirmation; without a terminal (scripts) --yes is required.
            Examples:
              sipline delete 42 --portal acme
              sipline delete 42 --yes --webhook-file ~/acme.webhook
            """
    )

    @Argument(help: "The line's CONFIG_ID (see `sipline list`).")
    var configID: Int

    @Flag(name: .customLong("yes"), help: "Delete without asking.")
    var yes = false

    @OptionGroup(title: "Portal") var portal: PortalOptions
    @OptionGroup var common: CommonOptions

    func validate() throws {
        guard configID > 0 else { throw ValidationError("CONFIG_ID must be a positive number, not \(configID).") }
    }

    func run() async throws {
        let output = common.output
        if !yes && !Terminal.stdinIsTerminal {
            throw output.fail(CommandFailure(
                status: .usage, code: "USAGE",
                message: "Not deleting line \(configID): standard input is not a terminal, so sipline cannot ask. "
                    + "Add --yes to delete without asking."))
        }
        let context = try CommandContext.open(portal: portal, common: common)
        let configID = self.configID
        if !yes {
            // Name the line in the question, so a mistyped number is caught before anything is deleted.
            let lines = try await context.perform { service throws(SIPLineError) in try await service.list() }
            let line = lines.first { $0.configID == configID }
            let what = line.map { "line \(configID) \"\(VisibleText.escape($0.title))\" (\($0.type.rawValue), \(VisibleText.escape($0.server)))" }
                ?? "line \(configID)"
            Terminal.writeAll("Delete \(what) on \(VisibleText.escape(context.portal.host))? [y/N] ", to: 2)
            let answer = readLine(strippingNewline: true)?.lowercased() ?? ""
            guard answer == "y" || answer == "yes" else {
                await context.finish()
                throw output.fail(CommandFailure(status: .cancelled, code: "DECLINED", message: "Not deleted."))
            }
        }
        try await context.perform { service throws(SIPLineError) in try await service.delete(configID: configID) }
        await context.finish()
        if common.json {
            output.emit(["CONFIG_ID": .int(Int64(configID)), "result": true])
        } else {
            Terminal.print("Deleted line \(configID) on \(VisibleText.escape(context.portal.host)).")
        }
    }
}
