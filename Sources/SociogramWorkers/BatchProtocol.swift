import Sociogram

/// What the batch sends a batch worker (one JSON line each, see `docs/workers.md`).
enum BatchParentMessage: Codable {
    /// Process this unit.
    case unit(Int)
    /// The folder names of a unit's classes (answer to its `classes` message, in unit order).
    case folders(unit: Int, names: [String])
    /// No more units: finish the ones given and exit.
    case end
}

/// What a batch worker sends the batch.
enum BatchWorkerMessage: Codable {
    /// Started: the source it opened has this many units, and this digest of their names (the batch
    /// checks they are the units it has).
    case ready(units: Int, digest: UInt64)
    /// A thread of the worker began this unit (its class timeout runs from here; a unit not begun when
    /// the worker stops is handed out again).
    case started(unit: Int)
    /// A unit's class names, once imported (for its folder names).
    case classes(unit: Int, names: [String])
    /// A unit's result, with the positive ties it gave for the grade sociogram.
    case done(BatchUnitResult, ties: GradeTies)
}

extension BatchSource {
    /// FNV-1a (64 bit) of the units' files and labels: the same in every process that opened the same
    /// input, so the batch can check that a worker sees the units it sees.
    var workerDigest: UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for unit in 0..<unitCount {
            for byte in (unitFile(unit) + "\u{0}" + unitLabel(unit) + "\u{0}").utf8 {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            }
        }
        return hash
    }
}
