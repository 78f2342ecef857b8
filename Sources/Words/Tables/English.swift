/// English: every key's words, area by area as Phrases/ declares them. The format of this text is described in
/// Template/TemplateTable.swift, its placeholders in Template/Template.swift.
extension TemplateTable {
    static let englishText = #"""
    [AddPhrase]
    passwordMissing: Give the password with --password-stdin or --password-file (never on the command line).
    warning: warning: {issue}
    note: note: {issue}
    historyNotRecorded: warning: the line was created but could not be recorded in the history: {reason}
    foundAfterCheck: note: the portal's answer was lost ({reason}); sipline listed the lines again and found this one:
      it was created.
    notCreated: The line was not created: {reason}. It is safe to try again.
    outcomeUnknown: It is unknown whether the line was created: {reason}

    [AddressKindPhrase]
    unspecifiedIPv4: an unspecified (0.x.x.x)
    unspecifiedIPv6: an unspecified
    loopback: a loopback
    privateIPv4: a private
    carrierGradeNAT: a carrier-grade NAT
    linkLocal: a link-local
    uniqueLocalIPv6: a private (unique local)
    localNetworkName: a local-network (mDNS)

    [AnswerProblemPhrase]
    connectorStatusNotObject: the connector status is not a JSON object
    lineNotObject: a line is not a JSON object
    lineWithoutConfigID: a line has no CONFIG_ID
    linesNeitherListNorEmpty: the list of lines is neither a list nor empty
    statusNotObject: the status is not a JSON object
    statusWithoutResult: the status has no STATUS_RESULT
    unknownStatusResult: the status has an unknown STATUS_RESULT "{value}"
    changeNotConfirmed: it did not confirm the change
    notALineID: it is not a line id
    notAnObjectOfLines: it is not an object of lines

    [CheckPhrase]
    fromThisMachine: This check runs from this machine, not from Bitrix24's servers: the portal may see the server
      differently.
    answered: {server} resolves and a SIP server answers at {target}: {statusLine}.
    answeredAtAddress: A SIP server answers at {target}: {statusLine}.
    software: Its software: {name}.
    noAnswer: {server} resolves, but no SIP answer came from {target} within {seconds} s. A firewall may drop OPTIONS
      from this network; the portal may still reach the server.
    noAnswerAtAddress: No SIP answer came from {target} within {seconds} s. A firewall may drop OPTIONS from this
      network; the portal may still reach the server.
    refused: {server} resolves, but {target} refused the request: nothing listens for SIP there, or a firewall rejects
      it. The portal may still reach the server from elsewhere.
    refusedAtAddress: {target} refused the request: nothing listens for SIP there, or a firewall rejects it. The portal
      may still reach the server from elsewhere.
    onlyTLSTargets: {server} resolves only to SIP over TLS, which this check does not speak; nothing was sent.
    doesNotResolve: {server} does not resolve from here: no NAPTR, SRV, A or AAAA record. Check it for typing errors; if
      the portal cannot resolve it either, the registration fails with 502.
    dnsUnavailable: {server} could not be looked up: no nameserver answered from this machine. Check its DNS settings
      (/etc/resolv.conf); the portal looks names up on its own.
    summaryAnswered: A SIP server answers ({statusLine}), checked from this machine.
    summaryNoAnswer: Resolves, but no SIP answer from this machine (a firewall may drop it; the portal may still reach
      it).
    summaryDoesNotResolve: Does not resolve from this machine.
    lookupsHeading: DNS lookups:
    targetsHeading: Targets, in RFC 3263 order:
    lookupFound: {type} {name}: {count} {count|record|records}
    lookupNoSuchName: {type} {name}: no such name
    lookupNoRecords: {type} {name}: no records
    lookupTimedOut: {type} {name}: no answer from the nameserver
    lookupServerFailure: {type} {name}: the nameserver failed or refused
    lookupNoResolver: {type} {name}: no resolver could be set up (/etc/resolv.conf)
    lookupUnreadable: {type} {name}: the answer could not be read
    lookupCancelled: {type} {name}: cancelled
    target: {endpoint} {transport} ({host}, from {source})
    unknownTransport: --transport must be udp or tcp, not "{value}".
    invalidNameserver: {source} must be an IPv4 address with an optional :port, not "{value}".

    [CommandNotePhrase]
    rateLimitWait: the portal's rate limit was reached (QUERY_LIMIT_EXCEEDED); trying again in {delay} (retry {retry}).
    operatingLimitWait: the portal paused this method for a while (OPERATION_TIME_LIMIT); waiting {delay} for it to
      reset, then trying again.
    portalMoved: the portal now answers at {address} (it redirected there); update the webhook where it is kept
      ({source}).
    malformedTimeout: {variable} must be a number of seconds between 0.1 and 3600, not "{value}".

    [CommandPhrase]
    invalidFields: Nothing was sent: {count} fields are invalid.
    interrupted: Interrupted.
    sandboxDidNotStart: The sandbox portal could not start: {reason}
    configIDNotPositive: CONFIG_ID must be a positive number, not {value}.
    unknownFormat: --format must be one of {known*, }, not "{value}".
    passwordGivenTwice: Give the password with --password-stdin or --password-file, not both.
    standardInputUnreadable: --password-stdin: cannot read standard input ({reason}).
    passwordFileReadableByOthers: --password-file {path} can be read by other users (mode {mode}); sipline will not use
      it. Run: chmod 600 {path}
    passwordFileFailure: --password-file: {failure}
    passwordFileUnreadable: --password-file {path} cannot be read.
    passwordNotUTF8: Nothing was sent: the password from {source} is not UTF-8 text.
    tokensNotSaved: warning: the refreshed OAuth tokens could not be saved ({problem}); the next run may need the app
      connected again.
    logFileNotOpened: warning: cannot open the log file {path}: {reason}; not logging.
    invalidFields.one: Nothing was sent: a field is invalid.

    [ConfigPhrase]
    inFile: {path}: {problem}
    onLine: {path}, line {line}: {problem}
    invalidPortalName: portal name "{name}" may only contain letters, digits, - and _
    fileDisappeared: the file disappeared; the refreshed tokens of "{portal}" could not be saved
    noLongerOAuth: [portals.{portal}] is no longer an OAuth portal; its refreshed tokens were not saved
    cannotLock: cannot lock {lockPath}: {reason}
    readableByOthers: other users can read this file (mode {mode}) and it holds secrets; sipline will not use it. Run:
      chmod 600 {path}
    notUTF8: not UTF-8 text
    systemFailure: {operation} failed: {reason}
    notWritten: could not be written: {reason}
    notTOML: not valid TOML: {detail}
    notTOMLWithoutDetail: not valid TOML
    unknownTopLevelKey: unknown key "{key}"; expected "default" or [portals.NAME] sections
    defaultNotString: "default" must be a portal name in quotes, e.g. default = "acme"
    portalsNotSections: "portals" must be sections like [portals.acme]
    portalNotSection: portal "{name}" must be a section [{section}]
    defaultWithoutSection: default = "{name}" but there is no [portals.{name}] section
    unknownPortalKey: unknown key "{key}" in [{section}]; a portal has either "webhook" or the OAuth keys {oauthKeys*, }
    valueNotString: "{key}" in [{section}] must be a string in quotes
    webhookAndOAuth: [{section}] has both "webhook" and OAuth keys; keep one of them
    emptyPortal: [{section}] is empty; give "webhook" or the OAuth keys
    missingOAuthKey: [{section}] lacks "{key}" (OAuth portals need {required*, })
    credentials: {problem}
    symbolicLink: a symbolic link; sipline uses only a regular file here and left the link as it is. Replace it with the
      file itself
    notRegularFile: {kind}, not a regular file; sipline left it as it is. Move it away
    ownedByAnotherUser: belongs to another user (uid {owner}); sipline uses only its own file here and left it as it is.
      Move it away or take it over (chown)
    notADraft: not a sipline draft (corrupt or cut short); sipline left it as it is. Move it away to start without it
    headerWithoutName: not valid TOML: a [section] header must start with a name, e.g. [portals.acme]

    [CreatedLinePhrase]
    created: Created SIP line {configID} on {host}.
    followRegistration: Bitrix24 now registers at {server}. Follow it with:
      |  sipline status {regID} --watch
    setOnYourPBX: Set these on your PBX so it registers at Bitrix24 (add --show-secrets to see the password):
    setOnYourPBXRevealed: Set these on your PBX so it registers at Bitrix24 (secrets: do not paste them into tickets or
      chats):

    [CredentialsFieldPhrase]
    webhookURL: webhook URL
    oauthCredentials: OAuth credentials
    oauthClientEndpoint: OAuth client endpoint
    oauthServerEndpoint: OAuth server endpoint
    accessToken: access token
    refreshToken: refresh token
    clientID: client id
    clientSecret: client secret

    [CredentialsPhrase]
    empty: The {field} is empty. Copy it from the portal: Developer resources → Other → Inbound webhook.
    notAURL: The {field} is not an address; expected https://PORTAL/rest/USER_ID/CODE/.
    unsupportedScheme: The {field} starts with "{scheme}"; only https:// addresses are accepted.
    insecureHTTP: The {field} uses http:// to {host}; only https:// is accepted (http:// only for 127.0.0.1 or
      localhost).
    missingHost: The {field} has no portal host name; expected https://PORTAL/rest/USER_ID/CODE/.
    invalidPort: The {field} has a port that is not a number between 1 and 65535.
    unexpectedUserInfo: The {field} contains a user name before the host ("…@"); a webhook address has none.
    notAWebhookPath: The {field} does not contain /rest/USER_ID/CODE/; copy the whole inbound webhook address from the
      portal.
    missingUserID: The {field} lacks the user ID after /rest/; expected /rest/USER_ID/CODE/.
    invalidUserID: The user ID in the {field} (the number after /rest/) is not a positive number.
    missingCode: The {field} lacks the webhook code after the user ID; expected /rest/USER_ID/CODE/.
    invalidCode: The webhook code in the {field} has characters a webhook code never has (only letters and digits).
    unexpectedPath: The {field} has an unexpected path after /rest/USER_ID/CODE/; remove everything after the code.
    unexpectedQuery: The {field} contains "?" or "#"; a webhook address ends with /rest/USER_ID/CODE/.
    missingField: The {field}: {name} is empty.

    [DefaultLinePhrase]
    baseNumber: the portal's base number (LINK_BASE_NUMBER)
    number: the number {number}
    cloudLine: cloud SIP line reg{regID}
    officeLine: office SIP line sip{configID}
    restAppLine: the line of REST application {app} (REST_APP:{app})
    named: {line}, "{name}"
    current: Default outgoing line: {line}.
    madeDefault: Was: {was}; now: this line, {now}.
    alreadyDefault: This line already is the default outgoing line: {line}.
    notTaken: The portal accepted the change, yet the default outgoing line is still {now}, not {expected}. Check in
      Bitrix24's telephony settings whether this line may make calls.
    lineNotVisible: This webhook sees no line with CONFIG_ID {configID}: it does not exist, or it was made in Bitrix24's
      settings or by another application (see sipline list).

    [DeletePhrase]
    cannotAsk: Not deleting line {configID}: standard input is not a terminal, so sipline cannot ask. Add --yes to
      delete without asking.
    confirmNamed: Delete line {configID} "{title}" ({type}, {server}) on {host}? [y/N]\s
    confirm: Delete line {configID} on {host}? [y/N]\s
    declined: Not deleted.
    deleted: Deleted line {configID} on {host}.

    [DraftFieldPhrase]
    type: PBX type
    title: name
    server: server
    login: login
    password: password

    [DurationPhrase]
    seconds: {seconds} s
    milliseconds: {milliseconds} ms
    secondsAndTenths: {seconds}.{tenths} s

    [FieldIssuePhrase]
    issue: {key}: {issue}

    [FileKindPhrase]
    fifo: a FIFO (named pipe)
    folder: a folder
    characterDevice: a character device
    blockDevice: a block device
    socket: a socket
    notRegular: something else

    [FormPhrase]
    pbxTypeHeading: PBX type
    cloudPBX: Cloud PBX
    officePBX: Office PBX
    cloudDescription: Bitrix24 registers at your SIP provider's server with the login and password you enter next.
    officeDescription: Your own PBX connects to Bitrix24. You get the server, login and password to enter on it when the
      line is created.
    countingLines: Counting the lines this webhook can see …
    linesSeen: Lines this webhook can see: {total} ({cloud} cloud, {office} office)
    linesNotListed: Could not list the lines this webhook can see: {reason}
    titleHeading: Connection name
    titleHelp: The name people will see for this line in Bitrix24's telephony settings.
    serverHeading: Server
    serverHelpCloud: Your SIP provider's server, where Bitrix24 registers: a host name, an IPv4 address or an [IPv6]
      address, with an optional :port (e.g. sip.provider.example:5060).
    serverHelpOffice: Your office PBX's address: a host name, an IPv4 address or an [IPv6] address, with an optional
      :port.
    credentialsHeading: Credentials
    credentialsHeadingAt: Credentials at {server}
    credentialsHelpCloud: The login and password your SIP provider gave you for this line.
    credentialsHelpOffice: The login and password of the line on your office PBX.
    nameLabel: Name
    serverLabel: Server
    loginLabel: Login
    passwordLabel: Password
    warningAccept: Press Enter again to keep this value.

    [HelpPhrase]
    siplineAbstract: Connect a SIP PBX to a Bitrix24 portal: a terminal wizard and commands for voximplant.sip.*.
    siplineDiscussion: Without a command, sipline opens the wizard. Try it safely on the built-in sandbox portal:
      |  sipline --sandbox
    wizardAbstract: Create a SIP line step by step in a full-screen wizard (the default command).
    wizardDiscussion: Try it without touching a real portal:
      |  sipline --sandbox
      |On a portal of the config file, or one given in the environment:
      |  sipline --portal acme
      |  SIPLINE_WEBHOOK=https://b24-4711.bitrix24.com/rest/1/<code>/ sipline
    wizardSandbox: Run against the built-in sandbox portal on loopback: nothing leaves the machine.
    wizardPlain: Plain line prompts instead of the full screen (also chosen by itself for TERM=dumb, an unknown TERM, or
      when standard input or output is not a terminal): for screen readers, serial consoles and scripts.
    wizardShowSecrets: Plain prompts: show an office line's INCOMING_PASSWORD instead of (hidden).
    wizardNoColor: No colours (NO_COLOR in the environment does the same).
    wizardLogFile: Append a redacted diagnostic log to this file (or set SIPLINE_LOG); nothing is logged to the
      terminal.
    sandboxAbstract: Run the sandbox portal on 127.0.0.1 (prints its webhook URL first, serves until Ctrl-C).
    sandboxDiscussion: The sandbox speaks the Bitrix24 REST contract of voximplant.sip.* with the portal's own rules, in
      memory or in a state file. Nothing leaves the machine. The first line on stdout is the webhook URL to give to
      sipline, e.g.:
      |{examples}
    sandboxPort: Port to listen on (0 picks a free one).
    sandboxState: Keep the sandbox's lines in this JSON file across restarts.
    sandboxMaxCloudLines: How many cloud lines the sandbox portal allows (MAX_CLOUD_PBX past it).
    sandboxFaultInjection: Accept fault injection on POST /_sandbox/faults (for tests and demos of slow or broken
      portals).
    addAbstract: Create a SIP line (voximplant.sip.add).
    addDiscussion: The password comes only from standard input or a file, never from the command line. Fields are
      checked before anything is sent: an invalid field exits 65 with every problem listed. The add is never repeated
      blindly: if the answer is lost, sipline lists the lines again and says whether the line was created.
      |Examples:
      |  printf '%s' "$SIP_PASSWORD" | sipline add --title "Office" --server sip.example.com --login 100
      --password-stdin --portal acme
      |  sipline add --type office --title "Own PBX" --server pbx.example.com --login pbx --password-file ~/pbx.pw
      --json
    addTitle: Connection name shown in Bitrix24 (TITLE).
    addServer: SIP server: host, IPv4 or [IPv6], optional :port (SERVER).
    addLogin: SIP login (LOGIN).
    addType: cloud: Bitrix24 registers at your provider; office: your own PBX connects to Bitrix24.
    showSecrets: Show PASSWORD and INCOMING_PASSWORD instead of ********.
    listAbstract: List the portal's SIP lines (voximplant.sip.get, all pages).
    listDiscussion: Examples:
      |{examples}
    statusAbstract: Show a cloud line's registration status (voximplant.sip.status).
    statusDiscussion: Prints what the status means and what to do. Exit statuses: 0 registered, 1 the registration
      failed (with or without --watch), 75 still registering (without --watch; ask again in a few seconds). With
      --watch, sipline asks again every few seconds (each call may notify the portal's administrators) until the
      registration ends in success or error, or --limit seconds pass (then 75), or Ctrl-C.
      |Examples:
      |{examples}
    statusRegID: The line's REG_ID (printed by `sipline add`, shown by `sipline list`).
    statusWatch: Poll until success or error, printing each change.
    statusLimit: With --watch, stop after this many seconds.
    updateAbstract: Change a SIP line's title, server, login or password (voximplant.sip.update).
    updateDiscussion: Only the fields given are changed, checked by the same rules as a new line; an invalid field exits
      65 with every problem listed and nothing sent.
      |Examples:
      |  sipline update 42 --title "Main office" --portal acme
      |  printf '%s' "$NEW_PASSWORD" | sipline update 42 --password-stdin --portal acme
    updateTitle: New connection name (TITLE).
    updateServer: New SIP server: host, IPv4 or [IPv6], optional :port.
    updateLogin: New SIP login.
    configIDArgument: The line's CONFIG_ID (see `sipline list`).
    checkAbstract: Check a SIP server from this machine: its DNS records (RFC 3263) and a SIP OPTIONS.
    checkDiscussion: The name is looked up as a SIP client does (NAPTR, then SRV, then A/AAAA; a numeric address or an
      explicit port skips straight to the address), then one OPTIONS goes to the first target: any SIP answer, even 401
      or 404, proves a SIP server is there. The check runs from this machine, not from Bitrix24's servers. Exit
      statuses: 0 answered, 68 does not resolve, 69 resolves but no SIP answer, 64 usage.
      |Examples:
      |{examples}
    checkServer: The SIP server as the line's SERVER field takes it: host, IPv4 or [IPv6], optional :port.
    checkTransport: udp or tcp (default: as the server's DNS records say, else udp).
    checkNameserver: Ask this DNS server (IPv4[:port]) instead of the system's (default: $SIPLINE_NAMESERVER, as the wizard's check).
    checkJSON: Print the report as one JSON document.
    defaultAbstract: Show the default outgoing line, or make a SIP line the default (voximplant.line.outgoing.*).
    defaultDiscussion: Without CONFIG_ID, prints the current default outgoing line (with its name when the portal gives
      one). With CONFIG_ID, makes that SIP line the default and reads the default again to prove it took: the portal
      answers "done" even when it did nothing. Needs the right "Manage numbers – change – any".
      |Examples:
      |{examples}
    defaultConfigID: The SIP line's CONFIG_ID (see `sipline list`).
    pbxConfigAbstract: Print the office PBX's configuration for an office line (Asterisk PJSIP, FreePBX or a generic
      list).
    pbxConfigDiscussion: Reads the line (voximplant.sip.get) and writes what the office PBX needs to register at
      Bitrix24: INCOMING_SERVER, INCOMING_LOGIN and INCOMING_PASSWORD, the password masked unless --show-secrets.
      |Examples:
      |{examples}
    pbxConfigConfigID: The office line's CONFIG_ID (see `sipline list`).
    pbxConfigFormat: asterisk-pjsip, freepbx or generic.
    pbxConfigShowSecrets: Write INCOMING_PASSWORD instead of ********.
    deleteAbstract: Delete a SIP line (voximplant.sip.delete).
    deleteDiscussion: On a terminal sipline asks for confirmation; without a terminal (scripts) --yes is required.
      |Examples:
      |{examples}
    deleteYes: Delete without asking.
    json: Print one JSON document on stdout with Bitrix24's keys (errors as \{"error", "error_description"\}).
    logFile: Append a redacted diagnostic log to this file (or set SIPLINE_LOG).
    language: The language of the messages: en or ru (else LC_ALL, LC_MESSAGES or LANG decides).
    passwordGroup: Password
    passwordStdin: Read the password from standard input (one trailing newline is removed).
    passwordFile: Read the password from a file readable only by you (chmod 600); one trailing newline is removed.
    portalGroup: Portal
    webhook: Inbound webhook address https://PORTAL/rest/USER_ID/CODE/. Other users can read it in the process list:
      prefer --webhook-file, SIPLINE_WEBHOOK or --portal.
    webhookFile: A file holding the webhook address (keep it chmod 600).
    portal: A named portal of the config file ($XDG_CONFIG_HOME/sipline/config.toml).

    [HelpTopicPhrase]
    portal: Portal
    pbxType: PBX type
    connectionName: Connection name
    server: Server
    credentials: Credentials
    review: Review
    creatingTheLine: Creating the line
    result: Result
    unknownOutcome: Unknown outcome

    [KeyPhrase]
    choose: choose
    pick: pick
    next: next
    back: back
    quit: quit
    help: help
    nextFieldShort: next field
    show: show
    hide: hide
    clear: clear
    create: create
    edit: edit
    portal: portal
    stopWaiting: stop waiting
    saveDetails: save details
    reveal: reveal
    newLine: new line
    save: save
    cancel: cancel
    check: check
    thisRunOnly: this run only
    backToReview: back to review
    closeHelp: close help
    stay: stay
    continueDraft: continue the draft
    startFresh: start fresh
    fixRegistration: fix
    pbxConfig: PBX config
    makeDefault: default
    registerAgain: register again
    format: format
    scroll: scroll
    helpOverlay: this help
    helpOverlayToo: this help too (where no text is typed)
    redraw: redraw the screen
    quitAsking: quit (asks first when something was typed)
    quitNow: quit
    moveInText: move in the text
    startEnd: start, end (also Ctrl-A, Ctrl-E)
    deleteBeforeUnder: delete before, under the cursor
    clearOrDeleteWord: clear the field, delete the word before
    typedText: typed into the field, in any language
    moveSelection: move the selection
    pickType: Cloud PBX, Office PBX
    nextScreen: next screen
    backToPortal: back to the portal screen
    escapeQuits: quit, like Ctrl-C
    nextField: next field of this screen
    previousField: previous field of this screen
    checkField: check this field; if it is fine, go on
    togglePassword: show or hide the password
    backOneScreen: back one screen; nothing typed is lost
    createOnce: create the line (once)
    editStep: edit that step, then come back here
    changePortal: use another portal (a webhook)
    backToCredentials: back to the credentials
    stopWaitingExplained: stop waiting: sipline checks whether the line was created
    ignoredWhileWaiting: ignored until the portal answers
    backToReviewCheckFirst: back to review (check with `sipline list` first)
    saveDetailsExplained: save the details to a file (readable only by you)
    revealPasswords: reveal or hide the passwords
    anotherLine: create another line
    quitWithSummary: quit; a summary stays on the screen
    nothingHereLineExists: do nothing here: the line exists
    saveToPath: save the details to this file
    doNotSave: back to the result without saving
    checkWebhook: check it (an empty field re-checks the portal in use)
    backKeepingPortal: back without changing the portal
    savePortalUnderName: save it under this name in the config file
    usePortalThisRunOnly: use it for this run only, without saving
    stayInWizard: stay in the wizard
    continueDraftExplained: fill the form from the draft
    startFreshExplained: an empty form; the draft is deleted
    quitKeepingDraft: quit; the draft stays for next time
    fixRegistrationExplained: fix the server, login or password; the portal registers again
    pbxConfigExplained: what to enter on your PBX: Asterisk, FreePBX or any other
    makeDefaultExplained: make this the default outgoing line (read back to be sure)
    registerAgainExplained: send them: the portal registers the line anew
    backToResult: back to the result
    chooseFormat: Asterisk PJSIP, FreePBX, a generic list
    scrollText: scroll the configuration
    saveDetailsWithConfig: save the details and this configuration to a file
    spaceKey: Space
    otherKeys: other keys
    typedTextKeys: letters, digits

    [LinePhrase]
    server: Server
    login: Login
    password: Password

    [ListPhrase]
    noLines: No SIP lines on {host}.
    summary: {count} {count|line|lines} on {host}: {cloud} cloud, {office} office.
    lastColumnHeader: REG_ID / INCOMING_SERVER

    [LostAnswerPhrase]
    stoppedWaiting: stopped waiting for the answer
    noAnswerInTime: no answer in time
    connectionBroke: the connection broke before the whole answer arrived
    answerTooLarge: the answer was too large
    failedAfterSending: the connection failed after sending
    serverError: server error, HTTP {status}
    emptyAnswer: an empty answer, HTTP {status}
    foreignAnswer: an answer that is not Bitrix24's, HTTP {status}
    answerLost: the answer was lost
    answerDidNotDescribeLine: the answer did not describe the line

    [OverlayPhrase]
    helpTitle: Help · {topic}
    helpCloses: Esc or F1 closes this help.
    quitQuestion: Quit sipline?
    quitQuestionShort: Quit sipline? y/n
    yes: yes
    no: no
    createdInThisRun: {count} {count|line was|lines were} created in this run.
    draftKept: A draft was kept when sipline last quit.
    continueDraft: Continue the draft{title? "{title}"}{server? at {server}} (typed {typedAt})?
    typedFor: It was typed for {host}.
    moreDraftsKept: {count} more {count|draft is|drafts are} kept; offered one at a time.
    passwordNeverKept: The password is never kept: type it again.
    continueChoice: continue
    startFreshChoice: start fresh (the draft is deleted)
    createdInThisRun.none: No line has been created in this run.

    [PBXConfigPhrase]
    header: Bitrix24 office line "{title}" (CONFIG_ID {configID}): what the office PBX enters to reach Bitrix24.
    registrationNote: The PBX registers at Bitrix24's incoming server, so that Bitrix24 can send calls to it.
    identifyNote: Requests from Bitrix24's incoming server belong to this trunk.
    contextNote: Calls from Bitrix24 enter the dialplan at context {context}; change it to your own.
    transportNote: Uses your UDP transport {name}; rename it if yours is called otherwise.
    passwordMasked: INCOMING_PASSWORD is shown as ******** here: reveal it before copying (sipline pbx-config
      --show-secrets, or r in the wizard).
    freePBXScreen: FreePBX: Connectivity > Trunks > Add Trunk > Add SIP (chan_pjsip) Trunk; fill in these fields:
    genericHeading: On the PBX, add a SIP trunk that registers at Bitrix24 with:
    serverLabel: Server
    portLabel: Port
    loginLabel: Login
    passwordLabel: Password
    transportLabel: Transport
    cloudLineHasNoPBXSide: Line {configID} is a cloud line: Bitrix24 registers at the provider itself, so there is no
      PBX configuration to write. pbx-config is for office lines.
    noIncomingCredentials: The portal sent no INCOMING_SERVER for line {configID}; open the line in Bitrix24's telephony
      settings to see its connection details.

    [PlainPhrase]
    intro: sipline · New SIP line. Answer each question and press Enter; an empty answer keeps what is in [brackets].
      Ctrl-D or Ctrl-C quits and keeps what you typed as a draft.
    chosenBecause: sipline: plain line prompts, because {reason}.
    errorLead: Error:
    warningLead: Warning:
    noteLead: Note:
    doneLead: Done:
    stepHeading: Step {step} of {total} · {title}
    choiceLine: {name}: {description}
    hidden: (hidden)
    registration: Registration: {state}
    ask: {label}:\s
    askKeeping: {label} [{current}]:\s
    askSecret: {label} (not shown as you type):\s
    askSecretKeeping: {label} [unchanged] (not shown as you type):\s
    askType: PBX type, 1 or 2 [{current}]:\s
    askWebhook: Webhook URL (not shown as you type):\s
    askWebhookOrRecheck: Webhook URL, or Enter to check the portal in use again (not shown as you type):\s
    askPortalName: Save this portal as [{suggested}] (- for this run only):\s
    askCreate: Create the line? [Y/n] (1-4 change a step, p another portal):\s
    askQuit: Quit sipline? What you typed is kept as a draft. [y/N]:\s
    askContinueDraft: Continue it? [Y/n]:\s
    askNext: Next [{quit}]:\s
    askFormat: Format: 1 Asterisk PJSIP, 2 FreePBX, 3 generic; Enter goes back:\s
    stepSave: save the details to a file
    stepDefault: make it the default outgoing line
    stepFix: fix the registration (server, login, password; - cancels)
    stepPBXConfig: show the configuration for the PBX
    stepNewLine: another line
    stepQuit: quit
    askSavePath: Save to [{suggested}] (- to cancel):\s
    askAfterUnknown: Enter goes back to review; q quits:\s
    answerYesOrNo: Answer y or n.
    answerOneOrTwo: Answer 1 (Cloud PBX) or 2 (Office PBX).
    answerCreate: Answer y, n, a step from 1 to 4, or p.
    answerOneTwoThree: Answer 1, 2 or 3.
    answerFromOneTo: Answer a number from 1 to {last}.
    answerEnterOrQ: Press Enter, or answer q.

    [PortalPhrase]
    heading: Portal
    help: Paste the portal's inbound webhook: in Bitrix24, Developer resources > Other > Inbound webhook, with the
      telephony scope. It is checked at once; its code is hidden once entered.
    emptyWebhook: The webhook URL is empty. Copy it from the portal: Developer resources > Other > Inbound webhook.
    inUse: In use now: {host} (webhook {webhook}).
    addRefused: Nothing was created. Once the webhook is fixed in Bitrix24, press Enter with the field empty to check it
      again, or paste another webhook; everything you typed is kept.
    recheckHint: Press Enter with the field empty to check the portal in use again.
    worksAgain: The webhook of {host} works now.
    malformed: {reason}
    unreachable: The portal could not be reached: {reason} Check the address and the network (or proxy), then press
      Enter to try again.
    badWebhook: The portal did not accept this webhook: its code is wrong, or the webhook was deleted. Copy the address
      again from Developer resources > Other > Inbound webhook.
    missingScope: The webhook lacks the scope `{scope}`. In Bitrix24, edit the inbound webhook, tick "{scope}", save,
      and press Enter here again.
    missingRight: The webhook's user lacks the telephony right "Manage numbers — modify" (or the plan has no REST). Ask
      a portal administrator to grant it, then press Enter here again.
    wrongAuthType: This portal lets only an application, not a webhook, manage SIP lines (WRONG_AUTH_TYPE). Quit and use
      a portal configured with OAuth (--portal NAME).
    refusedCheck: The portal refused the check: {reason}
    checking: Checking the webhook …
    works: The webhook works on {host} and may manage SIP lines.
    connectorPaid: The SIP connector is paid{until? until {until}}: lines carry calls.
    connectorFreeMinutes: The SIP connector is not paid; {minutes} free {minutes|minute|minutes}
      {minutes|remains|remain}. Lines carry calls until they are used up.
    connectorUnpaid: The SIP connector is not paid and no free minutes remain: the line can be created, but it carries
      no calls until the connector is paid (Telephony > SIP PBX).
    saveHint: Enter saves it in the config file, so next time `sipline --portal NAME` finds it; Esc uses it for this run
      only.
    saveFailed: The portal was not saved: {reason} Press Enter to try again, or Esc to use it for this run only.
    saved: Saved {host} as the portal "{name}" in the config file.
    forThisRun: Using {host} for this run (not saved).
    webhookLabel: Webhook
    saveAsLabel: Save this portal as
    savingPortal: Saving …

    [PortalReplyPhrase]
    # The portal's code and text are its own words, never translated; only their layout is sipline's.
    codeAndText: {code}: {text}
    code: {code}
    text: {text}
    status: HTTP {status}

    [PortalResolutionPhrase]
    howToGiveAPortal: No Bitrix24 portal given. Give one of:
      |  --webhook-file PATH      a file holding the inbound webhook address (https://PORTAL/rest/USER_ID/CODE/)
      |  SIPLINE_WEBHOOK=URL      the webhook address in the environment
      |  --portal NAME            a portal of the config file
      |  a default portal         `default = "NAME"` in the config file
      |  --webhook URL            (other users can see it in the process list)
      |Try it safely first: sipline sandbox, then SIPLINE_WEBHOOK=<its URL> sipline list
    unknownPortal: Unknown portal "{name}" (known portals: {known*, }).
    unknownPortalWithoutPortals: Unknown portal "{name}" (the config file {configPath} has no portals).
    badWebhookFlag: --webhook: {problem}
    badEnvironmentWebhook: SIPLINE_WEBHOOK: {problem}
    # The files a portal comes from: the file named, then what is wrong with it.
    unreadableWebhookFile: --webhook-file: {failure}
    badWebhookFile: --webhook-file {path}: {problem}
    badConfig: {problem}
    badConfigPortal: {configPath} [portals.{name}]: {problem}
    webhookFileReadableByOthers: warning: {path} can be read by other users and holds the webhook code. Run: chmod 600
      {path}

    [PrivateFilePhrase]
    readableByOthers: {path} can be read by other users (mode {mode}); it holds secrets. Run: chmod 600 {path}
    missing: {path} does not exist.
    systemFailure: {path}: {operation} failed: {reason}.
    notUTF8: {path} is not UTF-8 text.
    symbolicLink: {path} is a symbolic link; sipline uses only a regular file there and left the link as it is.
    notRegularFile: {path} is {kind}, not a regular file; sipline left it as it is.
    ownedByAnotherUser: {path} belongs to another user (uid {owner}); sipline left it as it is.

    [RESTPhrase]
    webhookRefused: The portal refused the webhook ({reply}): the address is wrong or the webhook was deleted. Create an
      inbound webhook on the portal (Developer resources → Other → Inbound webhook) and paste its address.
    accessTokenRefused: The portal refused the access token ({reply}) even after a refresh. Connect the application to
      the portal again.
    refreshTokenRefused: The OAuth server refused the refresh token ({reply}): it expired or was revoked. Connect the
      application to the portal again to get new tokens.
    missingScope: The webhook lacks the "{scope}" scope ({reply}). Edit the webhook on the portal and tick the "{scope}"
      scope, or create a new webhook with it.
    missingUnknownScope: The webhook lacks a scope this method needs ({reply}). Edit the webhook on the portal and tick
      a scope this method needs, or create a new webhook with it.
    missingRight: The portal denied access ({reply}): the webhook's user lacks the telephony right "Manage numbers —
      modify" (Telephony → Access permissions), or the portal's plan has no REST access.
    wrongAuthType: This method needs an application's OAuth token, not a webhook ({reply}).
    invalidRequest: The portal rejected the request as invalid ({reply}). Check that the address uses https://.
    rateLimited: The portal kept refusing for too many requests (rate limit ({reply})) after {attempts} attempts.
      Nothing was changed; wait a minute and try again.
    operatingLimit: This method used up its time budget on the portal (OPERATION_TIME_LIMIT{portalText?: {portalText}}).
      Nothing was changed. The limit resets at {resetAt}.
    overload: The portal's administrator blocked REST calls because of overload ({reply}). Ask the portal's
      administrator to lift the block; retrying will not help.
    methodNotFound: The portal does not know the method{method? {method}} ({reply}): its telephony module is missing or
      off.
    notFound: The portal has no such line or registration ({reply}). List the lines to see which exist.
    portalDeleted: The portal was deleted ({reply}). Check the portal address.
    fieldErrors: The portal rejected the fields: {messages*; }.
    fieldErrorsWithoutDetails: The portal rejected the fields: no details given.
    titleExists: The portal already has a line with this title ({reply}) (perhaps one this webhook cannot see). Choose
      another title.
    maxCloudPBX: The portal already has its maximum of cloud PBX lines ({reply}). Choose an office PBX line, or remove a
      cloud line first.
    serverFault: The portal had an internal error (HTTP {status}{code?, {code}}){text?: {text}}. The call may or may not
      have been carried out; check before repeating it.
    refused: The portal refused the call ({reply}).
    transport: {failure}
    invalidCredentials: {problem} Nothing was sent.
    unexpectedAnswer: The answer (HTTP {status}) is not a Bitrix24 REST answer: "{excerpt}". Check the portal address,
      and any proxy between here and the portal. The call may have been carried out.
    emptyAnswer: The answer (HTTP {status}) is not a Bitrix24 REST answer: an empty body. Check the portal address, and
      any proxy between here and the portal. The call may have been carried out.
    secondRedirect: The portal redirected a second time (HTTP {status}{location? to {location}}); not followed, because
      the request carries secrets. Update the portal address in the configuration.
    insecureRedirect: The portal redirected to a plain http:// address (HTTP {status}{location? to {location}}); not
      followed, because the request carries secrets. Check the portal address.
    redirectWithoutLocation: The portal answered with a redirect (HTTP {status}) but no usable address to go to.
    operatingLimit.withoutReset: This method used up its time budget on the portal (OPERATION_TIME_LIMIT{portalText?:
      {portalText}}). Nothing was changed. Try again in a few minutes.

    [ReconciliationPhrase]
    noNewLine: {cause}; listing the lines again showed no new line with this name, server and login
    listingFailed: {cause}, and listing the lines afterwards failed: {error} Check with `sipline list` whether a line
      named "{title}" exists before trying again.
    listingTimedOut: {cause}, and listing the lines afterwards took longer than {after}. Check with `sipline list`
      whether a line named "{title}" exists before trying again.

    [RegistrationPhrase]
    registered: Registered: the provider accepted the line's login and password.
    stillWaiting: The portal has not heard back from the provider yet; it registers the line within a few seconds.
    noAnswerAfterLimit: No answer from the provider after {seconds} s. The server may drop the portal's requests
      (address, port or firewall); check the server, or look again later with sipline status.
    credentialsRefused: The provider refused the login or password ({code}). Re-enter the password exactly as the
      provider gave it, and check the login.
    forbidden: The provider forbids this registration (403): the account may be blocked, the login wrong, or the
      provider may accept only known IP addresses. Check the login, and ask the provider to allow Bitrix24.
    unknownLogin: The provider does not know this login (404). Check the login (often the account number) with the
      provider.
    noTimelyAnswer: No timely answer from the provider ({code}). Check the server address and port, and whether the
      provider is up and reachable from the internet.
    intervalTooBrief: The provider wants a longer registration interval (423). Only the provider can change this; ask
      them to accept the portal's interval.
    loop: The request went round in a loop between servers ({code}). Check the server: it may point back at itself or at
      a proxy; ask the provider for the right address.
    busyHere: The provider answered busy (486) to the registration. Try again in a minute; if it stays so, ask the
      provider.
    providerInternalError: The provider's server failed (500). Nothing to fix on this side; try again later or ask the
      provider.
    hostnameUnresolved: The portal could not resolve the server's name (502). Check the server for typing errors; the
      name must resolve in public DNS.
    badGateway: A server between the portal and the provider failed (502). Check the server address; if it is right, ask
      the provider.
    serviceUnavailable: The provider is not available now (503). Check the server address; if it is right, try again
      later.
    declined: The provider declined the registration (603). Ask the provider whether this account may register.
    otherRequestFailure: The provider refused the registration ({code}). Check the server, login and password with the
      provider.
    otherServerFailure: The provider's server failed ({code}). Try again later, or ask the provider.
    otherGlobalFailure: The provider refused the registration everywhere ({code}). Ask the provider about this account.
    unexpectedCode: The registration failed with an unusual code ({code}). Check the server, login and password with the
      provider.
    providerSaid: The provider said: {message}
    runWatchToFollow: Still registering; follow it with: sipline status {regID} --watch

    [ResultPhrase]
    cloudCreated: {title} is connected to Bitrix24 as a cloud PBX line.
    registrationAt: Registration at {server}
    officeCreated: Office line "{title}" created. Now set up your office PBX:
    enterOnYourPBX: Enter these on your PBX so that it can send calls to Bitrix24:
    yourPBX: CONFIG_ID {configID} · your PBX: {server}, login {login}
    moreLead: More:
    foundAfterCheck: The portal's answer was lost ({reason}); sipline listed the lines again and found this one: it was
      created.
    saving: Saving to {path} …
    saved: Saved to {path} (readable only by you).
    saveFailed: Could not save to {path}: {reason}
    historyNotWritten: The line was created but not recorded in the history: {reason}
    noRegID: No REG_ID came back, so the registration cannot be followed here.
    registered: registered ({code})
    providerSaid: The provider said: {message}
    couldNotAsk: could not ask the portal: {error} Check later with `sipline status {regID}`.
    couldNotAskRetrying: could not ask the portal, trying again: {error}
    waiting: waiting
    inProgress: in progress
    updatesByItself: (updates by itself)
    saveToLabel: Save to
    fileHoldsPasswords: The file holds the passwords; it is written readable only by you (0600).
    detailsFileHeader: sipline: SIP line details. Holds secrets: keep this file private.
    sandboxHost: {host} (sandbox)
    fixRefused: The portal did not take the change: {reason}
    fixHint: Fix what the provider refused. Enter sends server, login and password; the portal then registers the line
      anew (nothing is created twice).
    sendingFix: Sending the change; the portal then registers the line anew …
    settingDefault: Making this line the default outgoing line …
    defaultRefused: The default outgoing line was not changed: {reason}
    pbxConfigHeading: Configuration for your PBX · {format}
    pbxConfigFormats: 1 Asterisk PJSIP · 2 FreePBX · 3 generic
    genericFormat: generic
    pbxConfigUnavailable: The portal did not send this line's incoming server, login and password, so there is nothing
      to write for the PBX. Look at the line in Bitrix24's telephony settings.

    [ReviewPhrase]
    heading: Review
    typeLabel: PBX type
    nameLabel: Name
    serverLabel: Server
    loginLabel: Login
    passwordLabel: Password
    portalLabel: Portal
    webhookInParentheses: (webhook {webhook})
    fixFirstProblem: Press Enter to fix the first problem, or 1-4 to open a step.
    createButton: Create line
    creatingOn: Creating the line on {host} …
    submittedLine: {type} "{title}" at {server}, login {login}
    stoppedWaiting: Stopped waiting. sipline is asking the portal whether the line was created …
    stopWaitingHint: (Ctrl-C stops waiting; if the portal already created the line, sipline finds it and says so.)
    unknownTitle: It is unknown whether the line was created.
    unknownBody: The portal's answer was lost and sipline could not ask the portal afterwards. Do not simply try again:
      that could create the line twice.
    whatHappened: What happened: {reason}
    unknownKeys: Esc goes back to review with everything you typed; q quits.
    checkBeforeRetry: The outcome of the last try is unknown. Check with `sipline list` that the line does not exist
      before you press Enter to create it.
    notCreated: The line was not created ({reason}). Press Enter to try again.
    titleExists: A line named "{title}" already exists on this portal. Choose another name.
    maxCloudLines: The portal already has its maximum number of cloud PBX lines. Choose Office PBX, or remove a cloud
      line you no longer need (`sipline list`, then `sipline delete CONFIG_ID`) and try again.
    fieldErrorsIntro: The portal did not accept the line. It said:
    portalSaid: {message}
    unavailable: The line was not created. {reason}
    portalAskedToWait: Waiting, as the portal asked: {note}
    refused: The portal refused the line: {reason}
    serverChecked: {server}: {summary}

    [SandboxPhrase]
    portOutOfRange: --port must be 0…65535, not {port}.
    maxCloudLinesNegative: --max-cloud-lines must be 0 or more, not {value}.

    [ScreenPhrase]
    headerNew: sipline · New SIP line
    headerCreated: sipline · SIP line created
    step: Step {step} of {total}
    sandboxMark: SANDBOX
    tooSmall: sipline needs a terminal of at least 80×24 (this one is {columns}×{rows}).
    enlargeKeepsEverything: Enlarge the window: everything you typed is kept.
    moreMakeTaller: (more: make the terminal taller)
    moreScrollDown: (more below: Down or PgDn)
    seconds: {seconds} s

    [ServicePhrase]
    portal: {rest}
    lineNotFound: The portal has no line with CONFIG_ID {configID}. {rest}
    registrationNotFound: The portal has no registration with REG_ID {regID}. {rest}
    unreadableAnswer: The portal's answer to {method} could not be read: {problem}. Check the portal address, and any
      proxy between here and the portal.
    invalidDraft: Nothing was sent: {issues* }
    nothingToChange: Nothing was sent: give at least one of TITLE, SERVER, LOGIN or PASSWORD to change.
    listNotFinished: The portal kept announcing more lines after {pages} pages; the list was not finished.
    linesNotListed: The lines could not be listed.
    untranslated: {text}

    [StatusPhrase]
    registration: REG_ID {regID}: {result}{code? (STATUS_CODE {code})}{message? — {message}}{updated?, updated {updated}
      (portal time)}
    regIDNotPositive: REG_ID must be a positive number, not {value}.
    intervalNotPositive: --interval must be positive.
    limitNotPositive: --limit must be positive.

    [SummaryPhrase]
    cloudLine: cloud line "{title}" (CONFIG_ID {configID})
    officeLine: office line "{title}" (CONFIG_ID {configID})
    createdOne: sipline: created {line} on {place}
    createdMany: sipline: created {count} lines on {place}: {lines}
    sandboxPlace: {host} (sandbox)
    draftNotKept: sipline: the form could not be kept as a draft: {reason}
    draftKept: sipline: no line created; the draft{title? "{title}"} is kept for the next start

    [TerminalPhrase]
    notATerminal: standard input and output must be a terminal for the full-screen wizard
    termNotSet: the TERM environment variable is not set, so the terminal type is unknown
    dumbTerminal: TERM=dumb cannot show the full-screen wizard
    unknownTerminal: no terminal description for TERM={term} (is its terminfo entry installed?)
    unusableTerminal: TERM={term} cannot move the cursor or clear the screen, which the full-screen wizard needs
    cursesFailed: ncurses could not start on TERM={term}

    [TransportDetailPhrase]
    system: {text}
    tlsHandshakeTimedOut: handshake timed out
    proxyHandshakeTimedOut: proxy handshake timed out
    proxyRefused: the proxy refused the connection
    proxyNeedsAuthentication: the proxy requires authentication
    noDataInTime: no data within the timeout
    requestTimeoutPassed: the request timeout passed
    sendingTimedOut: sending timed out
    portalClosedConnection: the portal closed the connection
    answerCutShort: the answer was cut short
    connectionClosed: the connection closed
    tlsClosedUncleanly: TLS connection closed uncleanly
    notAnHTTPAddress: not an http(s) address
    notAProxyAddress: {variable} is not an http:// or socks5:// proxy address
    clientShutDown: the client was shut down
    certificateNotTrusted: the portal's certificate is not trusted
    certificateForAnotherHost: the certificate is for another host name
    certificateExpired: the portal's certificate has expired
    notTLS: the other side does not speak TLS
    tlsHandshakeFailed: the TLS handshake failed

    [TransportPhrase]
    refused: Could not connect to {target}{detail? ({detail})}: the connection was refused or the host is unreachable.
      Nothing was sent. Check the portal address and the network.
    dns: The host name of {target} could not be resolved{detail? ({detail})}. Nothing was sent. Check the portal address
      and the DNS settings.
    tls: The secure (TLS) connection to {target} failed{detail? ({detail})}. Nothing was sent. Check the portal address,
      the system time and any proxy that inspects HTTPS.
    connectTimeout: No connection to {target} within the connect timeout{detail? ({detail})}. Nothing was sent. Check
      the network, the firewall and the proxy settings (HTTPS_PROXY, NO_PROXY).
    proxy: The proxy could not reach {target}{detail? ({detail})}. Nothing was sent. Check HTTPS_PROXY/HTTP_PROXY and
      NO_PROXY.
    timeoutAfterSend: The portal at {target} did not answer in time{detail? ({detail})}. The request may have been
      carried out; check before repeating it.
    connectionLost: The connection to {target} broke before the whole answer arrived{detail? ({detail})}. The request
      may have been carried out; check before repeating it.
    answerTooLarge: The answer from {target} was too large to accept{detail? ({detail})}. The request may have been
      carried out.
    cancelledAfterSending: The call to {target} was cancelled while waiting for the answer; it may have been carried
      out.
    cancelledBeforeSending: The call to {target} was cancelled before it was sent.
    other: The request to {target} failed{detail? ({detail})}. It may have been carried out; check before repeating it.

    [UpdatePhrase]
    updated: Updated line {configID} on {host}: {fields*, }.
    nothingToChange: Nothing to change: give --title, --server, --login, --password-stdin or --password-file.

    [ValidationPhrase]
    controlCharacter: The {field} contains a control character ({character}) at position {position}. Remove it: such
      characters usually come from copying and pasting.
    controlCharacters: The {field} contains a control character ({character}) at position {position} and {more} more.
      Remove them: such characters usually come from copying and pasting.
    tooLong: The {field} is {length} characters long; the portal allows at most {limit}. Shorten it by {excess}.
    tooLongAsPortalCounts: The {field} is {length} characters long as the portal counts them (some emoji and accented
      letters count as two or more); the portal allows at most {limit}. Shorten it by {excess}.
    invisibleCharacter: The {field} contains an invisible character ({character}) at position {position}; it is almost
      always pasted by accident and would make the value differ from what the provider expects. Delete it and type the
      value by hand if unsure.
    invisibleCharacterInHost: The {field} contains an invisible character ({character}) at position {position}; a host
      name cannot contain it. Delete it and type the value by hand if unsure.
    titleRequired: The name is required: enter the name people will see for this line in Bitrix24.
    titleBlank: The name is only blank characters, which the portal removes: enter the name people will see for this
      line in Bitrix24.
    titleInUse: A line named "{existing}" already exists on this portal; the portal will most likely refuse a second one
      with this name. Choose another name.
    loginRequired: The login is required: enter the user name the provider gave for this line.
    loginContainsSpace: The login contains a space; SIP logins almost never do. Check it against what the provider gave.
    passwordRequired: The password is required: registration at the provider fails without it.
    passwordBlank: The password is only blank characters, which the portal removes: enter the password the provider gave
      for this line.
    passwordEndsWithSpace: The password ends with a space. The portal would silently remove it and registration would
      fail: remove the space.
    passwordEndsWithSpaces: The password ends with spaces. The portal would silently remove them and registration would
      fail: remove them.
    passwordStartsWithSpace: The password starts with a space. The portal would silently remove it and registration
      would fail: remove the space.
    passwordStartsWithSpaces: The password starts with spaces. The portal would silently remove them and registration
      would fail: remove them.
    passwordStartsAndEndsWithSpaces: The password starts and ends with spaces. The portal would silently remove them and
      registration would fail: remove them.
    serverRequired: The server is required: enter the provider's host name or IP address.
    serverOnlyScheme: The server "{scheme}" names no host: enter the provider's host name or IP address.
    schemeRemoved: The "{scheme}" in front of the server was removed: the portal needs only the host.
    sipURI: The server is a SIP address ({scheme}…); the portal needs only the host and port: use {suggestion}.
    unsupportedScheme: The server starts with "{scheme}", which the portal does not understand: use only the host,
      {suggestion}.
    userPart: The server contains a user part (…@ in front of the host); the login belongs in the login
      field.{suggestion? Use only the host: {suggestion}.}
    parameters: The server carries parameters after a semicolon (such as ;transport=udp), which the portal does not
      accept.{suggestion? Use only the host: {suggestion}.}
    path: The server contains a path or query after the host (/…); the portal needs only the host.{suggestion? Use only
      the host: {suggestion}.}
    serverContainsSpace: The server "{server}" contains a space; a host name never does. Remove it (a port goes after a
      colon, as in sip.example.com:5060).
    portWithoutHost: The server "{server}" has a port but no host before the colon.
    unclosedBracket: The server "{server}" opens a bracket for an IPv6 address but does not close it.
    invalidIPv6: "{address}" in the server is not a valid IPv6 address (such as 2001:db8::1).
    textAfterIPv6: After the closing bracket of the IPv6 address in the server only a port may follow, as in
      [{address}]:5060.
    unbracketedIPv6: The server "{server}" is an IPv6 address without brackets; write it as [{server}]. If its last part
      was meant as the port, write [address]:port.
    malformedIPv6: The server "{server}" looks like an IPv6 address but is not a valid one.
    tooManyColons: The server "{server}" has more than one colon; write the host, then one colon and the port, as in
      sip.example.com:5060.
    portMissing: The server "{server}" ends with a colon but no port: add the port (such as 5060) or remove the colon.
    portNotANumber: The port "{port}" of the server is not a number; a port is a number from 1 to 65535.
    portOutOfRange: The port {port} of the server is out of range; a port is a number from 1 to 65535.
    portLeadingZero: The port {port} of the server starts with a zero; write it as {number}.
    nonASCIIHost: The server "{host}" has letters outside ASCII; the portal needs an international host name in its xn--
      form (for пример.рф that is xn--e1afmkfd.xn--p1ai). Ask the provider for it or convert the name with an IDN
      converter.
    ipv4Malformed: The server "{host}" is not a valid IPv4 address: it needs four numbers from 0 to 255 separated by
      dots.
    ipv4OutOfRange: The server "{host}" is not a valid IPv4 address: {number} is above 255, the largest number allowed.
    ipv4LeadingZeros: The server "{host}" writes numbers with leading zeros, which some systems read as octal; write
      {decimal}.
    trailingDot: The server "{host}" ends with a dot, which providers do not expect: write {name} without it.
    emptyLabel: The server "{name}" has an empty part between dots (or starts with a dot).
    labelTooLong: The part "{label}" of the server is {length} characters long; each part between dots may have at most
      {limit}.
    forbiddenCharacter: The server "{name}" contains "{character}", which host names cannot have: use only letters a–z,
      digits, hyphens and dots.
    labelStartsWithHyphen: The part "{label}" of the server starts with a hyphen; a part of a host name cannot start or
      end with one.
    labelEndsWithHyphen: The part "{label}" of the server ends with a hyphen; a part of a host name cannot start or end
      with one.
    hostNameTooLong: The server is {length} characters long; a host name has at most {limit}.
    numericTopLevel: The server "{name}" ends in a number after its last dot; that is neither a host name nor an IPv4
      address.
    unreachable: The server {host} is {kind} address; Bitrix24 connects from the internet and cannot reach it. Use the
      provider's public host name or address.
    unqualifiedHost: The server "{name}" is a name without a domain; Bitrix24 looks it up on the internet, where such a
      name does not resolve. Use the full name, such as {name}.example.com.
    untranslated: {text}
    sipURI.withoutSuggestion: The server is a SIP address ({scheme}…); the portal needs only the host: enter the
      provider's host name or IP address.
    unsupportedScheme.withoutSuggestion: The server starts with "{scheme}", which the portal does not understand: enter
      only the provider's host name or IP address.
    """#
}
