import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Runs Foundation's streaming `XMLParser` over one part of a workbook, after refusing what no
/// spreadsheet needs and an attacker would use: a `DOCTYPE` or entity declarations (external entities,
/// "billion laughs"), and parts not in UTF-8 (the scan for those declarations must see the bytes as text,
/// and Foundation's parser on Linux traps on an element name that is not valid UTF-8), and processing
/// instructions other than the XML declaration (Foundation's parser on Linux crashes on `<?x?>`, an
/// instruction without data). Both crashes were found by `scripts/fuzz/fuzz.sh workbook`; no spreadsheet
/// program writes either.
enum WorkbookXML {
    /// Parses `bytes` (the part `part` of the workbook `file`) with `handler`.
    ///
    /// - Throws: ``ImportError`` `.badWorkbook` for a `DOCTYPE`, a part that is not UTF-8, or XML that
    ///   does not parse; or the error the handler stopped with.
    /// - Complexity: O(*n*) in the part's size.
    static func parse(
        _ bytes: [UInt8], part: String, file: String, handler: WorkbookXMLHandler, _ s: Strings
    ) throws(ImportError) {
        let here = SourceLocation(file: file)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) || bytes.prefix(4).contains(0)
            || !isUTF8(bytes)
        {
            throw ImportError(.badWorkbook, at: here, s.workbookXMLNotUTF8(part: part))
        }
        if contains(bytes, "<!DOCTYPE") || contains(bytes, "<!ENTITY") {
            throw ImportError(.badWorkbook, at: here, s.workbookXMLDoctype(part: part))
        }
        if hasProcessingInstruction(bytes) {
            throw ImportError(.badWorkbook, at: here, s.workbookXMLInstruction(part: part))
        }
        let parser = XMLParser(data: Data(bytes))
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        let bridge = Bridge(handler)
        parser.delegate = bridge
        let ok = parser.parse()
        if let stop = handler.stopError { throw stop }
        guard ok else {
            throw ImportError(.badWorkbook, at: here, s.workbookXMLBroken(part: part, line: parser.lineNumber))
        }
    }

    /// Whether `bytes` are valid UTF-8 (without copying them into a string).
    static func isUTF8(_ bytes: [UInt8]) -> Bool {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }

    /// Whether `bytes` hold a processing instruction (`<?…`) other than an XML declaration at the start
    /// (after a byte-order mark and white space).
    static func hasProcessingInstruction(_ bytes: [UInt8]) -> Bool {
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[start]) { start += 1 }
        let declaration = Array("<?xml".utf8)
        var i = 0
        while i + 1 < bytes.count {
            if bytes[i] == UInt8(ascii: "<"), bytes[i + 1] == UInt8(ascii: "?") {
                let isDeclaration = i == start && bytes[i...].starts(with: declaration)
                    && i + 5 < bytes.count && [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i + 5])
                if !isDeclaration { return true }
            }
            i += 1
        }
        return false
    }

    /// Whether `needle` (ASCII) occurs in `bytes`.
    private static func contains(_ bytes: [UInt8], _ needle: String) -> Bool {
        let n = Array(needle.utf8)
        guard bytes.count >= n.count, let first = n.first else { return false }
        var i = 0
        let last = bytes.count - n.count
        while i <= last {
            if bytes[i] == first, bytes[i..<(i + n.count)].elementsEqual(n) { return true }
            i += 1
        }
        return false
    }

    /// The local part of a qualified XML name (`x:row` → `row`): Excel writes the default namespace,
    /// other writers a prefix.
    static func local(_ name: String) -> Substring {
        guard let colon = name.lastIndex(of: ":") else { return Substring(name) }
        return name[name.index(after: colon)...]
    }

    /// The value of the attribute whose local name is `name`, whatever its prefix (`r:id`).
    static func attribute(_ attributes: [String: String], local name: String) -> String? {
        if let v = attributes[name] { return v }
        return attributes.first { Self.local($0.key) == name && $0.key.contains(":") }?.value
    }

    /// Adapts a handler to `XMLParserDelegate` (an `NSObject` subclass, which the handlers need not be).
    private final class Bridge: NSObject, XMLParserDelegate {
        let handler: WorkbookXMLHandler
        init(_ handler: WorkbookXMLHandler) { self.handler = handler }

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
            qualifiedName: String?, attributes: [String: String] = [:]
        ) {
            handler.start(local(elementName), attributes)
            if handler.stopError != nil { parser.abortParsing() }
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            handler.end(local(elementName))
            if handler.stopError != nil { parser.abortParsing() }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { handler.text(string) }
    }
}

/// What a workbook part's parser does with the elements it meets. Handlers are classes because
/// `XMLParser` calls back into them; each lives for one part.
class WorkbookXMLHandler {
    /// Set to stop the parse with this error (a limit reached, a broken reference).
    var stopError: ImportError?

    func start(_ name: Substring, _ attributes: [String: String]) {}
    func end(_ name: Substring) {}
    func text(_ string: String) {}
}
