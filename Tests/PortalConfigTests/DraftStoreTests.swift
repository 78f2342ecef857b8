import Foundation
import Testing
@testable import PortalConfig

@Suite struct DraftStoreTests {
    private func store(in temp: TemporaryDirectory) -> (DraftStore, SiplinePaths) {
        let paths = SiplinePaths(environment: ["HOME": temp.path, "XDG_STATE_HOME": temp.file("state")])
        return (DraftStore(paths: paths), paths)
    }

    @Test func savesPrivatelyLoadsAndDiscards() throws {
        let temp = try TemporaryDirectory()
        let (store, paths) = store(in: temp)
        #expect(paths.draftDirectory == temp.file("state/sipline/drafts"))
        #expect(store.kept().isEmpty)
        let draft = SavedDraft(time: Date(timeIntervalSince1970: 1_764_373_660), type: "office", title: "Офис",
                               server: "sip.provider.example", login: "100", portal: "acme.bitrix24.com")
        let path = store.path(forRun: "20251128234740-4242")
        try store.save(draft, to: path)
        #expect(try temp.mode("state/sipline/drafts/20251128234740-4242.json") == 0o600)
        #expect(try temp.mode("state/sipline/drafts") == 0o700)
        #expect(try temp.mode("state/sipline") == 0o700)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text == #"{"LOGIN":"100","SERVER":"sip.provider.example","TITLE":"Офис","TYPE":"office","portal":"acme.bitrix24.com","time":"2025-11-28T23:47:40Z"}"# + "\n")
        #expect(store.kept() == [DraftStore.Kept(path: path, draft: draft)])

        var changed = draft
        changed.title = "B"
        try store.save(changed, to: path)
        #expect(store.kept().map(\.draft.title) == ["B"])
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: temp.file("state/sipline/drafts"))
        #expect(leftovers == ["20251128234740-4242.json"])

        try store.discard(at: path)
        #expect(store.kept().isEmpty)
        #expect(!FileManager.default.fileExists(atPath: path))
        try store.discard(at: path)
    }

    /// Two wizards at once keep two drafts; the newest is offered first, the single file of earlier versions too.
    @Test func everyRunKeepsItsOwnDraftNewestFirst() throws {
        let temp = try TemporaryDirectory()
        let (store, paths) = store(in: temp)
        func draft(_ title: String, at seconds: Double) -> SavedDraft {
            SavedDraft(time: Date(timeIntervalSince1970: seconds), type: "cloud", title: title, server: "s", login: "l",
                       portal: "")
        }
        try store.save(draft("first", at: 1_764_000_000), to: store.path(forRun: "a-1"))
        try store.save(draft("second", at: 1_764_000_600), to: store.path(forRun: "b-2"))
        try temp.write(String(decoding: DraftStore.encoded(draft("legacy", at: 1_763_000_000)), as: UTF8.self),
                       to: "state/sipline/draft.json")
        #expect(store.kept().map(\.draft.title) == ["second", "first", "legacy"])
        #expect(store.kept().last?.path == paths.draftFile)
        #expect(DraftStore.runID(processID: 77, time: Date(timeIntervalSince1970: 1_764_373_660)) == "20251128234740-77")
    }

    @Test func aCorruptFileIsSkippedAndLeftAlone() throws {
        let temp = try TemporaryDirectory()
        let (store, _) = store(in: temp)
        try temp.write("{\"TITLE\": \"half", to: "state/sipline/drafts/x-1.json")
        #expect(store.kept().isEmpty)
        #expect(try String(contentsOfFile: temp.file("state/sipline/drafts/x-1.json"), encoding: .utf8) == "{\"TITLE\": \"half")
        try store.save(SavedDraft(type: "cloud", title: "A", server: "s", login: "l", portal: ""), to: store.path(forRun: "y-2"))
        #expect(store.kept().map(\.draft.title) == ["A"])
    }

    @Test func aFileThatCannotBeUsedIsNamedWithWhyAndNeverFollowedReadBlockingOrReplaced() throws {
        let temp = try TemporaryDirectory()
        let (store, paths) = store(in: temp)
        let valid = #"{"LOGIN":"1","SERVER":"s","TITLE":"T","TYPE":"cloud","portal":"","time":"2026-01-01T00:00:00Z"}"#
        try temp.write(valid, to: "elsewhere.json")
        let fresh = SavedDraft(type: "cloud", title: "New", server: "s", login: "l", portal: "")
        let path = store.path(forRun: "20260101000000-7")
        try FileManager.default.createDirectory(atPath: paths.draftDirectory, withIntermediateDirectories: true)

        func problem(_ path: String) -> String? {
            do throws(ConfigError) { _ = try store.read(at: path); return nil } catch { return error.description }
        }

        // Cut short: named with why, skipped by kept(), left as it is.
        try temp.write(String(valid.prefix(30)), to: "state/sipline/draft.json")
        #expect(problem(paths.draftFile)?.contains("not a sipline draft") == true)
        #expect(problem(paths.draftFile)?.contains(paths.draftFile) == true)
        #expect(store.kept().isEmpty)
        #expect(store.unusable().map(\.path) == [paths.draftFile])
        #expect(try String(contentsOfFile: paths.draftFile, encoding: .utf8) == String(valid.prefix(30)))
        try FileManager.default.removeItem(atPath: paths.draftFile)

        // A symbolic link to a valid draft: refused, never followed, and not replaced by save.
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: temp.file("elsewhere.json"))
        #expect(problem(path)?.contains("symbolic link") == true)
        #expect(store.kept().isEmpty)
        #expect(throws: PrivateFiles.Failure(.symbolicLink(path: path))) { try store.save(fresh, to: path) }
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: path) == temp.file("elsewhere.json"))
        #expect(try String(contentsOfFile: temp.file("elsewhere.json"), encoding: .utf8) == valid)
        try FileManager.default.removeItem(atPath: path)

        // A FIFO: refused at once (reading it would block), and left there.
        #expect(mkfifo(path, 0o600) == 0)
        #expect(problem(path)?.contains("FIFO") == true)
        #expect(store.kept().isEmpty)
        #expect(throws: PrivateFiles.Failure.self) { try store.save(fresh, to: path) }
        var info = stat()
        #expect(lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
        try FileManager.default.removeItem(atPath: path)

        // Another user's draft (only root can hand a file to someone else).
        if getuid() == 0 {
            try temp.write(valid, to: "state/sipline/drafts/20260101000000-7.json")
            #expect(chown(path, 65534, 65534) == 0)
            #expect(problem(path)?.contains("another user (uid 65534)") == true)
            #expect(store.kept().isEmpty)
            #expect(throws: PrivateFiles.Failure(.ownedByAnotherUser(path: path, owner: 65534))) {
                try store.save(fresh, to: path)
            }
            #expect(try String(contentsOfFile: path, encoding: .utf8) == valid)
        }
    }

    @Test func localTimeReadsTheStoredUTCTime() {
        // Whatever this machine's time zone is, the offer shows the same wall-clock time `localtime_r` gives.
        var seconds = time_t(1_764_373_660)
        var local = tm()
        localtime_r(&seconds, &local)
        let expected = String(format: "%04d-%02d-%02d %02d:%02d", local.tm_year + 1900, local.tm_mon + 1,
                              local.tm_mday, local.tm_hour, local.tm_min)
        let draft = SavedDraft(time: Date(timeIntervalSince1970: 1_764_373_660), type: "cloud", title: "", server: "",
                               login: "", portal: "")
        #expect(draft.localTime == expected)
        var odd = draft
        odd.time = "yesterday"
        #expect(odd.localTime == "yesterday")
    }
}
