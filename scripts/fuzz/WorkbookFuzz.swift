// libFuzzer target for the workbook reader (`.xlsx` and zipped CSV) from the archive in: any bytes must
// give either an ImportError with a place and a message, or a network with the invariants every import
// keeps (see Fuzz.consistent). The archive path: ZIPFoundation's reader, the limits (entries, unpacked
// size, compression ratio), the refusals (encrypted, old .xls, .ods, two answer sheets), the sheet
// choice and the importers. The fast `sheet` target fuzzes the XML parts without the archive.
// Built and run by scripts/fuzz/fuzz.sh against the library; seeds: the workbooks in fixtures/.

@testable import Sociogram

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWorkbook(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    do {
        let result = try SurveyImporter.load(bytes: bytes, fileName: "fuzz.xlsx", options: ImportOptions(language: .nb))
        Fuzz.consistent(result.network, dropNegative: false)
    } catch {
        Fuzz.placed(error, file: "fuzz.xlsx")
    }
    return 0
}
