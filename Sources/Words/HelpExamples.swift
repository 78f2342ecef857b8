/// The command lines the help shows as examples, the same in every language (they are commands, not words): the
/// help's mapping hands them to the discussions' templates as {examples}, which put their own words around them.
enum HelpExamples {
    static let sandbox = """
          sipline sandbox --port 40123 &
          SIPLINE_WEBHOOK=http://127.0.0.1:40123/rest/1/<code>/ sipline list
        """

    static let list = """
          sipline list --portal acme
          SIPLINE_WEBHOOK="$(cat ~/acme.webhook)" sipline list --json
          sipline list --webhook-file ~/acme.webhook --json --show-secrets
        """

    static let status = """
          sipline status 150907 --portal acme
          sipline status 150907 --watch --portal acme
        """

    static let check = """
          sipline check sip.provider.example
          sipline check 203.0.113.7:5070 --transport tcp
        """

    static let defaultLine = """
          sipline default --portal acme
          sipline default 17 --portal acme --json
        """

    static let pbxConfig = """
          sipline pbx-config 17 --format asterisk-pjsip --portal acme --show-secrets >> /etc/asterisk/pjsip.conf
          sipline pbx-config 17 --format freepbx --portal acme
        """

    static let delete = """
          sipline delete 42 --portal acme
          sipline delete 42 --yes --webhook-file ~/acme.webhook
        """
}
