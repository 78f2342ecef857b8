import Testing
import Words

@testable import SIPLineService

/// The office PBX's configuration. The Asterisk snippet is checked against the section types and option names
/// that Asterisk's own PJSIP documentation lists: configs/samples/pjsip.conf.sample of the asterisk/asterisk
/// repository (its "SECTION OPTIONS" parts for endpoint, auth, aor, registration, identify and transport, the
/// sample that mirrors res_pjsip's configuration documentation, pjsip_config.xml). Asterisk is not a Debian package
/// on this machine, so the lists are copied here rather than asked of a running Asterisk.
@Suite struct PBXConfigTests {
    static let documentedOptions: [String: Set<String>] = [
        "endpoint": [
            "100rel", "aggregate_mwi", "allow", "allow_overlap", "aors", "auth", "callerid", "callerid_privacy",
            "callerid_tag", "context", "direct_media_glare_mitigation", "direct_media_method", "trust_connected_line",
            "send_connected_line", "connected_line_method", "direct_media", "disable_direct_media_on_nat", "disallow",
            "dtmf_mode", "media_address", "bind_rtp_to_media_address", "force_rport", "ice_support", "identify_by",
            "redirect_method", "mailboxes", "voicemail_extension", "mwi_subscribe_replaces_unsolicited", "moh_suggest",
            "outbound_auth", "outbound_proxy", "rewrite_contact", "rtp_symmetric", "send_diversion", "send_pai",
            "send_rpid", "rpid_immediate", "timers_min_se", "timers", "timers_sess_expires", "transport",
            "trust_id_inbound", "trust_id_outbound", "type", "use_ptime", "use_avpf", "media_encryption",
            "media_encryption_optimistic", "g726_non_standard", "inband_progress", "call_group", "pickup_group",
            "named_call_group", "named_pickup_group", "device_state_busy_at", "t38_udptl", "t38_udptl_ec",
            "t38_udptl_maxdatagram", "fax_detect", "fax_detect_timeout", "t38_udptl_nat", "tone_zone", "language",
            "one_touch_recording", "record_on_feature", "record_off_feature", "rtp_engine", "allow_transfer",
            "sdp_owner", "sdp_session", "tos_audio", "tos_video", "cos_audio", "cos_video", "allow_subscribe",
            "sub_min_expiry", "from_user", "mwi_from_user", "from_domain", "dtls_verify", "dtls_rekey",
            "dtls_cert_file", "dtls_private_key", "dtls_cipher", "dtls_ca_file", "dtls_ca_path", "dtls_setup",
            "dtls_fingerprint", "srtp_tag_32", "set_var", "rtp_keepalive", "rtp_timeout", "rtp_timeout_hold",
            "contact_user", "asymmetric_rtp_codec", "refer_blind_progress", "notify_early_inuse_ringing",
            "incoming_mwi_mailbox", "follow_early_media_fork", "accept_multiple_sdp_answers",
            "suppress_q850_reason_headers", "ignore_183_without_sdp",
        ],
        "auth": ["auth_type", "nonce_lifetime", "md5_cred", "password", "realm", "type", "username"],
        "aor": [
            "contact", "default_expiration", "mailboxes", "voicemail_extension", "maximum_expiration", "max_contacts",
            "minimum_expiration", "remove_existing", "type", "qualify_frequency", "qualify_timeout",
            "authenticate_qualify", "outbound_proxy",
        ],
        "registration": [
            "auth_rejection_permanent", "client_uri", "contact_user", "expiration", "max_retries", "outbound_auth",
            "outbound_proxy", "retry_interval", "forbidden_retry_interval", "fatal_retry_interval", "server_uri",
            "transport", "line", "endpoint", "type",
        ],
        "identify": ["endpoint", "srv_lookups", "match", "match_header", "type"],
        "transport": [
            "async_operations", "bind", "ca_list_file", "ca_list_path", "cert_file", "cipher", "method",
            "priv_key_file", "verify_client", "verify_server", "require_client_cert", "domain",
            "external_media_address", "external_signaling_address", "external_signaling_port", "local_net",
            "password", "protocol", "type", "tos", "cos", "websocket_write_timeout", "allow_reload",
            "symmetric_transport",
        ],
    ]

    static let side = OfficePBXSide(configID: 17, title: "Main office", incomingServer: "ip.b24-1.bitrixphone.com",
                                    incomingLogin: "sip11", incomingPassword: "Pw-Office-4471")

    /// `[name]` headers and `option=value` lines of a pjsip.conf text, by section.
    static func sections(_ text: String) -> [(name: String, options: [(String, String)])] {
        var result: [(name: String, options: [(String, String)])] = []
        for raw in text.split(separator: "\n") {
            let line = raw.trimmingPrefix(" ")
            if line.hasPrefix(";") || line.isEmpty { continue }
            if line.hasPrefix("[") && line.hasSuffix("]") {
                result.append((String(line.dropFirst().dropLast()), []))
            } else if let equals = line.firstIndex(of: "=") {
                result[result.count - 1].options.append((String(line[..<equals]), String(line[line.index(after: equals)...])))
            } else {
                Issue.record("neither a section, an option nor a comment: \(line)")
            }
        }
        return result
    }

    @Test func asteriskSectionsAndOptionsAreThoseAsteriskDocuments() throws {
        let text = PBXConfigWriter(words: .english, revealPassword: true).write(Self.side, format: .asteriskPJSIP)
        let sections = Self.sections(text)
        let types = sections.compactMap { section in section.options.first { $0.0 == "type" }?.1 }
        #expect(types == ["registration", "auth", "aor", "endpoint", "identify"])
        for section in sections {
            let type = try #require(section.options.first { $0.0 == "type" }?.1, "\(section.name) has a type")
            let documented = try #require(Self.documentedOptions[type], "\(type) is a documented section type")
            for (option, _) in section.options {
                #expect(documented.contains(option), "[\(section.name)] type=\(type): \(option) is not documented")
            }
        }
        // The references between sections resolve to sections of the right type.
        let byType = Dictionary(grouping: sections) { $0.options.first { $0.0 == "type" }?.1 ?? "" }
        func value(_ type: String, _ option: String) -> String? { byType[type]?.first?.options.first { $0.0 == option }?.1 }
        #expect(value("registration", "outbound_auth") == byType["auth"]?.first?.name)
        #expect(value("endpoint", "aors") == byType["aor"]?.first?.name)
        #expect(value("identify", "endpoint") == byType["endpoint"]?.first?.name)
        #expect(value("identify", "match") == "ip.b24-1.bitrixphone.com")
        #expect(value("auth", "username") == "sip11")
        #expect(value("auth", "password") == "Pw-Office-4471")
        #expect(value("registration", "server_uri") == "sip:ip.b24-1.bitrixphone.com:5060")
    }

    @Test(arguments: PBXConfigFormat.allCases)
    func incomingPasswordIsMaskedUnlessRevealed(_ format: PBXConfigFormat) {
        let masked = PBXConfigWriter(words: .english, revealPassword: false).write(Self.side, format: format)
        #expect(!masked.contains("Pw-Office-4471"))
        #expect(masked.contains("********"))
        // The note may be wrapped over comment lines: compare its words.
        let words = masked.split(whereSeparator: { $0 == "\n" || $0 == " " || $0 == ";" || $0 == "#" }).joined(separator: " ")
        #expect(words.contains(Words.english(PBXConfigPhrase.passwordMasked)))
        let shown = PBXConfigWriter(words: .english, revealPassword: true).write(Self.side, format: format)
        #expect(shown.contains("Pw-Office-4471"))
        #expect(!shown.contains("********"))
        for value in ["ip.b24-1.bitrixphone.com", "sip11", "Main office"] { #expect(shown.contains(value)) }
    }

    @Test func freePBXNamesTheTrunkScreensFieldsAndGenericListsFiveValues() {
        let freePBX = PBXConfigWriter(words: .english, revealPassword: true).write(Self.side, format: .freePBX)
        for field in ["Trunk Name:", "Username:", "Secret:", "SIP Server:", "SIP Server Port:", "Registration:"] {
            #expect(freePBX.contains(field), "\(field)")
        }
        let generic = PBXConfigWriter(words: .english, revealPassword: true).write(Self.side, format: .generic)
        let rows = generic.split(separator: "\n").filter { !$0.hasPrefix("#") }
        #expect(rows == ["Server:     ip.b24-1.bitrixphone.com", "Port:       5060", "Login:      sip11",
                         "Password:   Pw-Office-4471", "Transport:  UDP"])
    }

    @Test func aCloudLineHasNoPBXSide() {
        let cloud = ListedLine(configID: 3, type: .cloud, title: "C", server: "s", login: "l", regID: 5)
        #expect(throws: OfficePBXSide.Unavailable.cloudLine(configID: 3)) { try OfficePBXSide(line: cloud) }
        let bare = ListedLine(configID: 4, type: .office, title: "O", server: "s", login: "l")
        #expect(throws: OfficePBXSide.Unavailable.noIncomingCredentials(configID: 4)) { try OfficePBXSide(line: bare) }
    }
}
