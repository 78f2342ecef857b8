extension HelpPhrase {
    public var legacyEnglish: String {
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
            Prints what the status means and what to do. Exit statuses: 0 registered, 1 the registration failed \
            (with or without --watch), 75 still registering (without --watch; ask again in a few seconds). \
            With --watch, sipline asks again every few seconds (each call may notify the portal's administrators) \
            until the registration ends in success or error, or --limit seconds pass (then 75), or Ctrl-C.
            Examples:
            """ + "\n" + HelpExamples.status
        case .statusRegID:
            "The line's REG_ID (printed by `sipline add`, shown by `sipline list`)."
        case .statusWatch:
            "Poll until success or error, printing each change."
        case .statusLimit:
            "With --watch, stop after this many seconds."
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
        case .checkAbstract:
            "Check a SIP server from this machine: its DNS records (RFC 3263) and a SIP OPTIONS."
        case .checkDiscussion:
            """
            The name is looked up as a SIP client does (NAPTR, then SRV, then A/AAAA; a numeric address or an \
            explicit port skips straight to the address), then one OPTIONS goes to the first target: any SIP answer, \
            even 401 or 404, proves a SIP server is there. The check runs from this machine, not from Bitrix24's \
            servers. Exit statuses: 0 answered, 68 does not resolve, 69 resolves but no SIP answer, 64 usage.
            Examples:
            """ + "\n" + HelpExamples.check
        case .checkServer:
            "The SIP server as the line's SERVER field takes it: host, IPv4 or [IPv6], optional :port."
        case .checkTransport:
            "udp or tcp (default: as the server's DNS records say, else udp)."
        case .checkNameserver:
            "Ask this DNS server (IPv4[:port]) instead of the system's."
        case .checkJSON:
            "Print the report as one JSON document."
        case .defaultAbstract:
            "Show the default outgoing line, or make a SIP line the default (voximplant.line.outgoing.*)."
        case .defaultDiscussion:
            """
            Without CONFIG_ID, prints the current default outgoing line (with its name when the portal gives one). \
            With CONFIG_ID, makes that SIP line the default and reads the default again to prove it took: the \
            portal answers "done" even when it did nothing. Needs the right "Manage numbers – change – any".
            Examples:
            """ + "\n" + HelpExamples.defaultLine
        case .defaultConfigID:
            "The SIP line's CONFIG_ID (see `sipline list`)."
        case .pbxConfigAbstract:
            "Print the office PBX's configuration for an office line (Asterisk PJSIP, FreePBX or a generic list)."
        case .pbxConfigDiscussion:
            """
            Reads the line (voximplant.sip.get) and writes what the office PBX needs to register at Bitrix24: \
            INCOMING_SERVER, INCOMING_LOGIN and INCOMING_PASSWORD, the password masked unless --show-secrets.
            Examples:
            """ + "\n" + HelpExamples.pbxConfig
        case .pbxConfigConfigID:
            "The office line's CONFIG_ID (see `sipline list`)."
        case .pbxConfigFormat:
            "asterisk-pjsip, freepbx or generic."
        case .pbxConfigShowSecrets:
            "Write INCOMING_PASSWORD instead of ********."
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
