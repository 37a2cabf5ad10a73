import Foundation
import Sociogram
import ZIPFoundation

/// `sociogram-bench workbook [--runs N]`: the import of the same survey as a Microsoft Forms CSV and as
/// the `.xlsx` workbook Forms' "Open in Excel" gives (shared strings, ID and times as numbers in a date
/// style, as Excel writes them), for a 30-pupil class and a 250-pupil grade; the median of each and the
/// ratio. The workbook path is unzip + XML parse + the same layout detection and importer as the CSV.
func runWorkbookBench(arguments: [String]) {
    var runs = 7
    if let i = arguments.firstIndex(of: "--runs"), i + 1 < arguments.count { runs = Int(arguments[i + 1]) ?? runs }
    say("Workbook benchmark: import (bytes → network) of the same survey as CSV and as .xlsx; median of \(runs) runs.")
    say("case                      pupils   CSV bytes  xlsx bytes   CSV import  xlsx import   ratio")
    for (label, sizes) in [("class (30)", [30]), ("grade (250 in 9 classes)", [28, 28, 28, 28, 28, 28, 28, 28, 26])] {
        let network = SyntheticSurvey.grade(classes: sizes, seed: 42)
        let csv = Array(formsExport(network).utf8)
        let xlsx: [UInt8]
        do { xlsx = try formsWorkbook(formsRows(network)) } catch {
            say("  \(label): the workbook could not be written: \(error)")
            return
        }
        var times: [[Double]] = [[], []]
        var found: [Int] = [0, 0]
        for _ in 0..<runs {
            for (k, (bytes, name)) in [(csv, "klasse.csv"), (xlsx, "klasse.xlsx")].enumerated() {
                var imported: ImportResult?
                times[k].append(Measure.time { imported = try? SurveyImporter.load(bytes: bytes, fileName: name) })
                found[k] = imported?.network.nominations.count ?? -1
            }
            guard found[0] > 0, found[0] == found[1] else {
                say("  \(label): the CSV and the workbook did not import alike (\(found[0]) and \(found[1]) nominations)")
                return
            }
        }
        let m = times.map(Measure.median)
        say(
            String(
                format: "%@ %6d  %10d  %10d   %@   %@  %5.1f×",
                label.padding(toLength: 25, withPad: " ", startingAt: 0), network.count, csv.count, xlsx.count,
                Measure.format(m[0]), Measure.format(m[1]), m[1] / m[0]))
    }
}

/// `rows` as an Excel-written workbook: one sheet `Form1`, every text in the shared-string table, the ID
/// column a number and the two time columns date-styled serial numbers, entries deflated.
private func formsWorkbook(_ rows: [[String]]) throws -> [UInt8] {
    let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    let pkg = "http://schemas.openxmlformats.org/package/2006/relationships"
    func escaped(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
    func column(_ n: Int) -> String {
        var n = n
        var letters = ""
        while n > 0 {
            letters = String(UnicodeScalar(UInt8(65 + (n - 1) % 26))) + letters
            n = (n - 1) / 26
        }
        return letters
    }
    var shared: [String] = []
    var index: [String: Int] = [:]
    var sheet = "<worksheet xmlns=\"\(main)\"><sheetData>"
    for (r, row) in rows.enumerated() {
        sheet += "<row r=\"\(r + 1)\">"
        for (c, text) in row.enumerated() where !text.isEmpty {
            let ref = column(c + 1) + "\(r + 1)"
            if r > 0, c == 0 {
                sheet += "<c r=\"\(ref)\"><v>\(text)</v></c>"
            } else if r > 0, c == 1 || c == 2 {
                sheet += "<c r=\"\(ref)\" s=\"1\"><v>\(46350.33 + Double(r) / 1440)</v></c>"
            } else {
                let i = index[text] ?? shared.count
                if i == shared.count {
                    index[text] = i
                    shared.append(text)
                }
                sheet += "<c r=\"\(ref)\" t=\"s\"><v>\(i)</v></c>"
            }
        }
        sheet += "</row>"
    }
    sheet += "</sheetData></worksheet>"
    let parts: [(String, String)] = [
        ("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
        ("_rels/.rels", "<Relationships xmlns=\"\(pkg)\"><Relationship Id=\"rId1\" Type=\"\(rel)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"),
        ("xl/workbook.xml", "<workbook xmlns=\"\(main)\" xmlns:r=\"\(rel)\"><sheets><sheet name=\"Form1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"),
        ("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"\(pkg)\"><Relationship Id=\"rId1\" Type=\"\(rel)/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"\(rel)/sharedStrings\" Target=\"sharedStrings.xml\"/><Relationship Id=\"rId3\" Type=\"\(rel)/styles\" Target=\"styles.xml\"/></Relationships>"),
        ("xl/styles.xml", "<styleSheet xmlns=\"\(main)\"><numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"dd.mm.yyyy hh:mm:ss\"/></numFmts><cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/></cellXfs></styleSheet>"),
        ("xl/sharedStrings.xml", "<sst xmlns=\"\(main)\" count=\"\(shared.count)\" uniqueCount=\"\(shared.count)\">" + shared.map { "<si><t>\(escaped($0))</t></si>" }.joined() + "</sst>"),
        ("xl/worksheets/sheet1.xml", sheet),
    ]
    let archive = try Archive(data: Data(), accessMode: .create)
    for (name, text) in parts {
        let data = Data(text.utf8)
        try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
            data.subdata(in: Int(position)..<Int(position) + size)
        }
    }
    return Array(archive.data ?? Data())
}
