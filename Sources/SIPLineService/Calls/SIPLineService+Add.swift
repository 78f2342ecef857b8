import Bitrix24REST
import BitrixJSON
import Words

extension SIPLineService {
    /// `voximplant.sip.add`, never repeated blindly.
    ///
    /// An invalid draft fails with `.invalidDraft` and nothing is sent. Without a `preflight` one is taken first
    /// (its failure is the answer: nothing was sent). A clean refusal of the portal is a `.failure`. When the outcome
    /// is unknown — the client says the request may have run (lost connection, timeout after sending, 5xx, garbage,
    /// cut-short answer) or the calling task was cancelled ("stop waiting") — the lines are listed again in a fresh,
    /// uncancelled task and the answer is `.createdAfterCheck`, `.notCreated` or `.unknown`.
    ///
    /// Choice: an outcome that cannot be established is `.success(.unknown(reason:))`, not
    /// `.failure(kind: .outcomeUnknown)`: it is a verdict about the add (with how to check), not a refusal, and
    /// `AddOutcome` keeps the three reconciliation verdicts together. Callers map it to exit status 69.
    public func add(_ draft: LineDraft, preflight: Preflight?) async -> Result<AddOutcome, SIPLineError> {
        let method = "voximplant.sip.add"
        let issues = DraftValidator.validate(draft)
        if issues.blocksSending { return .failure(fail(.invalidDraft(issues), method: method)) }
        let normalized = DraftValidator.normalized(draft)

        let before: Preflight
        if let preflight {
            before = preflight
        } else {
            do { before = try await self.preflight() } catch { return .failure(error) }
        }

        let response: Bitrix24Response
        do {
            response = try await client.call(method, normalized.addParameters)
        } catch {
            // A cancelled caller only leaves the outcome open when no answer arrived; a clean refusal is still one.
            let cancelled = Task.isCancelled && error.isMissingAnswer
            guard error.mayHaveExecuted || cancelled else {
                return .failure(fail(SIPLineError(error, subject: .newLine), method: method))
            }
            let cause = Self.lostAnswerCause(error, cancelled: cancelled)
            return .success(await reconcile(normalized, before: before, cause: cause))
        }
        do {
            let line = try CreatedLine(json: response.result)
            logger.debug("line created", metadata: ["method": "\(method)", "configID": "\(line.configID)"])
            return .success(.created(line))
        } catch {
            // A 200 without a readable line: the add most likely ran, so the list says which line it made.
            return .success(await reconcile(normalized, before: before, cause: .answerDidNotDescribeLine))
        }
    }

    /// The line the lost add made, if any: `draft` is the normalized draft that was sent.
    ///
    /// The outcome's reason is English text for now: the wizard's core reads `AddOutcome`'s reasons as strings
    /// (its rewrite takes the phrases themselves).
    func reconcile(_ draft: LineDraft, before: Preflight, cause: LostAnswerPhrase) async -> AddOutcome {
        logger.debug("add outcome unknown, listing the lines again", metadata: ["cause": "\(cause.english)"])
        // A fresh task: the caller's cancellation ("stop waiting") must not cancel the check itself.
        let lookup = Task { await self.listForReconciliation() }
        let verdict: AddOutcome
        switch await lookup.value {
        case .listed(let lines):
            if let line = Self.newLine(matching: draft, in: lines, before: before.configIDs) {
                verdict = .createdAfterCheck(line, reason: AnyPhrase(cause))
            } else {
                verdict = .notCreated(reason: AnyPhrase(ReconciliationPhrase.noNewLine(cause: cause)))
            }
        case .failed(let error):
            verdict = .unknown(
                reason: AnyPhrase(ReconciliationPhrase.listingFailed(cause: cause, error: error.phrase, title: draft.title)))
        case .timedOut:
            let after = DurationPhrase(reconciliation.deadline)
            verdict = .unknown(
                reason: AnyPhrase(ReconciliationPhrase.listingTimedOut(cause: cause, after: after, title: draft.title)))
        }
        logger.debug("add reconciled", metadata: ["verdict": "\(verdict.logName)"])
        return verdict
    }

    /// A line with the draft's TITLE, SERVER and LOGIN whose CONFIG_ID was not there before. A line that was there
    /// before, or one with the same title but another server or login, is never taken for the new one.
    static func newLine(matching draft: LineDraft, in lines: [ListedLine], before: Set<Int>) -> ListedLine? {
        lines.filter { line in
            !before.contains(line.configID)
                && line.title.trimmedForMatch == draft.title.trimmedForMatch
                && line.server.trimmedForMatch.lowercased() == draft.server.trimmedForMatch.lowercased()
                && line.login.trimmedForMatch == draft.login.trimmedForMatch
        }.max { $0.configID < $1.configID }
    }

    /// A few words on why the add's answer is missing, for the screen ("the connection broke").
    static func lostAnswerCause(_ error: Bitrix24Error, cancelled: Bool) -> LostAnswerPhrase {
        if cancelled { return .stoppedWaiting }
        switch error {
        case .transport(let failure):
            switch failure.kind {
            case .timeoutAfterSend: return .noAnswerInTime
            case .connectionLost: return .connectionBroke
            case .answerTooLarge: return .answerTooLarge
            case .cancelled: return .stoppedWaiting
            default: return .failedAfterSending
            }
        case .serverFault(let message): return .serverError(status: message.status)
        case .unexpectedAnswer(let status, let excerpt):
            return excerpt.isEmpty ? .emptyAnswer(status: status) : .foreignAnswer(status: status)
        default: return .answerLost
        }
    }

    // MARK: - Listing after a lost answer

    enum ReconciliationListing: Sendable {
        case listed([ListedLine])
        case failed(SIPLineError)
        case timedOut
    }

    /// Lists with the policy's own retries, within its deadline.
    func listForReconciliation() async -> ReconciliationListing {
        let policy = reconciliation
        return await withTaskGroup(of: ReconciliationListing?.self) { group in
            group.addTask { await self.listWithRetries(policy) }
            group.addTask {
                try? await Task.sleep(for: policy.deadline)
                return Task.isCancelled ? nil : .timedOut
            }
            var answer = ReconciliationListing.timedOut
            for await result in group {
                if let result {
                    answer = result
                    break
                }
            }
            group.cancelAll()
            return answer
        }
    }

    private func listWithRetries(_ policy: ReconciliationPolicy) async -> ReconciliationListing {
        var lastError = SIPLineError(kind: .unavailable, phrase: .linesNotListed)
        for attempt in 1...policy.attempts {
            do {
                return .listed(try await list())
            } catch {
                lastError = error
            }
            // Only a portal that could not be reached may answer differently on the next try.
            guard lastError.kind == .unavailable, !Task.isCancelled, attempt < policy.attempts else { break }
            try? await Task.sleep(for: policy.pause)
        }
        return .failed(lastError)
    }
}

extension Bitrix24Error {
    /// No HTTP answer came back (the request may or may not have left).
    var isMissingAnswer: Bool {
        if case .transport = self { return true }
        return false
    }
}

extension AddOutcome {
    var logName: String {
        switch self {
        case .created: "created"
        case .createdAfterCheck: "createdAfterCheck"
        case .notCreated: "notCreated"
        case .unknown: "unknown"
        }
    }
}

extension String {
    /// PHP's `trim` set: what the portal strips from the fields it stores.
    var trimmedForMatch: Substring {
        let stripped: Set<Character> = [" ", "\t", "\n", "\r", "\0", "\u{0B}"]
        guard let first = firstIndex(where: { !stripped.contains($0) }) else { return "" }
        let last = lastIndex(where: { !stripped.contains($0) })!
        return self[first...last]
    }
}
