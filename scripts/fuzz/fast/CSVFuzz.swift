// Fast fuzz target: the text decoder and the CSV reader, without the layouts or anything after them.
//
// Any bytes must give either an ImportError that names the file, line and column, or:
//  - decoded text that is valid UTF-8, without a byte-order mark;
//  - a table whose records start on increasing lines, whose fields sit at columns 1, 2, 3 … of their
//    record and on or after its line, with no control character other than tab, vertical tab, form feed
//    and line breaks, no
//    space at either end, and no value beyond the header's last column;
//  - a table that round-trips: written again with a `sep=;` line and every field quoted (quotes doubled),
//    it reads back to exactly the same field texts, title lines included.

@testable import Sociogram

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    CSVFuzz.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

enum CSVFuzz {
    static let file = "fuzz.csv"
    static let s = Strings(.nb)

    static func run(_ bytes: [UInt8]) {
        let text: DecodedText
        let table: CSVTable
        do {
            text = try TextDecoder.decode(bytes, file: file, s)
        } catch {
            Fuzz.placed(error, file: file)
            return
        }
        Fuzz.require(String(validating: text.utf8, as: UTF8.self) != nil, "decoded text is not UTF-8")
        Fuzz.require(!text.utf8.starts(with: [0xEF, 0xBB, 0xBF]), "the byte-order mark is kept")
        do {
            table = try CSVReader.read(text, file: file, s)
        } catch {
            Fuzz.placed(error, file: file)
            let lines = text.utf8.reduce(1) { $0 + ($1 == 0x0A || $1 == 0x0D ? 1 : 0) }
            Fuzz.require((error.location?.line ?? 1) <= lines + 1, "an error on line \(error.location?.line ?? 0) of \(lines)")
            return
        }
        check(table)
        let all = table.titleRows + table.rows
        let again: CSVTable
        do {
            again = try CSVReader.read(try TextDecoder.decode(written(all), file: file, s), file: file, s)
        } catch {
            fatalError("a table written back does not read: \(error)")
        }
        let texts = all.map { $0.fields.map(\.text) }
        Fuzz.require((again.titleRows + again.rows).map { $0.fields.map(\.text) } == texts, "the table does not round-trip")
    }

    static func check(_ table: CSVTable) {
        Fuzz.require(!table.rows.isEmpty, "a table without a header")
        var previous = 0
        for row in table.titleRows + table.rows {
            Fuzz.require(row.line > previous, "records out of line order")
            previous = row.line
            Fuzz.require(!row.isBlank, "a blank record is kept")
            for (k, field) in row.fields.enumerated() {
                Fuzz.require(field.column == k + 1, "field \(k + 1) says column \(field.column)")
                Fuzz.require(field.line >= row.line, "a field before its record's line")
                for u in field.text.unicodeScalars where u.properties.generalCategory == .control {
                    // Tab, a line break inside quotes, and vertical tab / form feed (white space to the reader).
                    Fuzz.require(u == "\t" || u == "\n" || u == "\u{B}" || u == "\u{C}", "a control character U+\(String(u.value, radix: 16)) in a field")
                }
                if let first = field.text.unicodeScalars.first, let last = field.text.unicodeScalars.last {
                    for end in [first, last] {
                        Fuzz.require(!" \t\u{B}\u{C}\u{A0}".unicodeScalars.contains(end), "a field with a space at an end")
                    }
                }
            }
        }
        for row in table.body where row.fields.count > table.width {
            Fuzz.require(row.fields[table.width...].allSatisfy { $0.text.isEmpty }, "a value beyond the header")
        }
    }

    /// The rows as a CSV file that leaves nothing to sniff: a `sep=;` line and every field quoted.
    static func written(_ rows: [CSVRow]) -> [UInt8] {
        var out = Array("sep=;\r\n".utf8)
        for row in rows {
            for (k, field) in row.fields.enumerated() {
                if k > 0 { out.append(UInt8(ascii: ";")) }
                out.append(UInt8(ascii: "\""))
                for b in field.text.utf8 {
                    out.append(b)
                    if b == UInt8(ascii: "\"") { out.append(b) }
                }
                out.append(UInt8(ascii: "\""))
            }
            out += Array("\r\n".utf8)
        }
        return out
    }
}
