import TextSafety
import ArgumentParser
import BitrixJSON
import SIPLineService
import Words
import Platform

/// `sipline status REG_ID [--watch]`: a cloud line's registration at the provider.
struct StatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration.words(
        "status", abstract: .statusAbstract, discussion: .statusDiscussion)

    @Argument(help: .words(.statusRegID)) var regID: Int
    @Flag(name: .customLong("watch"), help: .words(.statusWatch)) var watch = false
    @Option(name: .customLong("interval"), help: .hidden) var interval: Double = 3
    @Option(name: .customLong("limit"), help: .words(.statusLimit, valueName: "seconds")) var limit: Int = 60
    @OptionGroup var common: CommonOptions

    func validate() throws {
        guard regID > 0 else { throw ValidationError(processWords(StatusPhrase.regIDNotPositive(value: regID))) }
        guard interval > 0 else { throw ValidationError(processWords(StatusPhrase.intervalNotPositive)) }
        guard limit > 0 else { throw ValidationError(processWords(StatusPhrase.limitNotPositive)) }
    }

    func run() async throws {
        let context = try CommandContext.open(common)
        let regID = self.regID
        guard watch else {
            let status = try await context.perform { service throws(SIPLineError) in try await service.status(regID: regID) }
            await context.finish()
            if common.json { context.output.emit(LineJSON.status(status)) } else { StandardStreams.print(Self.describe(status)) }
            try Self.conclude(RegistrationAdvice(status), json: common.json, stillGoing: status.result.isFinal ? nil : regID)
            return
        }

        let json = common.json
        let pause = Duration.milliseconds(Int64(interval * 1000))
        let deadline = ContinuousClock.now + .seconds(limit)
        // The whole watch runs as one interruptible operation: Ctrl-C ends it with 130.
        let final = try await context.perform { service throws(SIPLineError) -> RegistrationStatus? in
            var last: RegistrationStatus?
            while true {
                let status = try await service.status(regID: regID)
                if !json, status != last { StandardStreams.print("\(Self.clock())  \(Self.describe(status))") }
                last = status
                if status.result.isFinal || ContinuousClock.now + pause > deadline { return status }
                do { try await Task.sleep(for: pause) } catch { return nil }
            }
        }
        await context.finish()
        guard let final else { throw context.output.fail(.interrupted) }
        if json { context.output.emit(LineJSON.status(final)) }
        let advice = final.result.isFinal ? RegistrationAdvice(final) : .noAnswer(afterSeconds: limit)
        try Self.conclude(advice, json: json, stillGoing: final.result.isFinal ? nil : regID)
    }

    /// The advice in words (stdout when the line works, stderr when it does not), then the exit status: 1 for a
    /// failed registration, 75 while it is still going on, 0 when registered.
    static func conclude(_ advice: RegistrationAdvice, json: Bool, stillGoing regID: Int?) throws {
        if !json {
            let print = advice.isFailure ? StandardStreams.printError : StandardStreams.print
            print(processWords(advice.phrase))
            if let message = advice.providerMessage {
                print(processWords(RegistrationPhrase.providerSaid(message: VisibleText.escape(message))))
            }
            if let regID, advice.phrase == .stillWaiting {
                print(processWords(RegistrationPhrase.runWatchToFollow(regID: regID)))
            }
        }
        if regID != nil { throw ExitCode(ExitStatus.tryAgain.rawValue) }
        if advice.isFailure { throw ExitCode(ExitStatus.refused.rawValue) }
    }

    static func describe(_ status: RegistrationStatus) -> String {
        let message = status.errorMessage.flatMap { $0.isEmpty ? nil : VisibleText.escape($0) }
        let updated = status.lastUpdated.flatMap { $0.isEmpty ? nil : VisibleText.escape($0) }
        return processWords(StatusPhrase.registration(
            regID: status.regID, result: status.result.rawValue, code: status.statusCode, message: message, updated: updated))
    }

    /// Local wall time, HH:MM:SS, for the watch lines.
    static func clock() -> String {
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))"
    }
}
