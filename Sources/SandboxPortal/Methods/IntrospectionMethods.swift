import BitrixJSON

extension Portal {
    /// `profile`: the user the webhook (or the app's token) acts as — what SDKs ask first to check a connection.
    func profile() -> MethodOutcome {
        .success([
            "ID": .string(String(configuration.webhookUserID)), "ADMIN": .bool(true), "NAME": "Sandbox",
            "LAST_NAME": "Administrator", "PERSONAL_GENDER": "", "PERSONAL_PHOTO": "", "TIME_ZONE": "",
            "TIME_ZONE_OFFSET": .int(0),
        ])
    }

    /// `scope`: the scopes this webhook or app was granted; with `full` (1/true), every scope the portal knows.
    func scope(_ parameters: CallParameters) -> MethodOutcome {
        if parameters["full"]?.boolValue == true { return .success(.array(Self.allScopes.map { .string($0) })) }
        return .success(.array(grantedScopes.map { .string($0) }))
    }

    /// `app.info`: for an OAuth app its installation (ID, CODE, VERSION, STATUS `L` for a local app, INSTALLED, …);
    /// for a webhook, which belongs to no app, its scopes and the portal's licence.
    func appInfo(webhook: Bool) -> MethodOutcome {
        let licence: [String: JSONValue] = [
            "LICENSE": "en_project", "LICENSE_TYPE": "project", "LICENSE_FAMILY": "project", "LANGUAGE_ID": "en",
        ]
        if webhook {
            return .success(.object(licence.merging(["SCOPE": .array(grantedScopes.map { .string($0) })]) { $1 }))
        }
        return .success(.object(licence.merging([
            "ID": .int(1), "CODE": .string("local.\(configuration.oauth?.clientID ?? "sandbox")"), "VERSION": .int(1),
            "STATUS": "L", "INSTALLED": .bool(true), "PAYMENT_EXPIRED": "N", "DAYS": .null,
        ]) { $1 }))
    }

    private var grantedScopes: [String] {
        webhookGrantsTelephony ? ["telephony", "user_basic"] : ["user_basic"]
    }

    static let allScopes = [
        "bizproc", "calendar", "catalog", "crm", "department", "disk", "entity", "im", "imopenlines", "lists", "log",
        "placement", "pull", "sale", "sonet_group", "task", "telephony", "user", "user_basic",
    ]
}
