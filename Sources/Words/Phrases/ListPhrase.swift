/// `sipline list`'s human output.
public enum ListPhrase: Phrase {
    /// The portal answered an empty list.
    case noLines(host: String)
    /// The count under the table.
    case summary(count: Int, cloud: Int, office: Int, host: String)
    /// The table's last column: REG_ID for cloud lines, INCOMING_SERVER for office lines.
    case lastColumnHeader
}
