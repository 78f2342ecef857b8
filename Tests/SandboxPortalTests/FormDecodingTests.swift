import BitrixJSON
import Testing

@testable import SandboxPortal

@Suite struct FormDecodingTests {
    @Test func percentDecodingTurnsPlusIntoSpaceAndKeepsBadEscapes() {
        #expect(FormDecoding.percentDecode("a+b%20c%2Bd") == "a b c+d")
        #expect(FormDecoding.percentDecode("%D0%9B%D0%B8%D0%BD%D0%B8%D1%8F") == "Линия")
        #expect(FormDecoding.percentDecode("100%") == "100%")
        #expect(FormDecoding.percentDecode("%zz") == "%zz")
    }

    @Test func bracketsNestLikePHP() {
        let parsed = FormDecoding.parse("FILTER[TITLE]=x&FILTER[!TYPE]=office&a[]=1&a[]=2&deep[b][c]=d&plain=v&empty")
        #expect(parsed["FILTER"] == ["TITLE": "x", "!TYPE": "office"])
        #expect(parsed["a"] == ["1", "2"])
        #expect(parsed["deep"] == ["b": ["c": "d"]])
        #expect(parsed["plain"] == "v")
        #expect(parsed["empty"] == "")
    }

    @Test func keyPathHandlesUnclosedBrackets() {
        #expect(FormDecoding.keyPath("a[b][]") == ["a", "b", nil])
        #expect(FormDecoding.keyPath("a[b") == ["a[b"])
    }
}
