/// A hand-written CSV reader for what Norwegian spreadsheets and survey tools write.
///
/// RFC 4180 quoting (doubled quotes, delimiters and line breaks inside quotes), CRLF/LF/CR line ends,
/// a `sep=` first line, delimiter sniffing, blank and all-delimiter rows skipped, and every field
/// tagged with its physical line and column. It works on UTF-8 bytes: all syntax characters are
/// ASCII, so no per-character `String` indexing is needed.
enum CSVReader {
    /// Data rows beyond this are refused.
    static let maxRows = 1_000_000
    /// Fields (cells) beyond this are refused where the first one over stands, before the table takes more
    /// memory: about 32 bytes each, so the fields of a table stay under about 320 MB (a 64 MiB file of
    /// delimiters alone would otherwise be 67 million fields, over 2 GB). A grade survey has a few thousand.
    static let maxFields = 10_000_000

    private static let quote = UInt8(ascii: "\"")
    private static let lf: UInt8 = 0x0A
    private static let cr: UInt8 = 0x0D

    /// Reads a whole table from decoded text.
    ///
    /// Throws `.unterminatedQuote` (at the field where the quote opened), `.notText` (NUL or other
    /// C0/C1 control characters and DEL, except tab, vertical tab and form feed, anywhere, quoted or not),
    /// `.raggedRow` (a value beyond the header's last column), `.emptyFile`, and `.tooLarge` (more than
    /// ``maxRows`` rows or ``maxFields`` fields).
    ///
    /// Messages are written in the language of `s`.
    ///
    /// - Complexity: O(*n*) in the number of bytes.
    static func read(
        _ text: DecodedText, file: String, _ s: Strings = Strings(.en), maxFields: Int = CSVReader.maxFields
    ) throws(ImportError) -> CSVTable {
        let b = text.utf8
        var start = 0
        var line = 1
        var delimiter: Delimiter
        var fromSep = false
        if let sep = DelimiterSniffer.sepLine(b) {
            delimiter = .byte(sep.delimiter)
            start = sep.next
            line = 2
            fromSep = true
        } else {
            delimiter = DelimiterSniffer.sniff(b, from: 0)
        }
        var parser = Parser(bytes: b, file: file, delimiter: delimiter, line: line, strings: s, maxFields: maxFields)
        var rows = try parser.parse(from: start)
        // Title lines above the header ("Sosiogram 7B, mars 2025;;;;"): one value, then a real header.
        let titles = splitTitles(&rows)
        guard let header = rows.first else {
            throw ImportError(.emptyFile, at: SourceLocation(file: file), s.importEmptyFile)
        }
        try checkRagged(
            rows, headerWidth: header.fields.count,
            place: { SourceLocation(file: file, line: $0.line, column: $0.column) },
            message: { s.importRaggedRow(column: $0.column, headerWidth: header.fields.count) })
        if case .whitespace = delimiter { fromSep = false }
        return CSVTable(
            file: file, rows: rows, delimiter: delimiter, delimiterFromSepLine: fromSep,
            encoding: text.encoding, titleRows: titles)
    }

    private static func filled(_ row: CSVRow) -> Int { row.fields.reduce(0) { $0 + ($1.text.isEmpty ? 0 : 1) } }

    /// Removes title lines above the header (`Sosiogram 7B, mars 2025;;;;`: one value, then a row of at
    /// least two) from `rows` and returns them; at most three, and at least a header and a row remain.
    static func splitTitles(_ rows: inout [CSVRow]) -> [CSVRow] {
        var titles: [CSVRow] = []
        while rows.count >= 3, titles.count < 3, filled(rows[0]) == 1, !rows[0][0].isEmpty, filled(rows[1]) >= 2 {
            titles.append(rows.removeFirst())
        }
        return titles
    }

    /// A row with a non-empty value beyond the header's last column is an error; missing trailing
    /// fields are fine (padded as empty) and so are extra empty fields (Excel's trailing `;`).
    /// `place` names a field's place and `message` says what is wrong with it.
    static func checkRagged(
        _ rows: [CSVRow], headerWidth: Int, place: (CSVField) -> SourceLocation, message: (CSVField) -> String
    ) throws(ImportError) {
        for row in rows.dropFirst() where row.fields.count > headerWidth {
            for f in row.fields[headerWidth...] where !f.text.isEmpty {
                throw ImportError(.raggedRow, at: place(f), message(f))
            }
        }
    }

    /// The byte-level state machine.
    private struct Parser {
        let bytes: [UInt8]
        let file: String
        let delimiter: Delimiter
        var line: Int

        var rows: [CSVRow] = []
        var fields: [CSVField] = []
        var buffer: [UInt8] = []
        var fieldLine: Int
        var column = 1
        let maxFields: Int
        var totalFields = 0
        var pending = false  // the current field has begun (content, a quote, or a delimiter before it)
        var quoted = false
        /// The language of the parser's errors.
        let strings: Strings

        init(bytes: [UInt8], file: String, delimiter: Delimiter, line: Int, strings: Strings, maxFields: Int) {
            self.strings = strings
            self.maxFields = maxFields
            self.bytes = bytes
            self.file = file
            self.delimiter = delimiter
            self.line = line
            self.fieldLine = line
            buffer.reserveCapacity(64)
        }

        mutating func parse(from start: Int) throws(ImportError) -> [CSVRow] {
            let n = bytes.count
            let ws: Bool
            let d: UInt8
            switch delimiter {
            case .whitespace: ws = true; d = 0x20
            case .byte(let x): ws = false; d = x
            }
            var i = start
            while i < n {
                let c = bytes[i]
                if c == quote, !quoted, buffer.isEmpty {
                    i = try readQuoted(from: i + 1)
                    continue
                }
                if ws ? (c == 0x20 || c == 0x09) : c == d {
                    if ws {
                        if pending { try endField() }
                    } else {
                        try endField()
                        pending = true  // a delimiter means a field follows, even if empty
                    }
                    i += 1
                    continue
                }
                if c == lf || c == cr {
                    if pending || !fields.isEmpty { try endField() }
                    try endRow()
                    i += (c == cr && i + 1 < n && bytes[i + 1] == lf) ? 2 : 1
                    line += 1
                    fieldLine = line
                    continue
                }
                if c < 0x20 && c != 0x09 && c != 0x0B && c != 0x0C || c == 0x7F {
                    if !(c == 0x1A && i == n - 1) { throw controlByte(c) }
                    i += 1
                    continue
                }
                if Self.isC1Control(bytes, i) { throw controlByte(bytes[i + 1]) }
                if !pending { fieldLine = line }
                buffer.append(c)
                pending = true
                i += 1
            }
            if pending || !fields.isEmpty {
                try endField()
                try endRow()
            }
            return rows
        }

        /// Reads a quoted field's content after its opening quote; returns the index after the closing quote.
        private mutating func readQuoted(from start: Int) throws(ImportError) -> Int {
            let openLine = line, openColumn = column
            if !pending { fieldLine = line }
            quoted = true
            pending = true
            var i = start
            let n = bytes.count
            while i < n {
                let c = bytes[i]
                if c == quote {
                    if i + 1 < n, bytes[i + 1] == quote {
                        buffer.append(quote)
                        i += 2
                        continue
                    }
                    return i + 1
                }
                if c == cr || c == lf {
                    buffer.append(lf)
                    i += (c == cr && i + 1 < n && bytes[i + 1] == lf) ? 2 : 1
                    line += 1
                    continue
                }
                // Control characters are refused inside quotes too: a name must never carry a terminal
                // escape sequence (ESC ] … BEL) or a NUL into the outputs and the teacher's terminal.
                if c < 0x20 && c != 0x09 && c != 0x0B && c != 0x0C || c == 0x7F { throw controlByte(c) }
                if Self.isC1Control(bytes, i) { throw controlByte(bytes[i + 1]) }
                buffer.append(c)
                i += 1
            }
            throw ImportError(
                .unterminatedQuote, at: SourceLocation(file: file, line: openLine, column: openColumn),
                strings.importUnterminatedQuote)
        }

        /// A C1 control character (U+0080–U+009F, e.g. the single-byte CSI U+009B) starts at `i`.
        private static func isC1Control(_ b: [UInt8], _ i: Int) -> Bool {
            b[i] == 0xC2 && i + 1 < b.count && (0x80...0x9F).contains(b[i + 1])
        }

        private func controlByte(_ c: UInt8) -> ImportError {
            ImportError(
                .notText, at: SourceLocation(file: file, line: line, column: column),
                strings.importControlCharacters(byte: c))
        }

        private mutating func endField() throws(ImportError) {
            totalFields += 1
            if totalFields > maxFields {
                throw ImportError(
                    .tooLarge, at: SourceLocation(file: file, line: fieldLine, column: column), strings.importTooManyFields(maxFields))
            }
            fields.append(CSVField(text: trimmedText(), line: fieldLine, column: column))
            column += 1
            buffer.removeAll(keepingCapacity: true)
            pending = false
            quoted = false
            fieldLine = line
        }

        private mutating func endRow() throws(ImportError) {
            defer {
                column = 1
                pending = false
                quoted = false
            }
            guard !fields.isEmpty else { return }
            let row = CSVRow(fields: fields, line: fields[0].line)
            let keepCapacity = fields.count
            fields = []
            fields.reserveCapacity(keepCapacity)
            if row.isBlank { return }
            rows.append(row)
            if rows.count > maxRows + 1 {
                throw ImportError(
                    .tooLarge, at: SourceLocation(file: file, line: row.line), strings.importTooManyRows(maxRows))
            }
        }

        /// The buffer as a string without surrounding spaces, tabs or no-break spaces.
        private func trimmedText() -> String {
            var lo = 0, hi = buffer.count
            while lo < hi {
                let c = buffer[lo]
                if c == 0x20 || c == 0x09 || c == 0x0B || c == 0x0C { lo += 1 }
                else if c == 0xC2, lo + 1 < hi, buffer[lo + 1] == 0xA0 { lo += 2 }
                else { break }
            }
            while hi > lo {
                let c = buffer[hi - 1]
                if c == 0x20 || c == 0x09 || c == 0x0B || c == 0x0C { hi -= 1 }
                else if c == 0xA0, hi - 2 >= lo, buffer[hi - 2] == 0xC2 { hi -= 2 }
                else { break }
            }
            if lo == 0, hi == buffer.count { return String(decoding: buffer, as: UTF8.self) }
            return String(decoding: buffer[lo..<hi], as: UTF8.self)
        }
    }
}
