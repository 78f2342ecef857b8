extension HelpPhrase {
    public var english: String {
        switch self {
        case .siplineAbstract:
            "Connect a SIP PBX to a Bitrix24 portal: a terminal wizard and commands for voximplant.sip.*."
        case .siplineDiscussion:
            """
            Without a command, sipline opens the wizard. Try it safely on the built-in sandbox portal:
              sipline --sandbox
            """
        case .wizardAbstract:
            "Create a SIP line step by step in a full-screen wizard (the default command)."
        case .wizardDiscussion:
            """
            Try it without touching a real portal:
              sipline --sandbox
            On a portal of the config file, or one given in the environment:
              sipline --portal acme
              SIPLINE_WEBHOOK=https://b24-4711.bitrix24.com/rest/1/<code>/ sipline
            """
        case .wizardSandbox:
            "Run against the built-in sandbox portal on loopback: nothing leaves the machine."
        case .wizardPlain:
            "Plain line prompts instead of the full screen (also chosen by itself for TERM=dumb, an unknown TERM, or "
                + "when standard input or output is not a terminal): for screen readers, serial consoles and scripts."
        case .wizardShowSecrets:
            "Plain prompts: show an office line's INCOMING_PASSWORD instead of (hidden)."
        case .wizardNoColor:
            "No colours (NO_COLOR in the environment does the same)."
        case .wizardLogFile:
            "Append a redacted diagnostic log to this file (or set SIPLINE_LOG); nothing is logged to the terminal."
        case .sandboxAbstract:
            "Run the sandbox portal on 127.0.0.1 (prints its webhook URL first, serves until Ctrl-C)."
        case .sandboxDiscussion:
            """
            The sandbox speaks the Bitrix24 REST contract of voximplant.sip.* with the portal's own rules, in memory \
            or in a state file. Nothing leaves the machine. The first line on stdout is the webhook URL to give to \
            sipline, e.g.:
            """ + "\n" + HelpExamples.sandbox
        case .sandboxPort:
            "Port to listen on (0 picks a free one)."
        case .sandboxState:
            "Keep the sandbox's lines in this JSON file across restarts."
        case .sandboxMaxCloudLines:
            "How many cloud lines the sandbox portal allows (MAX_CLOUD_PBX past it)."
        case .sandboxFaultInjection:
            "Accept fault injection on POST /_sandbox/faults (for tests and demos of slow or broken portals)."
        case .addAbstract:
            "Create a SIP line (voximplant.sip.add)."
        case .addDiscussion:
            """
            The password comes only from standard input or a file, never from the command line. Fields are checked \
            before anything is sent: an invalid field exits 65 with every problem listed. The add is never repeated \
            blindly: if the answer is lost, sipline lists the lines again and says whether the line was created.
            Examples:
              printf '%s' "$SIP_PASSWORD" | sipline add --title "Office" --server sip.example.com --login 100 --password-stdin --portal acme
              sipline add --type office --title "Own PBX" --server pbx.example.com --login pbx --password-file ~/pbx.pw --json
            """
        case .addTitle:
            "Connection name shown in Bitrix24 (TITLE)."
        case .addServer:
            "SIP server: host, IPv4 or [IPv6], optional :port (SERVER)."
        case .addLogin:
            "SIP login (LOGIN)."
        case .addType:
            "cloud: Bitrix24 registers at your provider; office: your own PBX connects to Bitrix24."
        case .showSecrets:
            "Show PASSWORD and INCOMING_PASSWORD instead of ********."
        case .listAbstract:
            "List the portal's SIP lines (voximplant.sip.get, all pages)."
        case .listDiscussion:
            "Examples:\n" + HelpExamples.list
        case .statusAbstract:
            "Show a cloud line's registration status (voximplant.sip.status)."
        case .statusDiscussion:
            """
            With --watch, sipline asks again until the registration ends in success or error (or Ctrl-C), printing \
            each change with the time; ending in error exits 1.
            Examples:
            """ + "\n" + HelpExamples.status
        case .statusRegID:
            "The line's REG_ID (printed by `sipline add`, shown by `sipline list`)."
        case .statusWatch:
            "Poll until success or error, printing each change."
        case .updateAbstract:
            "Change a SIP line's title, server, login or password (voximplant.sip.update)."
        case .updateDiscussion:
            """
            Only the fields given are changed, checked by the same rules as a new line; an invalid field exits 65 \
            with every problem listed and nothing sent.
            Examples:
              sipline update 42 --title "Main office" --portal acme
              printf '%s' "$NEW_PASSWORD" | sipline update 42 --password-stdin --portal acme
            """
        case .updateTitle:
            "New connection name (TITLE)."
        case .updateServer:
            "New SIP server: host, IPv4 or [IPv6], optional :port."
        case .updateLogin:
            "New SIP login."
        case .configIDArgument:
            "The line's CONFIG_ID (see `sipline list`)."
        case .deleteAbstract:
            "Delete a SIP line (voximplant.sip.delete)."
        case .deleteDiscussion:
            """
            On a terminal sipline asks for confirmation; without a terminal (scripts) --yes is required.
            Examples:
            """ + "\n" + HelpExamples.delete
        case .deleteYes:
            "Delete without asking."
        case .json:
            "Print one JSON document on stdout with Bitrix24's keys (errors as {\"error\", \"error_description\"})."
        case .logFile:
            "Append a redacted diagnostic log to this file (or set SIPLINE_LOG)."
        case .language:
            "The language of the messages: en or ru (else LC_ALL, LC_MESSAGES or LANG decides)."
        case .passwordGroup:
            "Password"
        case .passwordStdin:
            "Read the password from standard input (one trailing newline is removed)."
        case .passwordFile:
            "Read the password from a file readable only by you (chmod 600); one trailing newline is removed."
        case .portalGroup:
            "Portal"
        case .webhook:
            "Inbound webhook address https://PORTAL/rest/USER_ID/CODE/. Other users can read it in the process list: "
                + "prefer --webhook-file, SIPLINE_WEBHOOK or --portal."
        case .webhookFile:
            "A file holding the webhook address (keep it chmod 600)."
        case .portal:
            "A named portal of the config file ($XDG_CONFIG_HOME/sipline/config.toml)."
        }
    }
}
