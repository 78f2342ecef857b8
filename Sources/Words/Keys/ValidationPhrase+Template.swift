extension ValidationPhrase: CataloguePhrase {
    public var template: TemplateCall {
        switch self {
        case .controlCharacter(let field, let character, let position),
             .invisibleCharacter(let field, let character, let position),
             .invisibleCharacterInHost(let field, let character, let position):
            call(["field": field, "character": character, "position": position])
        case .controlCharacters(let field, let character, let position, let more):
            call(["field": field, "character": character, "position": position, "more": more])
        case .tooLong(let field, let length, let limit, let excess),
             .tooLongAsPortalCounts(let field, let length, let limit, let excess):
            call(["field": field, "length": length, "limit": limit, "excess": excess])
        case .titleInUse(let existing): call(["existing": existing])
        case .serverOnlyScheme(let scheme), .schemeRemoved(let scheme): call(["scheme": scheme])
        case .sipURI(let scheme, let suggestion), .unsupportedScheme(let scheme, let suggestion):
            suggestion.map { call(["scheme": scheme, "suggestion": $0]) }
                ?? call(["scheme": scheme], variant: "withoutSuggestion")
        case .userPart(let suggestion), .parameters(let suggestion), .path(let suggestion):
            call(["suggestion": suggestion])
        case .serverContainsSpace(let server), .portWithoutHost(let server), .unclosedBracket(let server),
             .unbracketedIPv6(let server), .malformedIPv6(let server), .tooManyColons(let server),
             .portMissing(let server):
            call(["server": server])
        case .invalidIPv6(let address), .textAfterIPv6(let address): call(["address": address])
        case .portNotANumber(let port), .portOutOfRange(let port): call(["port": port])
        case .portLeadingZero(let port, let number): call(["port": port, "number": number])
        case .nonASCIIHost(let host), .ipv4Malformed(let host): call(["host": host])
        case .ipv4OutOfRange(let host, let number): call(["host": host, "number": number])
        case .ipv4LeadingZeros(let host, let decimal): call(["host": host, "decimal": decimal])
        case .trailingDot(let host, let name): call(["host": host, "name": name])
        case .emptyLabel(let name), .numericTopLevel(let name), .unqualifiedHost(let name): call(["name": name])
        case .labelTooLong(let label, let length, let limit): call(["label": label, "length": length, "limit": limit])
        case .forbiddenCharacter(let name, let character): call(["name": name, "character": character])
        case .labelStartsWithHyphen(let label), .labelEndsWithHyphen(let label): call(["label": label])
        case .hostNameTooLong(let length, let limit): call(["length": length, "limit": limit])
        case .unreachable(let host, let kind): call(["host": host, "kind": kind])
        case .untranslated(let text): call(["text": text])
        default: call()
        }
    }
}
