import Testing
@testable import Sociogram

@Suite struct ImportCSVReaderTests {
    func read(_ text: String) throws(ImportError) -> CSVTable {
        try CSVReader.read(try TextDecoder.decode(Array(text.utf8), file: "t.csv"), file: "t.csv")
    }

    func texts(_ t: CSVTable) -> [[String]] { t.rows.map { $0.fields.map(\.text) } }

    @Test func quotedDelimitersAndDoubledQuotes() throws {
        let t = try read("navn;valg\n\"Hansen; Ola\";\"Jon \"\"JJ\"\" Ås\"\n")
        #expect(texts(t) == [["navn", "valg"], ["Hansen; Ola", "Jon \"JJ\" Ås"]])
        #expect(t.delimiter == .byte(UInt8(ascii: ";")))
    }

    @Test func newlineInsideQuotesKeepsPhysicalLines() throws {
        let t = try read("a;b;c\r\nKari;\"linje 1\r\nlinje 2\";x\r\nOla;y;z\r\n")
        #expect(t.rows[1].fields[1].text == "linje 1\nlinje 2")
        #expect(t.rows[1].fields[1].line == 2)
        #expect(t.rows[1].fields[2].line == 3)  // the field after the quoted one starts on line 3
        #expect(t.rows[2].line == 4)
        #expect(t.rows[2].fields[2].column == 3)
    }

    @Test func lineEndingsCRLFAndCR() throws {
        #expect(texts(try read("a,b\r\n1,2\r\n3,4")) == [["a", "b"], ["1", "2"], ["3", "4"]])
        let cr = try read("a,b\r1,2\r3,4\r")
        #expect(texts(cr) == [["a", "b"], ["1", "2"], ["3", "4"]])
        #expect(cr.rows[2].line == 3)
    }

    @Test func sepLineIsHonouredAndCounted() throws {
        let t = try read("sep=,\nnavn;x,valg\nKari;y,Ola\n")
        #expect(t.delimiterFromSepLine)
        #expect(t.delimiter == .byte(UInt8(ascii: ",")))
        #expect(texts(t) == [["navn;x", "valg"], ["Kari;y", "Ola"]])
        #expect(t.rows[0].line == 2)
        #expect(try read("\"sep=;\"\r\na;b\r\n1;2\r\n").delimiterFromSepLine)
    }

    @Test func tabIsSniffed() throws {
        let t = try read("navn\tvalg 1\tvalg 2\nKari Nordmann\tOla, Hansen\tÅse\n")
        #expect(t.delimiter == .byte(0x09))
        #expect(texts(t)[1] == ["Kari Nordmann", "Ola, Hansen", "Åse"])
    }

    @Test func headerDecidesWhenAnswersContainOtherDelimiters() throws {
        // unquoted commas in a free-text answer of a semicolon file
        let t = try read("navn;venn;kommentar\nKari;Ola;ja, nei, kanskje, tja\nOla;Kari;ok\n")
        #expect(t.delimiter == .byte(UInt8(ascii: ";")))
        #expect(t.rows[1][2] == "ja, nei, kanskje, tja")
    }

    @Test func blankAndAllDelimiterRowsAreSkippedShortRowsPadded() throws {
        let t = try read("a;b;c\n\n;;;\n  ;  ;\nKari;Ola\n;;\n")
        #expect(t.rows.count == 2)
        #expect(t.rows[1].line == 5)
        #expect(t.rows[1][2] == "")
        #expect(t.location(t.rows[1], 2) == SourceLocation(file: "t.csv", line: 5, column: 3))
    }

    @Test func trailingEmptyFieldsBeyondHeaderAreFine() throws {
        let t = try read("a;b\nKari;Ola;;;\n")
        #expect(t.rows[1].fields.count == 5)
    }

    @Test func raggedRowNamesFirstExtraValue() {
        expectImportError(.raggedRow, line: 3, column: 4) { () throws(ImportError) in
            _ = try read("a;b\nKari;Ola\nOla;Kari;;x\n")
        }
    }

    @Test func unterminatedQuoteReportsWhereItOpened() {
        expectImportError(.unterminatedQuote, line: 3, column: 2) { () throws(ImportError) in
            _ = try read("a,b\nKari,Ola\nOla,\"Kari, Åse\nIda,Mia\n")
        }
    }

    @Test func nulByteIsNotText() {
        expectImportError(.notText, line: 2, column: 2) { () throws(ImportError) in _ = try read("a;b\nKari;O\u{0}la\n") }
    }

    @Test(arguments: ["", "\n\n", " ; ;\r\n;;"])
    func emptyAndWhitespaceOnlyFilesAreEmpty(text: String) {
        expectImportError(.emptyFile, line: nil, column: nil) { () throws(ImportError) in _ = try read(text) }
    }

    @Test func whitespaceSeparatedNumbersAreSniffed() throws {
        let t = try read("1 1 6 1\n1  2 8 1\n2 3 1 1\n")
        #expect(t.delimiter == .whitespace)
        #expect(texts(t)[1] == ["1", "2", "8", "1"])
        // a single-column list of names is not whitespace-separated
        #expect(try read("Kari Nordmann\nOla Hansen\n").delimiter == .byte(UInt8(ascii: ",")))
    }

    @Test func fieldsAreTrimmedIncludingNoBreakSpace() throws {
        let t = try read("a;b\n \u{00A0}Kari Nordmann\u{00A0} ; Ola \n")
        #expect(texts(t)[1] == ["Kari Nordmann", "Ola"])
    }
}
