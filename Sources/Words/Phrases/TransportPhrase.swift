/// `TransportFailure`'s words: a call that got no HTTP answer. `target` is "host:port", never a path.
public enum TransportPhrase: Phrase {
    case refused(target: String, detail: TransportDetailPhrase?)
    case dns(target: String, detail: TransportDetailPhrase?)
    case tls(target: String, detail: TransportDetailPhrase?)
    case connectTimeout(target: String, detail: TransportDetailPhrase?)
    case proxy(target: String, detail: TransportDetailPhrase?)
    case timeoutAfterSend(target: String, detail: TransportDetailPhrase?)
    case connectionLost(target: String, detail: TransportDetailPhrase?)
    case answerTooLarge(target: String, detail: TransportDetailPhrase?)
    case cancelledAfterSending(target: String)
    case cancelledBeforeSending(target: String)
    case other(target: String, detail: TransportDetailPhrase?)
}
