/// The form's screens: PBX type, connection name, server, credentials.
public enum FormPhrase: Phrase {
    case pbxTypeHeading
    case cloudPBX
    case officePBX
    case cloudDescription
    case officeDescription
    case countingLines
    case linesSeen(total: Int, cloud: Int, office: Int)
    case linesNotListed(AnyPhrase)
    case titleHeading
    case titleHelp
    case serverHeading
    case serverHelpCloud
    case serverHelpOffice
    case credentialsHeading
    case credentialsHeadingAt(server: String)
    case credentialsHelpCloud
    case credentialsHelpOffice
    case nameLabel
    case serverLabel
    case loginLabel
    case passwordLabel
    case warningAccept
}
