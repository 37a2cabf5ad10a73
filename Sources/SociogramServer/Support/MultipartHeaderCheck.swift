/// A check of a `multipart/form-data` body before MultipartKit parses it.
///
/// MultipartKit 4.7.1 (the newest release) looks a header-name byte up in a 128-entry table, so a byte
/// of 0x80 or above where a part's header name is expected (`--boundary\r\n\xF3…`) is an index out of
/// range: a crash of the whole app, with every teacher's survey in it, from one request. Until a release
/// fixes it, the names of every part's headers are checked here to be ASCII (their values may be UTF-8:
/// `filename="Åse.csv"`), and a body that fails is answered as a damaged form (400).
enum MultipartHeaderCheck {
    /// Whether every header name after every `--boundary` line of `body` is ASCII.
    ///
    /// - Complexity: O(*n* · *b*) in the worst case for a body of *n* bytes and a boundary of *b*
    ///   (at most 70) bytes: the delimiter search; every byte is scanned as a header byte at most once.
    static func headerNamesAreASCII(_ body: some Collection<UInt8>, boundary: String) -> Bool {
        let bytes = Array(body)
        let delimiter = Array(("--" + boundary).utf8)
        var i = 0
        while let start = find(delimiter, in: bytes, from: i) {
            var k = start + delimiter.count
            // The end of the line the delimiter is on (a closing `--` line has no headers after it).
            while k < bytes.count, bytes[k] != 0x0A { k += 1 }
            k += 1
            // Header lines up to the empty line: the bytes before the first `:` are the name. Every
            // line is checked, however many (MultipartKit reads them all), and a header line ends only at
            // CR, as in MultipartKit (a bare LF is part of the line).
            while k < bytes.count, bytes[k] != 0x0D {
                var inName = true
                while k < bytes.count, bytes[k] != 0x0D {
                    if bytes[k] == 0x3A { inName = false }
                    if inName && bytes[k] >= 0x80 { return false }
                    k += 1
                }
                k += 2  // CR LF
            }
            // MultipartKit looks for the next boundary only in a part's body, after its headers; searching
            // on from there also keeps the check linear (every byte is scanned once).
            i = max(k, start + delimiter.count)
        }
        return true
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        var i = from
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first, haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }
}
