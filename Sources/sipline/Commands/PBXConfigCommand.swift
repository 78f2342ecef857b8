import ArgumentParser
import BitrixJSON
import SIPLineService
import TextSafety
import Words

/// `sipline pbx-config CONFIG_ID --format …`: what the office PBX enters to reach Bitrix24.
struct PBXConfigCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pbx-config",
        abstract: "Print the office PBX's configuration for an office line (Asterisk PJSIP, FreePBX or a generic list).",
        discussion: """
            Reads the line (voximplant.sip.get) and writes what the office PBX needs to register at Bitrix24:
            INCOMING_SERVER, INCOMING_LOGIN and INCOMING_PASSWORD, the password masked unless --show-secrets.
            Examples:
              sipline pbx-config 17 --format asterisk-pjsip --portal acme --show-secrets >> /etc/asterisk/pjsip.conf
              sipline pbx-config 17 --format freepbx --portal acme
            """
    )

    @Argument(help: "The office line's CONFIG_ID (see `sipline list`).")
    var configID: Int

    @Option(help: ArgumentHelp("asterisk-pjsip, freepbx or generic.", valueName: "format"))
    var format: String = PBXConfigFormat.generic.rawValue

    @Flag(name: .customLong("show-secrets"), help: "Write INCOMING_PASSWORD instead of ********.")
    var showSecrets = false

    @OptionGroup(title: "Portal") var portal: PortalOptions
    @OptionGroup var common: CommonOptions

    func validate() throws {
        guard configID > 0 else { throw ValidationError("CONFIG_ID must be a positive number, not \(configID).") }
        guard PBXConfigFormat(rawValue: format.lowercased()) != nil else {
            let known = PBXConfigFormat.allCases.map(\.rawValue).joined(separator: ", ")
            throw ValidationError("--format must be one of \(known), not \"\(format)\".")
        }
    }

    func run() async throws {
        let format = PBXConfigFormat(rawValue: self.format.lowercased()) ?? .generic
        let context = try CommandContext.open(portal: portal, common: common)
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
            Terminal.print(text.dropLast().split(separator: "\n", omittingEmptySubsequences: false)
                .map { VisibleText.escape($0) }.joined(separator: "\n"))
        }
    }
}
