import TextSafety
import ArgumentParser
import BitrixJSON
import SIPLineService
import Words

/// `sipline delete CONFIG_ID`: removes a line; asks first on a terminal unless `--yes`.
struct DeleteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration.words(
        "delete", abstract: .deleteAbstract, discussion: .deleteDiscussion)

    @OptionGroup var lineID: ConfigIDArgument
    @Flag(name: .customLong("yes"), help: .words(.deleteYes)) var yes = false
    @OptionGroup var common: CommonOptions

    func run() async throws {
        let output = common.output
        let configID = lineID.configID
        if !yes && !StandardStreams.stdinIsTerminal {
            throw output.fail(CommandFailure(status: .usage, code: "USAGE", message: DeletePhrase.cannotAsk(configID: configID)))
        }
        let context = try CommandContext.open(common)
        if !yes {
            // Name the line in the question, so a mistyped number is caught before anything is deleted.
            let lines = try await context.perform { service throws(SIPLineError) in try await service.list() }
            let line = lines.first { $0.configID == configID }
            let host = VisibleText.escape(context.portal.host)
            let question = line.map {
                DeletePhrase.confirmNamed(configID: configID, title: VisibleText.escape($0.title), type: $0.type.rawValue,
                                          server: VisibleText.escape($0.server), host: host)
            } ?? .confirm(configID: configID, host: host)
            StandardStreams.writeAll(processWords(question), to: 2)
            let answer = readLine(strippingNewline: true)?.lowercased() ?? ""
            guard answer == "y" || answer == "yes" else {
                await context.finish()
                throw output.fail(CommandFailure(status: .cancelled, code: "DECLINED", message: DeletePhrase.declined))
            }
        }
        try await context.perform { service throws(SIPLineError) in try await service.delete(configID: configID) }
        await context.finish()
        if common.json {
            output.emit(["CONFIG_ID": .int(Int64(configID)), "result": true])
        } else {
            StandardStreams.print(processWords(DeletePhrase.deleted(configID: configID, host: VisibleText.escape(context.portal.host))))
        }
    }
}
