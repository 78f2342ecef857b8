import SIPLineService

/// What the help overlay (F1, or `?` outside a text field) says on each screen: the keys, as product.md lists them.
enum HelpText {
    static func title(_ screen: Screen) -> String {
        switch screen {
        case .portal: "Help · Portal"
        case .pbxType: "Help · PBX type"
        case .title: "Help · Connection name"
        case .server: "Help · Server"
        case .credentials: "Help · Credentials"
        case .review: "Help · Review"
        case .submitting: "Help · Creating the line"
        case .result: "Help · Result"
        case .outcomeUnknown: "Help · Unknown outcome"
        }
    }

    static func keys(_ screen: Screen) -> [(String, String)] {
        let form: [(String, String)] = [
            ("Tab, Down", "next field of this screen"),
            ("Shift-Tab, Up", "previous field of this screen"),
            ("Enter", "check this field; if it is fine, go on"),
            ("Esc", "back one screen; nothing typed is lost"),
            ("Left, Right", "move in the text"),
            ("Home, End", "start, end (also Ctrl-A, Ctrl-E)"),
            ("Backspace, Del", "delete before, under the cursor"),
            ("Ctrl-U, Ctrl-W", "clear the field, delete the word before"),
        ]
        let common: [(String, String)] = [
            ("F1", "this help (also ? outside a text field)"),
            ("Ctrl-L", "redraw the screen"),
            ("Ctrl-C", "quit (asks first when something was typed)"),
        ]
        switch screen {
        case .portal:
            return [("Enter", "check the webhook; after the check, save it under the name"),
                    ("Esc", "back without changing the portal; after the check, use it without saving"),
                    ("Ctrl-U", "clear the field")] + Array(form[4...]) + common
        case .pbxType:
            return [("Up, Down, Space", "move the selection"), ("1, 2", "Cloud PBX, Office PBX"),
                    ("Enter", "next screen"), ("Esc", "quit, like Ctrl-C")] + common
        case .title, .server:
            return form + common
        case .credentials:
            return form + [("Ctrl-R", "show or hide the password")] + common
        case .review:
            return [("Enter", "create the line (once)"), ("1-4", "edit that step, then come back here"),
                    ("p", "use another portal (a webhook)"), ("Esc", "back to the credentials")] + common
        case .submitting:
            return [("Ctrl-C", "stop waiting: sipline checks whether the line was created"),
                    ("other keys", "ignored until the portal answers")]
        case .result:
            return [("s", "save the details to a file (readable only by you)"), ("r", "reveal or hide the passwords"),
                    ("n", "create another line"), ("q", "quit; a summary stays on the screen"),
                    ("Enter, Esc", "do nothing here: the line exists"), ("Ctrl-L", "redraw the screen")]
        case .outcomeUnknown:
            return [("Esc", "back to review (check with `sipline list` first)"), ("q", "quit")] + common
        }
    }
}
