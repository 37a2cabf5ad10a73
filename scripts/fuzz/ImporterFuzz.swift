// libFuzzer entry point for the importer: any bytes must give a network or an ImportError, never a crash.
// Built and run by scripts/fuzz-importer.sh (not part of the package).


@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzImporter(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = try? SurveyImporter.load(bytes: bytes, fileName: "fuzz.csv")
    return 0
}
