/// One problem of one field, led by the field's Bitrix24 key: "TITLE: The name is required: …".
public enum FieldIssuePhrase: Phrase {
    case issue(key: String, ValidationPhrase)
}
