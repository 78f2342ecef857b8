import TextSafety
import ArgumentParser
import BitrixJSON
import PortalConfig
import SIPLineService

/// `sipline update CONFIG_ID`: changes the given fields of a line, checked by the same rules as a new line.
struct UpdateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update",
        abstract: "Change a SIP line's title, server, login or password (voximplant.sip.update).",
        discussion: """
            Only the fields given are changed, checked by the same rules as a new line; an invalid field exits 65
            with every problem listed and nothing sent.
            Examples:
              sipline update 42 --title "Main office" --portal acme
              printf '%s' "$NEW_PASSWORD" | sipline update 42 --password-stdin --portal acme
            """
    )

    @Argument(help: "The line's CONFIG_ID (see `sipline list`).")
    var configID: Int

    @Option(help: ArgumentHelp("New connection name (TITLE).", valueName: "title")) var title: String?
    @Option(help: ArgumentHelp("New SIP server: host, IPv4 or [IPv6], optional :port.", valueName: "server")) var server: String?
    @Option(help: ArgumentHelp("New SIP login.", valueName: "login")) var login: String?
    @OptionGroup(title: "Password") var password: PasswordOptions
    @OptionGroup(title: "Portal") var portal: PortalOptions
    @OptionGroup var common: CommonOptions

    func validate() throws {
        guard configID > 0 else { throw ValidationError("CONFIG_ID must be a positive number, not \(configID).") }
        guard title != nil || server != nil || login != nil || password.isGiven else {
            throw ValidationError("Nothing to change: give --title, --server, --login, --password-stdin or --password-file.")
        }
    }

    func run() async throws {
        let output = common.output
        let newPassword: String?
        do { newPassword = try password.read() } catch { throw output.fail(error) }
        let context = try CommandContext.open(portal: portal, common: common, extraSecrets: newPassword.map { [$0] } ?? [])
        let (configID, title, server, login) = (self.configID, self.title, self.server, self.login)
        // The line as it is afterwards, for the history (no secrets); a failed read only costs the record.
        let updated = try await context.perform { service throws(SIPLineError) -> ListedLine? in
            try await service.update(configID: configID, title: title, server: server, login: login, password: newPassword)
            return try? await service.line(configID: configID)
        }
        await context.finish()
        let changed = [("TITLE", title), ("SERVER", server), ("LOGIN", login), ("PASSWORD", newPassword)]
            .filter { $0.1 != nil }.map(\.0)
        if let updated {
            let record = HistoryRecord.updated(
                portal: context.portal.host, configID: configID, type: updated.type.rawValue, title: updated.title,
                server: updated.server, login: updated.login, changed: changed)
            try? LineHistory(paths: context.paths).append(record)
        }
        if common.json {
            output.emit(["CONFIG_ID": .int(Int64(configID)), "result": true,
                         "updated": .array(changed.map { .string($0) })])
        } else {
            Terminal.print("Updated line \(configID) on \(VisibleText.escape(context.portal.host)): \(changed.joined(separator: ", ")).")
        }
    }
}
