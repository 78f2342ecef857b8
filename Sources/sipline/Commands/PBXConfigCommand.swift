import ArgumentParser
import BitrixJSON
import SIPLineService
import TextSafety
import Words

/// `sipline pbx-config CONFIG_ID --format …`: what the office PBX enters to reach Bitrix24.
struct PBXConfigCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration.words(
        "pbx-config", abstract: .pbxConfigAbstract, discussion: .pbxConfigDiscussion)

    @Argument(help: .words(.pbxConfigConfigID)) var configID: Int
    @Option(help: .words(.pbxConfigFormat, valueName: "format")) var format: String = PBXConfigFormat.generic.rawValue
    @Flag(name: .customLong("show-secrets"), help: .words(.pbxConfigShowSecrets)) var showSecrets = false
    @OptionGroup var common: CommonOptions

    func validate() throws {
        try ConfigIDArgument.check(configID)
        guard PBXConfigFormat(rawValue: format.lowercased()) != nil else {
            let known = PBXConfigFormat.allCases.map(\.rawValue)
            throw ValidationError(processWords(CommandPhrase.unknownFormat(value: format, known: known)))
        }
    }

    func run() async throws {
        let format = PBXConfigFormat(rawValue: self.format.lowercased()) ?? .generic
        let context = try CommandContext.open(common)
        let configID = self.configID
        let line = try await context.perform { service throws(SIPLineError) in try await service.line(configID: configID) }
        await context.finish()
        let side: OfficePBXSide
        do { side = try OfficePBXSide(line: line) } catch {
            let phrase: PBXConfigPhrase = switch error {
            case .cloudLine(let id): .cloudLineHasNoPBXSide(configID: id)
            case .noIncomingCredentials(let id): .noIncomingCredentials(configID: id)
            }
            throw context.output.fail(CommandFailure(status: .refused, code: "NOT_AN_OFFICE_LINE", message: processWords(phrase)))
        }
        let text = PBXConfigWriter(words: processWords, revealPassword: showSecrets).write(side, format: format)
        if common.json {
            context.output.emit(["CONFIG_ID": .int(Int64(configID)), "FORMAT": .string(format.rawValue), "CONFIG": .string(text)])
        } else {
            // Portal text made visible line by line: a title cannot carry a terminal escape into the snippet.
            StandardStreams.print(text.dropLast().split(separator: "\n", omittingEmptySubsequences: false)
                .map { VisibleText.escape($0) }.joined(separator: "\n"))
        }
    }
}
