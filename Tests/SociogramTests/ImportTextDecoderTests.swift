import Testing
@testable import Sociogram

@Suite struct ImportTextDecoderTests {
    func text(_ d: DecodedText) -> String { String(decoding: d.utf8, as: UTF8.self) }

    @Test func utf8WithoutBOM() throws {
        let d = try TextDecoder.decode(Array("Åse;Bjørn\n".utf8), file: "a.csv")
        #expect(d.encoding == .utf8)
        #expect(text(d) == "Åse;Bjørn\n")
    }

    @Test func utf8BOMIsRemovedAndReported() throws {
        let d = try TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("navn\nÆrlig".utf8), file: "a.csv")
        #expect(d.encoding == .utf8WithBOM)
        #expect(text(d) == "navn\nÆrlig")
    }

    @Test func windows1252NorwegianLetters() throws {
        // "Ærø Åså øæ" as Norwegian Excel writes it
        let bytes: [UInt8] = [0xC6, 0x72, 0xF8, 0x20, 0xC5, 0x73, 0xE5, 0x20, 0xF8, 0xE6]
        let d = try TextDecoder.decode(bytes, file: "a.csv")
        #expect(d.encoding == .windows1252)
        #expect(text(d) == "Ærø Åså øæ")
    }

    @Test func windows1252FullHighTable() throws {
        let d = try TextDecoder.decode([0x80, 0x85, 0x8A, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x99, 0x9F, 0x81], file: "a")
        #expect(Array(text(d).unicodeScalars).map(\.value) == [
            0x20AC, 0x2026, 0x0160, 0x2018, 0x2019, 0x201C, 0x201D, 0x2013, 0x2014, 0x2122, 0x0178, 0x0081,
        ])
    }

    @Test func invalidUTF8FallsBackTo1252() throws {
        // "Bjørn" in Windows-1252 inside otherwise ASCII text: 0xF8 is not valid UTF-8 here
        let d = try TextDecoder.decode(Array("Hva heter du?\nBj".utf8) + [0xF8] + Array("rn".utf8), file: "a")
        #expect(d.encoding == .windows1252)
        #expect(text(d).hasSuffix("Bjørn"))
    }

    @Test func overlongAndSurrogateUTF8AreNotUTF8() throws {
        #expect(UTF8Scan.validate([0xC0, 0xAF][...]) == nil)  // overlong "/"
        #expect(UTF8Scan.validate([0xED, 0xA0, 0x80][...]) == nil)  // surrogate U+D800
        #expect(UTF8Scan.validate([0xF4, 0x90, 0x80, 0x80][...]) == nil)  // above U+10FFFF
        #expect(UTF8Scan.validate([0xE2, 0x82][...]) == nil)  // truncated
        #expect(UTF8Scan.validate(Array("Ærø €".utf8)[...])?.hasNonASCII == true)
    }

    @Test func textIsNormalisedToNFC() throws {
        let decomposed = "A\u{030A}se Bj\u{00F8}rn"  // Å written as A + combining ring
        let d = try TextDecoder.decode(Array(decomposed.utf8), file: "a")
        #expect(Array(text(d).unicodeScalars).first == "Å")
        #expect(text(d).unicodeScalars.count == "Åse Bjørn".unicodeScalars.count)
    }

    @Test func utf16LittleEndianWithBOM() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for u in "navn\tkjønn".utf16 { bytes += [UInt8(u & 0xFF), UInt8(u >> 8)] }
        let d = try TextDecoder.decode(bytes, file: "a.txt")
        #expect(d.encoding == .utf16LE)
        #expect(text(d) == "navn\tkjønn")
    }

    /// A zip is read by content, whatever its name: a damaged one is refused as damaged, not as text.
    @Test func aDamagedZipIsRefusedAsDamagedWhateverItsName() {
        let e = importError { () throws(ImportError) in
            try SurveyImporter.load(bytes: [0x50, 0x4B, 0x03, 0x04, 0, 0, 1], fileName: "klasse.csv")
        }
        #expect(e?.kind == .badWorkbook)
        #expect(e?.message.contains("damaged") == true)
    }

    @Test func tooLargeIsRefusedBeforeDecoding() {
        let bytes = [UInt8](repeating: 0x41, count: TextDecoder.maxBytes + 1)
        #expect(throws: ImportError.self) { try TextDecoder.decode(bytes, file: "big.csv") }
        let e = importError { () throws(ImportError) in try SurveyImporter.load(bytes: bytes, fileName: "big.csv") }
        #expect(e?.kind == .tooLarge)
    }
}
