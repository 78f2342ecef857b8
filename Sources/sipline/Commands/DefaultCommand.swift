import ArgumentParser
import BitrixJSON
import SIPLineService
import TextSafety
import Words

/// `sipline default [CONFIG_ID]`: the portal's default outgoing line, read or set (and verified by reading again).
struct DefaultCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration.words(
        "default", abstract: .defaultAbstract, discussion: .defaultDiscussion)

    @Argument(help: .words(.defaultConfigID)) var configID: Int?
    @OptionGroup var common: CommonOptions

    func validate() throws {
        if let configID { try ConfigIDArgument.check(configID) }
    }

    func run() async throws {
        let context = try CommandContext.open(common)
        guard let configID else {
            let (line, names) = try await context.perform { service throws(SIPLineError) in
                (try await service.defaultLine(), (try? await service.lineNames()) ?? [:])
            }
            await context.finish()
            if common.json {
                var object: [String: JSONValue] = ["LINE_ID": .string(line.lineID)]
                if let name = names[line.lineID] { object["NAME"] = .string(name) }
                context.output.emit(.object(object))
            } else {
                StandardStreams.print(VisibleText.escape(processWords(DefaultLinePhrase.current(line: line.described(names: names)))))
            }
            return
        }
        let change = try await context.perform { service throws(SIPLineError) in
            try await service.makeDefault(try await service.line(configID: configID))
        }
        await context.finish()
        if common.json {
            context.output.emit([
                "CONFIG_ID": .int(Int64(configID)), "RESULT": .string(Self.resultName(change.outcome)),
                "WAS": .string(change.was.lineID), "NOW": .string(change.now.lineID),
                "EXPECTED": .string(change.expected.lineID),
            ])
        } else if change.outcome == .notTaken {
            StandardStreams.printError("sipline: " + VisibleText.escape(processWords(change.phrase)))
        } else {
            StandardStreams.print(VisibleText.escape(processWords(change.phrase)))
        }
        if change.outcome == .notTaken { throw ExitCode(ExitStatus.refused.rawValue) }
    }

    static func resultName(_ outcome: DefaultLineChange.Outcome) -> String {
        switch outcome {
        case .madeDefault: "made_default"
        case .alreadyDefault: "already_default"
        case .notTaken: "not_taken"
        }
    }
}
