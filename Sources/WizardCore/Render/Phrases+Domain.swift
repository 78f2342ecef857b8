import SIPLineService
import Words

/// The catalogue's keys for the domain's values: which words name a PBX type or a field on which screen.
extension FormPhrase {
    static func typeName(_ type: PBXType) -> FormPhrase { type == .cloud ? .cloudPBX : .officePBX }
    static func typeDescription(_ type: PBXType) -> FormPhrase { type == .cloud ? .cloudDescription : .officeDescription }
    static func serverHelp(_ type: PBXType) -> FormPhrase { type == .cloud ? .serverHelpCloud : .serverHelpOffice }
    static func credentialsHelp(_ type: PBXType) -> FormPhrase {
        type == .cloud ? .credentialsHelpCloud : .credentialsHelpOffice
    }

    /// A field's label on its form screen.
    static func label(_ field: DraftField) -> FormPhrase {
        switch field {
        case .type: .pbxTypeHeading
        case .title: .nameLabel
        case .server: .serverLabel
        case .login: .loginLabel
        case .password: .passwordLabel
        }
    }
}

extension ReviewPhrase {
    /// A field's label on review.
    static func label(_ field: DraftField) -> ReviewPhrase {
        switch field {
        case .type: .typeLabel
        case .title: .nameLabel
        case .server: .serverLabel
        case .login: .loginLabel
        case .password: .passwordLabel
        }
    }
}
