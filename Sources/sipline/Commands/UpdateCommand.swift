import TextSafety
import ArgumentParser
import BitrixJSON
import PortalConfig
import SIPLineService
import Words

/// `sipline update CONFIG_ID`: changes the given fields of a line, checked by the same rules as a new line.
struct UpdateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration.words(
        "update", abstract: .updateAbstract, discussion: .updateDiscussion)

    @OptionGroup var lineID: ConfigIDArgument
    @Option(help: .words(.updateTitle, valueName: "title")) var title: String?
    @Option(help: .words(.updateServer, valueName: "server")) var server: String?
    @Option(help: .words(.updateLogin, valueName: "login")) var login: String?
    @OptionGroup(title: processWords(HelpPhrase.passwordGroup)) var password: PasswordOptions
    @OptionGroup var common: CommonOptions

    func validate() throws {
        guard title != nil || server != nil || login != nil || password.isGiven else {
            throw ValidationError(processWords(UpdatePhrase.nothingToChange))
        }
    }

    func run() async throws {
        let output = common.output
        let newPassword: String?
        do { newPassword = try password.read() } catch { throw output.fail(error) }
        let context = try CommandContext.open(common, extraSecrets: newPassword.map { [$0] } ?? [])
        let (configID, title, server, login) = (lineID.configID, self.title, self.server, self.login)
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
            StandardStreams.print(processWords(UpdatePhrase.updated(
                configID: configID, host: VisibleText.escape(context.portal.host), fields: changed)))
        }
    }
}
