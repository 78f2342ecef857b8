extension RegistrationAdvicePhrase {
    public var russian: String {
        switch self {
        case .checkCredentials:
            "провайдер отклонил логин или пароль. Проверьте их у провайдера, затем исправьте линию."
        case .checkLogin: "провайдер не знает такого логина. Проверьте его у провайдера, затем исправьте линию."
        case .checkServer:
            "сервер недоступен (неверный адрес, DNS или файрвол). Проверьте сервер, затем исправьте линию."
        case .seeProviderMessage: "причина — в ответе провайдера; исправить линию можно командой `sipline update`."
        }
    }
}
