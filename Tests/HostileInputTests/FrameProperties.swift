import Bitrix24REST
import BitrixJSON
import PropertyBased
import Testing
import WizardCore
import Words
@testable import SIPLineService

/// Whole wizard frames (`Wizard.render`) after arbitrary typed and pasted text and arbitrary portal answers: no
/// control or bidirectional character ever reaches a cell, and what was typed is never lost. The frames are
/// checked, not one helper: whatever module makes text safe, this is where it must have worked.
@Suite struct FrameProperties {
    static let cases = 300
    static let context = WizardContext(
        portal: PortalInUse(host: "b24-4711.bitrix24.com", redactedWebhook: "…/rest/1/••••/", isSandbox: false),
        currentDirectory: "/home/support")

    static func unsafeCells(_ frame: Frame, _ kind: (Unicode.Scalar) -> Bool = HostileText.isUnsafe) -> [String] {
        frame.lines.flatMap { $0.spans }.flatMap { HostileText.unsafe(in: $0.text, kind) }
    }

    /// No control, bidi control or separator may reach a cell (TextSafety's `VisibleText` shows them as codes).
    static func checkCells(_ frame: Frame, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(unsafeCells(frame).isEmpty, "\(unsafeCells(frame)) in\n\(frame.plainText)", sourceLocation: sourceLocation)
    }

    static func line(_ fields: [String: JSONValue]) -> CreatedLine? {
        try? CreatedLine(json: .object(fields))
    }

    /// A portal's error answer as the service turns it into a `SIPLineError`.
    static func refusal(_ answer: JSONValue) -> SIPLineError {
        let status = answer["error"]?.stringValue == "CHECK_FIELDS_ERROR" ? 400 : 403
        switch EnvelopeDecoder.decode(status: status, body: Array(answer.serialized().utf8), method: "voximplant.sip.add") {
        case .failure(let error): return SIPLineError(error, subject: .newLine)
        case .success: return SIPLineError(kind: .unavailable, message: "unexpected success")
        }
    }

    static func render(_ state: WizardState, _ size: TerminalSize = .minimum, unicode: Bool = true) -> Frame {
        Wizard.render(state, size: size, capabilities: RenderCapabilities(unicode: unicode, color: true))
    }

    /// Events until every screen that shows portal text was painted; every frame is checked.
    @Test("portal answers with hostile text never put a control or bidi character on the screen")
    func portalAnswers() async {
        await propertyCheck(count: Self.cases, input: HostileText.text, HostileText.text, HostileText.text,
                            Gen.bool()) { first, second, third, office in
            var frames: [Frame] = []
            var state = WizardState(context: Self.context)
            _ = Wizard.update(&state, .started)
            _ = Wizard.update(&state, .resized(.minimum))
            // Everything the portal says goes through the real decoders, as in the running program.
            let listed = Self.line(["CONFIG_ID": "3", "TYPE": "cloud", "TITLE": .string(first), "SERVER": .string(second),
                                    "LOGIN": .string(third), "REG_ID": "9"])
            _ = Wizard.update(&state, .knownLinesLoaded(.success(Preflight(lines: listed.map { [$0] } ?? []))))
            frames.append(Self.render(state))
            _ = Wizard.update(&state, .key(.enter))
            frames.append(Self.render(state))
            for (text, key) in [(first.isEmpty ? "Title" : "T" + first, Key.enter), ("sip.example.com", .enter),
                                ("user1", .enter), ("pw-1", .enter)] {
                _ = Wizard.update(&state, .key(.paste(text)))
                _ = Wizard.update(&state, .key(key))
                _ = Wizard.update(&state, .key(key))
            }
            frames.append(Self.render(state))
            for answer in [["error": "CHECK_FIELDS_ERROR", "error_description": .string(first + "<br>" + second)],
                           ["error": .string(third), "error_description": .string(first)] as JSONValue] {
                _ = Wizard.update(&state, .key(.enter))
                _ = Wizard.update(&state, .addFinished(.failure(Self.refusal(answer))))
                frames.append(Self.render(state))
                _ = Wizard.update(&state, .key(.escape))
            }
            _ = Wizard.update(&state, .key(.enter))
            let lost = Self.refusal(["error": .string(second), "error_description": .string(third)])
            let reason = ReconciliationPhrase.listingFailed(cause: .noAnswerInTime, error: lost.phrase, title: first)
            _ = Wizard.update(&state, .addFinished(.success(.unknown(reason: AnyPhrase(reason)))))
            frames.append(Self.render(state))
            _ = Wizard.update(&state, .key(.escape))
            _ = Wizard.update(&state, .key(.enter))
            let created = Self.line([
                "ID": "1", "CONFIG_ID": "11", "TYPE": office ? "office" : "cloud", "TITLE": .string(first),
                "SERVER": .string(second), "LOGIN": .string(third), "PASSWORD": .string(third),
                "AUTH_USER": .string(first), "OUTBOUND_PROXY": .string(second), "REGISTRATION_ERROR_MESSAGE": .string(third),
                "REG_ID": office ? "" : "150901", "INCOMING_SERVER": .string(first), "INCOMING_LOGIN": .string(second),
                "INCOMING_PASSWORD": .string(third), "LINE_DETECT_HEADER_ORDER": .string(first), "NOTE": .string(second),
            ])
            if let created {
                _ = Wizard.update(&state, .addFinished(.success(.createdAfterCheck(created, reason: AnyPhrase(LostAnswerPhrase.connectionBroke)))))
                frames.append(Self.render(state))
                _ = Wizard.update(&state, .key(.character("r")))
                frames.append(Self.render(state))
            }
            let status = try? RegistrationStatus(json: [
                "REG_ID": "150901", "STATUS_RESULT": "error", "STATUS_CODE": "401", "ERROR_MESSAGE": .string(first),
                "LAST_UPDATED": .string(second),
            ], requestedRegID: 150901)
            if let status { _ = Wizard.update(&state, .statusPolled(.success(status))) }
            frames.append(Self.render(state))
            frames.append(Self.render(state, TerminalSize(columns: 120, rows: 40), unicode: false))
            frames.forEach { Self.checkCells($0) }
        }
    }

    @Test("typed and pasted text is kept exactly and shown without controls or bidi characters")
    func typedText() async {
        var pastes = 0
        await propertyCheck(count: Self.cases, input: HostileText.printable, HostileText.text) { typed, pasted in
            var state = WizardState(context: Self.context)
            _ = Wizard.update(&state, .started)
            _ = Wizard.update(&state, .resized(.minimum))
            _ = Wizard.update(&state, .knownLinesLoaded(.success(Preflight(lines: []))))
            _ = Wizard.update(&state, .key(.enter))
            for character in typed { _ = Wizard.update(&state, .key(.character(character))) }
            // A paste as the front end delivers it: control characters already removed.
            let clean = String(String.UnicodeScalarView(pasted.unicodeScalars.filter { !HostileText.isControl($0) }))
            #expect(state.form.title.text == typed, "typed text was lost or changed")
            _ = Wizard.update(&state, .key(.paste(clean)))
            if !clean.isEmpty { pastes += state.form.title.text == typed + clean ? 0 : 1 }
            Self.checkCells(Self.render(state))
            _ = Wizard.update(&state, .key(.enter))
            Self.checkCells(Self.render(state))
        }
        #expect(pastes == 0, "\(pastes) pastes lost")
    }
}
