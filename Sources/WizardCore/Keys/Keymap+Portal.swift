import Words
extension Keymap {
    /// The webhook URL field (also after a failed check).
    static let portalEditing: [KeyBinding] = [
        KeyBinding(.keys([.enter]), name: KeyName(.enter), footer: .check, help: .checkWebhook) { state, _ in
            state.checkTypedWebhook()
        },
        KeyBinding(.keys([.escape]), name: KeyName(.escape), footer: .back, help: .backKeepingPortal,
                   when: { $0.context.portal != nil && $0.portal?.reason != .noPortal }) { state, _ in
            state.leavePortalUnchanged()
            return []
        },
        KeyBinding(.keys([.escape]), name: KeyName(.escape), help: .escapeQuits) { state, _ in Wizard.controlC(&state) },
    ] + textEditing(clearInFooter: true) { state, key in
        state.editWebhookURL(key)
        return []
    } + common(footerHelp: true) + [quitRow(footer: true)]

    /// The check passed: the name to save it under.
    static let portalOffer: [KeyBinding] = [
        KeyBinding(.keys([.enter]), name: KeyName(.enter), footer: .save, help: .savePortalUnderName) { state, _ in
            state.savePortalUnderTypedName()
        },
        KeyBinding(.keys([.escape]), name: KeyName(.escape), footer: .thisRunOnly, help: .usePortalThisRunOnly) { state, _ in
            state.finishPortal(savedAs: nil)
            return []
        },
    ] + textEditing(clearInFooter: true) { state, key in
        state.editPortalName(key)
        return []
    } + common(footerHelp: true) + [quitRow(footer: true)]

    /// A check or a save is under way: Ctrl-C (and help) are the only ways out.
    static let portalWaiting: [KeyBinding] = common(footerHelp: true) + [
        quitRow(footer: true),
        KeyBinding(.anyOtherKey, name: KeyName(.otherKeys), help: .ignoredWhileWaiting, action: KeyBinding.nothing),
    ]
}
