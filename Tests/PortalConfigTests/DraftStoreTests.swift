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
        #expect(paths.draftFile == temp.file("state/sipline/draft.json"))
        #expect(store.load() == nil)
        let draft = SavedDraft(time: Date(timeIntervalSince1970: 1_764_373_660), type: "office", title: "Офис",
                               server: "sip.provider.example", login: "100", portal: "acme.bitrix24.com")
        try store.save(draft)
        #expect(try temp.mode("state/sipline/draft.json") == 0o600)
        #expect(try temp.mode("state/sipline") == 0o700)
        let text = try String(contentsOfFile: paths.draftFile, encoding: .utf8)
        #expect(text == #"{"LOGIN":"100","SERVER":"sip.provider.example","TITLE":"Офис","TYPE":"office","portal":"acme.bitrix24.com","time":"2025-11-28T23:47:40Z"}"# + "\n")
        #expect(store.load() == draft)

        var changed = draft
        changed.title = "B"
        try store.save(changed)
        #expect(store.load()?.title == "B")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: temp.file("state/sipline"))
        #expect(leftovers == ["draft.json"])

        try store.discard()
        #expect(store.load() == nil)
        #expect(!FileManager.default.fileExists(atPath: paths.draftFile))
        try store.discard()
    }

    @Test func aCorruptFileIsIgnoredAndLeftAlone() throws {
        let temp = try TemporaryDirectory()
        let (store, paths) = store(in: temp)
        try temp.write("{\"TITLE\": \"half", to: "state/sipline/draft.json")
        #expect(store.load() == nil)
        #expect(try String(contentsOfFile: paths.draftFile, encoding: .utf8) == "{\"TITLE\": \"half")
        try store.save(SavedDraft(type: "cloud", title: "A", server: "s", login: "l", portal: ""))
        #expect(store.load()?.title == "A")
    }

    @Test func readSaysWhyAFileCannotBeUsedAndSaveNeverReplacesALinkAFIFOOrAnotherUsersFile() throws {
        let temp = try TemporaryDirectory()
        let (store, paths) = store(in: temp)
        let valid = #"{"LOGIN":"1","SERVER":"s","TITLE":"T","TYPE":"cloud","portal":"","time":"2026-01-01T00:00:00Z"}"#
        try temp.write(valid, to: "elsewhere.json")
        let fresh = SavedDraft(type: "cloud", title: "New", server: "s", login: "l", portal: "")

        // Cut short: a clear error, the file left as it is.
        try temp.write(String(valid.prefix(30)), to: "state/sipline/draft.json")
        #expect(throws: ConfigError.self) { try store.read() }
        #expect((try? store.read()) == nil)
        do { _ = try store.read() } catch {
            #expect(error.description.contains(paths.draftFile) && error.description.contains("not a sipline draft"))
        }
        try FileManager.default.removeItem(atPath: paths.draftFile)

        // A symbolic link to a valid draft: refused, never followed, and not replaced by save.
        try FileManager.default.createSymbolicLink(atPath: paths.draftFile, withDestinationPath: temp.file("elsewhere.json"))
        do { _ = try store.read(); Issue.record("a symbolic link was read") } catch {
            #expect(error.description.contains("symbolic link"))
        }
        #expect(throws: PrivateFiles.Failure.symbolicLink(path: paths.draftFile)) { try store.save(fresh) }
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: paths.draftFile) == temp.file("elsewhere.json"))
        #expect(try String(contentsOfFile: temp.file("elsewhere.json"), encoding: .utf8) == valid)
        try FileManager.default.removeItem(atPath: paths.draftFile)

        // A FIFO: refused at once (reading it would block), and left there.
        #expect(mkfifo(paths.draftFile, 0o600) == 0)
        do { _ = try store.read(); Issue.record("a FIFO was read") } catch {
            #expect(error.description.contains("FIFO"))
        }
        #expect(throws: PrivateFiles.Failure.self) { try store.save(fresh) }
        var info = stat()
        #expect(lstat(paths.draftFile, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
        try FileManager.default.removeItem(atPath: paths.draftFile)

        // Another user's draft (only root can hand a file to someone else).
        if getuid() == 0 {
            try temp.write(valid, to: "state/sipline/draft.json")
            #expect(chown(paths.draftFile, 65534, 65534) == 0)
            do { _ = try store.read(); Issue.record("another user's draft was read") } catch {
                #expect(error.description.contains("another user (uid 65534)"))
            }
            #expect(throws: PrivateFiles.Failure.ownedByAnotherUser(path: paths.draftFile, owner: 65534)) {
                try store.save(fresh)
            }
            #expect(try String(contentsOfFile: paths.draftFile, encoding: .utf8) == valid)
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
