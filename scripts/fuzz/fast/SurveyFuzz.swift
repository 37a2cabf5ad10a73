// Fast fuzz target: layout detection, the wide, long (edge list) and matrix importers, the roster and
// the name matching between them — a whole survey file read in memory up to the network, without the
// analysis, the writers or Graphviz (the `importer` target goes on through all of those).
//
// The first byte picks the options: bit 0 --strict, bit 1 --drop-negative, bit 2 a class name, bit 3 a
// class list (the rest of the input is split at the first 0xFE byte into survey | class list, uploaded in
// memory as the web app does). Any input must give an ImportError naming the survey or the class list
// with a place and a message, or a network with unique ids and codes, clean non-empty names, choices
// inside the class and its questions, and no negative question with --drop-negative; every pupil of a
// class list without a class column is in the network.

@testable import Sociogram

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSurvey(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    SurveyFuzz.run(flags: data[0], Array(UnsafeBufferPointer(start: data + 1, count: size - 1)))
    return 0
}

enum SurveyFuzz {
    static let file = "fuzz.csv"
    static let rosterFile = "klasseliste.csv"

    static func run(flags: UInt8, _ input: [UInt8]) {
        var bytes = input
        var options = ImportOptions(strict: flags & 1 != 0, dropNegative: flags & 2 != 0, language: .nb)
        if flags & 4 != 0 { options.className = "7B" }
        if flags & 8 != 0, let cut = bytes.firstIndex(of: 0xFE) {
            options.rosterUpload = InMemoryFile(name: rosterFile, bytes: Array(bytes[(cut + 1)...]))
            bytes = Array(bytes[..<cut])
        }
        let result: ImportResult
        do {
            result = try SurveyImporter.load(bytes: bytes, fileName: file, options: options)
        } catch {
            Fuzz.placed(error, file: file, allowedFiles: [rosterFile])
            return
        }
        Fuzz.consistent(result.network, dropNegative: options.dropNegative)
        // A class list without a class column is the class: every pupil on it is in the network.
        if let roster = try? options.roster(), !roster.hasClasses {
            let names = Set(result.network.pupils.map(\.name))
            for entry in roster.entries {
                Fuzz.require(names.contains(entry.name), "a pupil of the class list is missing: \(Fuzz.scalars(entry.name))")
            }
        }
    }
}
