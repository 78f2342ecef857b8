import Words
extension Keymap {
    static let pbxType: [KeyBinding] = [
        KeyBinding(.keys([.up, .down, .character(" ")]), name: KeyName(.upDownArrows, help: [.key(.up), .key(.down), .key(.character(" "))]),
                   footer: .choose, help: .moveSelection) { state, _ in
            state.choose(state.form.pbxType == .cloud ? .office : .cloud)
            return []
        },
        KeyBinding(.keys([.character("1"), .character("2")]), name: KeyName(.range("1", "2"), help: [.key(.character("1")), .key(.character("2"))]),
                   footer: .pick, help: .pickType) { state, key in
            state.choose(key == .character("1") ? .cloud : .office)
            return []
        },
        KeyBinding(.keys([.enter]), name: KeyName(.enter), footer: .next, help: .nextScreen) { state, _ in
            state.go(to: state.form.returnToReview ? .review : .title)
            return []
        },
        // When the wizard began on the portal screen, that is the screen before this one; otherwise this is the
        // first screen, where Esc is Ctrl-C.
        KeyBinding(.keys([.escape]), name: KeyName(.escape), footer: .back, help: .backToPortal,
                   when: { $0.startedOnPortal && !$0.form.returnToReview }) { state, _ in
            state.openPortal(reason: .change, returnTo: .pbxType)
            return []
        },
        KeyBinding(.keys([.escape]), name: KeyName(.escape), footer: .quit, help: .escapeQuits) { state, _ in
            Wizard.controlC(&state)
        },
    ] + common(footerHelp: true) + [quitRow(footer: true)]

    /// Name, server, credentials: the fields of the screen, Enter to check and go on, Esc back.
    static func form(credentials: Bool) -> [KeyBinding] {
        var rows = [
            KeyBinding(.keys([.tab, .down]), name: KeyName(.tab, help: [.tab, .down]),
                       footer: credentials ? .nextFieldShort : nil, help: .nextField) { state, _ in
                state.moveFocus(by: 1)
                return []
            },
            KeyBinding(.keys([.backTab, .up]), name: KeyName(.backTab, help: [.backTab, .up]), help: .previousField) { state, _ in
                state.moveFocus(by: -1)
                return []
            },
            KeyBinding(.keys([.enter]), name: KeyName(.enter), footer: .next, help: .checkField) { state, _ in
                Wizard.enterOnField(&state)
            },
        ]
        if credentials {
            rows.append(KeyBinding(.keys([.control("r")]), name: KeyName(.control("r")),
                                   footer: { $0.form.showPassword ? .hide : .show }, help: .togglePassword) { state, _ in
                state.form.showPassword.toggle()
                return []
            })
        }
        rows.append(KeyBinding(.keys([.escape]), name: KeyName(.escape), footer: .back, help: .backOneScreen) { state, _ in
            state.go(to: state.screen.previous ?? .pbxType)
            return []
        })
        rows += textEditing(clearInFooter: !credentials) { state, key in
            state.editFocusedField(key)
            return []
        }
        return rows + common(footerHelp: true) + [quitRow(footer: true)]
    }
}
