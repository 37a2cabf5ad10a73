import Foundation

/// What a batch run has finished, kept in the output folder (`DIR/.sociogram-batch/`) while the run is
/// under way, so that a run that was stopped (`SIGTERM`, `SIGINT`, a power cut) can be finished by
/// `batch … --resume` instead of starting over.
///
/// One file per finished unit (`unit-N.json`, written atomically once the unit's class folders are in
/// place): the run's ``fingerprint``, the unit's class names (to settle the same folder names again),
/// its summary lines and its choices across classes. A resumed run takes those units as done when the
/// fingerprint is the same and every class folder is there, does the others, and writes the grade
/// summary from all of them — the same bytes as a run that was never stopped, since the outputs are
/// deterministic. The journal is removed once the grade summary is written.
public struct BatchJournal: Sendable {
    /// The name of the journal folder inside the output folder.
    public static let folderName = ".sociogram-batch"

    /// One finished unit.
    public struct Entry: Sendable, Codable {
        public let fingerprint: String
        public let classNames: [String]
        public let result: BatchUnitResult
        public let ties: GradeTies
    }

    /// Identifies the run: the tool's version, the options that shape the outputs and the bytes of
    /// every input file. Two runs with the same fingerprint write the same files.
    public let fingerprint: String
    private let folder: String

    /// The journal of `output` for a run with `fingerprint` (nothing is read or written yet).
    public init(output: OutputFolder, fingerprint: String) {
        self.fingerprint = fingerprint
        folder = output.root + "/" + Self.folderName
    }

    /// The fingerprint of a run over `inputs` (files, or folders whose files are read, in name order)
    /// with `arguments` (the options that shape the outputs, in order): two 64-bit FNV-1a hashes.
    ///
    /// - Complexity: O(total size of the inputs).
    public static func fingerprint(arguments: [String], inputs: [String]) -> String {
        var a: UInt64 = 0xcbf2_9ce4_8422_2325, b: UInt64 = 0x6c62_272e_07bb_0142
        func mix(_ bytes: some Sequence<UInt8>) {
            for byte in bytes {
                a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
                b = (b ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 &+ 0x9e37_79b9
            }
            a = (a ^ 0xff) &* 0x0000_0100_0000_01b3
        }
        mix(SociogramVersion.string.utf8)
        for argument in arguments { mix(argument.utf8) }
        let fm = FileManager.default
        for input in inputs {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: input, isDirectory: &isDirectory) else { continue }
            let files = isDirectory.boolValue
                ? ((try? fm.contentsOfDirectory(atPath: input)) ?? []).sorted().map { input + "/" + $0 } : [input]
            for file in files {
                mix(URL(fileURLWithPath: file).lastPathComponent.utf8)
                if let data = fm.contents(atPath: file) { mix(data) }
            }
        }
        return String(format: "%016llx%016llx", a, b)
    }

    /// The finished units an earlier run with the same fingerprint recorded whose class folders are all
    /// still in `output` (by unit number).
    public func finishedUnits(in output: OutputFolder) -> [Int: Entry] {
        let fm = FileManager.default
        var entries: [Int: Entry] = [:]
        for name in (try? fm.contentsOfDirectory(atPath: folder)) ?? [] where name.hasPrefix("unit-") && name.hasSuffix(".json") {
            guard let data = fm.contents(atPath: folder + "/" + name),
                let entry = try? JSONDecoder().decode(Entry.self, from: data), entry.fingerprint == fingerprint,
                entry.result.classes.allSatisfy({ fm.fileExists(atPath: output.root + "/" + $0.folder) })
            else { continue }
            entries[entry.result.unit] = entry
        }
        return entries
    }

    /// Records a finished unit (atomically); a journal that cannot be written only costs the resume.
    public func record(_ entry: Entry) {
        if mkdir(folder, AtomicFile.folderPermissions) != 0 && errno != EEXIST { return }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(entry) else { return }
        try? AtomicFile.write(Array(data), to: folder + "/unit-\(entry.result.unit).json")
    }

    /// Removes the journal (the run is complete).
    public func remove() {
        try? FileManager.default.removeItem(atPath: folder)
    }
}
