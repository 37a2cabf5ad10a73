/// The sheets a workbook lists (`xl/workbook.xml`), in the order Excel shows their tabs.
final class SheetListHandler: WorkbookXMLHandler {
    struct Sheet {
        let name: String
        /// The relationship id that names the sheet's part (`rId1`).
        let relationship: String
        /// `hidden` or `veryHidden` sheets are not shown in Excel.
        let hidden: Bool
    }

    private(set) var sheets: [Sheet] = []

    override func start(_ name: Substring, _ attributes: [String: String]) {
        guard name == "sheet", let sheetName = attributes["name"],
            let id = WorkbookXML.attribute(attributes, local: "id")
        else { return }
        let state = attributes["state"] ?? "visible"
        sheets.append(Sheet(name: sheetName, relationship: id, hidden: state != "visible"))
    }
}

/// A relationships part (`*.rels`): relationship id → target part.
final class RelationshipsHandler: WorkbookXMLHandler {
    private(set) var targets: [String: String] = [:]
    /// The target of the first relationship whose type ends with `officeDocument` (in `_rels/.rels`).
    private(set) var officeDocument: String?

    override func start(_ name: Substring, _ attributes: [String: String]) {
        guard name == "Relationship", let id = attributes["Id"], let target = attributes["Target"] else { return }
        targets[id] = target
        if officeDocument == nil, attributes["Type"]?.hasSuffix("/officeDocument") == true { officeDocument = target }
    }
}

/// Part names inside the archive: relationship targets are relative to the folder of the part that
/// names them, or absolute from the archive's root. Pure string work: no path is ever used on disk.
enum PartName {
    /// The part `target` names, seen from part `source` (`xl/workbook.xml` + `worksheets/sheet1.xml` →
    /// `xl/worksheets/sheet1.xml`); from `""`, relative to the root.
    static func resolve(_ target: String, from source: String) -> String {
        var parts: [Substring]
        if target.hasPrefix("/") {
            parts = []
        } else {
            parts = source.split(separator: "/", omittingEmptySubsequences: true)
            if !parts.isEmpty { parts.removeLast() }
        }
        for piece in target.split(separator: "/", omittingEmptySubsequences: true) {
            if piece == "." { continue }
            if piece == ".." {
                if !parts.isEmpty { parts.removeLast() }
                continue
            }
            parts.append(piece)
        }
        return parts.joined(separator: "/")
    }

    /// The relationships part of `part` (`xl/workbook.xml` → `xl/_rels/workbook.xml.rels`).
    static func relationships(of part: String) -> String {
        var parts = part.split(separator: "/").map(String.init)
        let last = parts.popLast() ?? ""
        return (parts + ["_rels", last + ".rels"]).joined(separator: "/")
    }
}
