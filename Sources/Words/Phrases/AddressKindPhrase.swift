/// The kinds of server address Bitrix24's servers on the internet cannot reach, as the validation sentence names them.
public enum AddressKindPhrase: Phrase {
    /// 0.x.x.x.
    case unspecifiedIPv4
    /// `::`.
    case unspecifiedIPv6
    case loopback
    /// 10/8, 172.16/12, 192.168/16.
    case privateIPv4
    /// 100.64/10.
    case carrierGradeNAT
    case linkLocal
    /// fc00::/7.
    case uniqueLocalIPv6
    /// `*.local` names (mDNS).
    case localNetworkName
}
