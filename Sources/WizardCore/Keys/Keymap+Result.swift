import SIPLineService
import Words
extension Keymap {
    /// r: the result's secrets shown or hidden, on the result and on the office PBX's configuration alike.
    private static let reveal = KeyBinding(
        .keys([.character("r"), .character("R")]), name: KeyName(.character("r")),
        footer: { $0.result?.revealSecrets == true ? .hide : .reveal }, help: .revealPasswords,
        when: { $0.result?.hasRevealableSecret == true }
    ) { state, _ in
        state.result?.revealSecrets.toggle()
        return []
    }

    static let result: [KeyBinding] = [
        KeyBinding(.keys([.character("s"), .character("S")]), name: KeyName(.character("s")), footer: .saveDetails,
                   help: .saveDetailsExplained, when: { !$0.isSavingDetails }) { state, _ in
            state.askSavePath()
            return []
        },
        reveal,
        KeyBinding(.keys([.character("e"), .character("E")]), name: KeyName(.character("e")), footer: .fixRegistration,
                   help: .fixRegistrationExplained, when: { $0.result?.failedRegistration != nil }) { state, _ in
            state.openRegistrationFix()
            return []
        },
        KeyBinding(.keys([.character("c"), .character("C")]), name: KeyName(.character("c")), footer: .pbxConfig,
                   help: .pbxConfigExplained, when: { $0.result?.line.type == .office }) { state, _ in
            state.openPBXConfig()
            return []
        },
        KeyBinding(.keys([.character("d"), .character("D")]), name: KeyName(.character("d")), footer: .makeDefault,
                   help: .makeDefaultExplained, footerOptional: true, when: { $0.result?.defaultLine != .setting }) { state, _ in state.makeDefault() },
        KeyBinding(.keys([.character("n"), .character("N")]), name: KeyName(.character("n")), footer: .newLine,
                   help: .anotherLine, footerOptional: true) { state, _ in Wizard.startNewLine(&state) },
        KeyBinding(.keys([.character("q"), .character("Q")]), name: KeyName(.character("q")), footer: .quit,
                   help: .quitWithSummary) { state, _ in Wizard.quitEffects(state) },
        KeyBinding(.keys([.enter, .escape]), name: KeyName(.enter, help: [.enter, .escape]), help: .nothingHereLineExists,
                   action: KeyBinding.nothing),
    ] + common(footerHelp: true) + [
        KeyBinding(.keys([.control("c")]), name: KeyName(.control("c")), help: .quitNow) { state, _ in
            Wizard.quitEffects(state)
        },
    ]

    /// `s` on the result: the path field.
    static let savePrompt: [KeyBinding] = [
        KeyBinding(.keys([.enter]), name: KeyName(.enter), footer: .save, help: .saveToPath) { state, _ in
            state.saveDetailsToTypedPath()
        },
        KeyBinding(.keys([.escape]), name: KeyName(.escape), footer: .cancel, help: .doNotSave) { state, _ in
            state.result?.save.phase = .idle
            return []
        },
    ] + textEditing(clearInFooter: true) { state, key in
        state.editSavePath(key)
        return []
    } + common(footerHelp: false) + [quitRow(footer: true)]
}

extension Keymap {
    /// `e`: the registration's server, login and password, sent again.
    static let registrationFix: [KeyBinding] = [
        KeyBinding(.keys([.tab, .down]), name: KeyName(.tab, help: [.tab, .down]), help: .nextField) { state, _ in
            state.moveFixFocus(by: 1)
            return []
        },
        KeyBinding(.keys([.backTab, .up]), name: KeyName(.backTab, help: [.backTab, .up]), help: .previousField) { state, _ in
            state.moveFixFocus(by: -1)
            return []
        },
        KeyBinding(.keys([.enter]), name: KeyName(.enter), footer: .registerAgain, help: .registerAgainExplained,
                   when: { $0.result?.fix?.sending == false }) { state, _ in state.sendRegistrationFix() },
        KeyBinding(.keys([.control("r")]), name: KeyName(.control("r")),
                   footer: { $0.result?.fix?.showPassword == true ? .hide : .show }, help: .togglePassword) { state, _ in
            state.result?.fix?.showPassword.toggle()
            return []
        },
        KeyBinding(.keys([.escape]), name: KeyName(.escape), footer: .cancel, help: .backToResult,
                   when: { $0.result?.fix?.sending == false }) { state, _ in
            state.cancelRegistrationFix()
            return []
        },
    ] + textEditing(clearInFooter: false, when: { $0.result?.fix?.sending == false }) { state, key in
        state.editFix(key)
        return []
    } + common(footerHelp: true) + [quitRow(footer: true)]

    /// `c`: the office PBX's configuration, in the chosen format.
    static let pbxConfig: [KeyBinding] = [
        KeyBinding(.keys([.character("1"), .character("2"), .character("3")]), name: KeyName(.range("1", "3")),
                   footer: .format, help: .chooseFormat) { state, key in
            let formats: [Character: PBXConfigFormat] = ["1": .asteriskPJSIP, "2": .freePBX, "3": .generic]
            if case .character(let digit) = key, let format = formats[digit] { state.choosePBXFormat(format) }
            return []
        },
        KeyBinding(.keys([.down, .pageDown, .up, .pageUp]), name: KeyName(.upDownArrows, help: [.upDownArrows, .key(.pageUp), .key(.pageDown)]),
                   footer: .scroll, help: .scrollText, footerOptional: true) { state, key in
            let rows = switch key {
            case .down: 1
            case .up: -1
            case .pageDown: 10
            default: -10
            }
            state.scrollPBXConfig(by: rows)
            return []
        },
        reveal,
        KeyBinding(.keys([.character("s"), .character("S")]), name: KeyName(.character("s")), footer: .saveDetails,
                   help: .saveDetailsWithConfig, when: { !$0.isSavingDetails }) { state, _ in
            state.closePBXConfig()
            state.askSavePath()
            return []
        },
        KeyBinding(.keys([.escape, .character("c"), .character("C")]), name: KeyName(.escape, help: [.escape, .character("c")]),
                   footer: .back, help: .backToResult) { state, _ in
            state.closePBXConfig()
            return []
        },
    ] + common(footerHelp: true) + [
        KeyBinding(.keys([.control("c")]), name: KeyName(.control("c")), help: .quitNow) { state, _ in
            Wizard.quitEffects(state)
        },
    ]
}

extension WizardState {
    var isSavingDetails: Bool {
        if case .saving = result?.save.phase { return true }
        return false
    }
}
