import Foundation
import Testing
@testable import PortalConfig

@Suite struct HistoryTests {
    @Test func recordsAreAppendedAsJSONLinesWithoutSecrets() throws {
        let temp = try TemporaryDirectory()
        let paths = SiplinePaths(environment: ["HOME": temp.path, "XDG_STATE_HOME": temp.file("state")])
        let history = LineHistory(paths: paths)
        let time = Date(timeIntervalSince1970: 1_764_373_660)
        try history.append(HistoryRecord(time: time, portal: "acme.bitrix24.com", configID: 7, type: "cloud",
                                         title: "Офис", server: "sip.example.com", login: "100"))
        try history.append(HistoryRecord(time: time, portal: "acme.bitrix24.com", configID: 8, type: "office",
                                         title: "B", server: "pbx.local", login: "200"))
        #expect(try temp.mode("state/sipline/history.jsonl") == 0o600)
        #expect(try temp.mode("state/sipline") == 0o700)
        let text = try String(contentsOfFile: paths.historyFile, encoding: .utf8)
        let lines = text.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0] == #"{"CONFIG_ID":7,"LOGIN":"100","SERVER":"sip.example.com","TITLE":"Офис","TYPE":"cloud","portal":"acme.bitrix24.com","time":"2025-11-28T23:47:40Z"}"#)
        #expect(try history.records().map(\.configID) == [7, 8])
    }
}

/// Updates in the history: recorded with KIND and CHANGED, read back beside created records of older files.
@Suite struct HistoryUpdateTests {
    @Test func anUpdateIsRecordedAndOldRecordsReadAsCreated() throws {
        let directory = try TemporaryDirectory()
        let history = LineHistory(path: directory.path + "/state/sipline/history.jsonl")
        // A record as files held it before updates were recorded.
        try history.append(HistoryRecord(portal: "acme.bitrix24.com", configID: 7, type: "cloud", title: "Офис",
                                         server: "sip.example.com", login: "100"))
        try history.append(.updated(portal: "acme.bitrix24.com", configID: 7, type: "cloud", title: "Офис",
                                    server: "sip2.example.com", login: "100", changed: ["SERVER", "PASSWORD"]))
        let text = try String(contentsOfFile: history.path, encoding: .utf8)
        let lines = text.split(separator: "\n")
        #expect(!lines[0].contains("KIND"))
        #expect(lines[1].contains(#""KIND":"updated""#) && lines[1].contains(#""CHANGED":["SERVER","PASSWORD"]"#))
        let records = try history.records()
        #expect(records.map(\.kind) == [.created, .updated])
        #expect(records[1].changed == ["SERVER", "PASSWORD"])
        #expect(records[1].server == "sip2.example.com")
    }
}
