import SIPLineService
import Testing
@testable import WizardCore
import Words

/// The key tables are the one owner of the keys: dispatch, the footer and the help overlay are read from them.
/// These tests walk every screen and overlay and check that what the footer and the help say is what the keys do,
/// and that nothing handles a key the help does not list.
@Suite struct KeymapTests {
    /// A state for every table (and for the rows that apply only sometimes).
    static let states: [(String, WizardState)] = {
        var list: [(String, WizardState)] = []
        list.append(("portal, no portal yet", Drive.portalStart()))
        var change = Drive.atReview()
        Drive.keys(&change, .character("p"))
        list.append(("portal, changing", change))
        list.append(("portal, problem", Drive.checked(.failure(PortalProblem(.badWebhook)))))
        list.append(("portal, checking", Drive.checking()))
        list.append(("portal, offer", Drive.checked(.success(Drive.paidCheck))))
        var saving = Drive.checked(.success(Drive.paidCheck))
        Drive.keys(&saving, .enter)
        list.append(("portal, saving", saving))
        list.append(("pbx type", Drive.started()))
        var afterPortal = Drive.checked(.success(Drive.paidCheck))
        Drive.keys(&afterPortal, .escape)
        list.append(("pbx type after the portal", afterPortal))
        var title = Drive.started()
        Drive.keys(&title, .enter)
        list.append(("name", title))
        var server = title
        Drive.type(&server, "Line")
        Drive.keys(&server, .enter)
        list.append(("server", server))
        var credentials = server
        Drive.type(&credentials, "sip.provider.example")
        Drive.keys(&credentials, .enter)
        list.append(("credentials", credentials))
        list.append(("review", Drive.atReview()))
        list.append(("submitting", Drive.submitting()))
        var stopping = Drive.submitting()
        Drive.keys(&stopping, .control("c"))
        list.append(("submitting, stopping", stopping))
        list.append(("result, cloud", Drive.result()))
        list.append(("result, office", Drive.result(Drive.officeLine)))
        var asking = Drive.result()
        Drive.keys(&asking, .character("s"))
        list.append(("result, save prompt", asking))
        var fixing = WorkingLineTests.failed(401)
        Drive.keys(&fixing, .character("e"))
        list.append(("result, fixing the registration", fixing))
        var config = Drive.result(Drive.officeLine)
        Drive.keys(&config, .character("c"))
        list.append(("result, PBX configuration", config))
        list.append(("result, failed registration", WorkingLineTests.failed(404)))
        var unknown = Drive.after(Drive.submitting(), .addFinished(.success(.unknown(reason: said("lost")))))
        list.append(("outcome unknown", unknown))
        var help = Drive.atReview()
        Drive.keys(&help, .function(1))
        list.append(("help", help))
        var confirm = title
        Drive.type(&confirm, "x")
        Drive.keys(&confirm, .control("c"))
        list.append(("quit confirm", confirm))
        var offer = Drive.started()
        _ = Wizard.update(&offer, .draftFound(DraftOffer(draft: KeptDraft(type: .cloud, title: "T", server: "s",
                                                                           login: "l", portalHost: ""), typedAt: "now")))
        list.append(("draft offer", offer))
        var small = Drive.after(Drive.atReview(), .resized(TerminalSize(columns: 60, rows: 20)))
        list.append(("too small", small))
        return list
    }()

    /// Keys a person can press: every named key, Ctrl-letters, F-keys, and some printable characters.
    static let keys: [Key] = {
        var keys: [Key] = [.enter, .tab, .backTab, .escape, .backspace, .delete, .up, .down, .left, .right, .home,
                           .end, .pageUp, .pageDown]
        keys += (1...12).map { Key.function($0) }
        keys += "abcdefghijklmnopqrstuvwxyz".map { Key.control($0) }
        keys += "aqsrndpyNQ?1234 5Ж".map { Key.character($0) }
        return keys
    }()

    @Test func everyRowTakesItsKeysAsDispatchDoes() {
        for (name, state) in Self.states {
            let table = Keymap.active(for: state)
            for row in Keymap.reachable(table, in: state) {
                for key in Self.examples(of: row, in: table, state: state) {
                    var pressed = state
                    let effects = Wizard.update(&pressed, .key(key))
                    var direct = state
                    let expected = row.action(&direct, key)
                    #expect(pressed == direct && effects == expected, "\(name): \(key) is not what its row says")
                }
            }
        }
    }

    @Test func aKeyThatChangesAnythingIsListedInTheHelp() {
        for (name, state) in Self.states {
            for key in Self.keys {
                var pressed = state
                let effects = Wizard.update(&pressed, .key(key))
                guard pressed != state || !effects.isEmpty else { continue }
                guard let row = Keymap.binding(for: key, in: state) else {
                    Issue.record("\(name): \(key) changed something without a row")
                    continue
                }
                let help = Keymap.reachable(Keymap.active(for: state), in: state).map(\.help)
                #expect(help.contains(row.help), "\(name): \(key) is not in the help")
            }
        }
    }

    /// The footer shows exactly the rows of the table in force that have a label, each under its key's name.
    @Test func theFooterIsReadFromTheTable() {
        for (name, state) in Self.states where state.fitsTerminal {
            let footer = Drive.frame(state).lines.last.map { $0.spans.map(\.text).joined() } ?? ""
            let rows = Keymap.footer(in: state).map(\.0)
            #expect(!rows.isEmpty, "\(name) has an empty footer")
            for row in rows where !row.footerOptional {
                let label = Words.english(row.footer!(state)!)
                let key = row.name.footer.text(glyphs: Glyphs(unicode: true), words: .english)
                #expect(footer.contains("\(key) \(label)"), "\(name): footer lacks \(key) \(label): \(footer)")
            }
        }
    }

    /// The help overlay lists every row of the screen's table that applies, with its sentence.
    @Test func theHelpIsReadFromTheTable() {
        for (name, state) in Self.states where state.overlay == .none && state.fitsTerminal {
            var help = state
            help.overlay = .help
            // Sentences may wrap inside the box: compare the words, not the lines.
            let text = Drive.frame(help).plainText.replacing("│", with: " ")
                .split(whereSeparator: \.isWhitespace).joined(separator: " ")
            for row in Keymap.reachable(Keymap.screen(for: state), in: state) {
                #expect(text.contains(Words.english(row.help)), "\(name): help lacks \(row.help)")
            }
        }
    }

    /// The keys that reach `row` in this state: its own (or, for a catch-all row, keys no earlier row takes).
    private static func examples(of row: KeyBinding, in table: [KeyBinding], state: WizardState) -> [Key] {
        switch row.trigger {
        case .keys(let keys): return keys
        case .frontEnd: return []
        case .typedText: return [.character("x"), .character("Ж")]
        case .anyOtherKey:
            return keys.filter { key in Keymap.binding(for: key, in: state).map { $0.trigger.isCatchAll } ?? false }
        }
    }
}

extension KeyBinding.Trigger {
    var isCatchAll: Bool {
        if case .anyOtherKey = self { return true }
        return false
    }
}
