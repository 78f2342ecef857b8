import TextSafety
import SIPLineService
import Words

/// The human form of `add`: every field of the new line, secrets masked unless revealed, and what to do next.
enum CreatedLineBlock {
    static func render(_ line: CreatedLine, host: String, revealSecrets: Bool, words: Words) -> String {
        var block = FieldBlock()
        block.add("CONFIG_ID", String(line.configID))
        block.add("TYPE", line.type.rawValue)
        block.add("TITLE", VisibleText.escape(line.title))
        block.add("SERVER", VisibleText.escape(line.server))
        block.add("LOGIN", VisibleText.escape(line.login))
        block.add("PASSWORD", SecretMask.show(line.password, reveal: revealSecrets))
        block.add("AUTH_USER", line.authUser.map(VisibleText.escape))
        block.add("OUTBOUND_PROXY", line.outboundProxy.map(VisibleText.escape))
        if let regID = line.regID { block.add("REG_ID", String(regID)) }
        var out = words(CreatedLinePhrase.created(configID: line.configID, host: VisibleText.escape(host))) + "\n\n"
            + block.render()

        switch line.type {
        case .cloud:
            if let regID = line.regID {
                out += "\n\n" + words(CreatedLinePhrase.followRegistration(server: VisibleText.escape(line.server), regID: regID))
            }
        case .office:
            var incoming = FieldBlock()
            incoming.add("INCOMING_SERVER", line.incomingServer.map(VisibleText.escape))
            incoming.add("INCOMING_LOGIN", line.incomingLogin.map(VisibleText.escape))
            incoming.add("INCOMING_PASSWORD", SecretMask.show(line.incomingPassword, reveal: revealSecrets))
            out += "\n\n" + words(revealSecrets ? CreatedLinePhrase.setOnYourPBXRevealed : .setOnYourPBX) + "\n"
                + incoming.render()
        }
        return out
    }
}
