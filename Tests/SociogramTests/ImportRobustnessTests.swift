import Foundation
import Testing
@testable import Sociogram

/// Damaged versions of the fixtures (seeded random edits) must give either a consistent network or an
/// ImportError with a place in the file — never a crash, never a half-built network.
/// (`scripts/fuzz/fuzz-importer.sh` runs the same property under libFuzzer for longer.)
@Suite struct ImportRobustnessTests {
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let files = ["7b/forms-nb.csv", "7b/google-forms.csv", "7b/excel-valg-columns.csv", "7b/edges.csv", "7b/matrix-venner.csv"]

    func mutate(_ bytes: [UInt8], _ rng: inout SplitMix) -> [UInt8] {
        var b = bytes
        let specials: [UInt8] = Array("\";,\t\r\n\u{0}x".utf8) + [0xC3, 0xF8, 0xFF]
        for _ in 0..<Int.random(in: 1...4, using: &rng) where !b.isEmpty {
            let i = Int.random(in: 0..<b.count, using: &rng)
            switch Int.random(in: 0..<4, using: &rng) {
            case 0: b[i] = specials.randomElement(using: &rng) ?? 0
            case 1: b.insert(specials.randomElement(using: &rng) ?? 0, at: i)
            case 2: b.remove(at: i)
            default: b = Array(b[..<i])
            }
        }
        return b
    }

    @Test(arguments: files)
    func damagedFilesFailCleanlyOrImportConsistently(_ file: String) throws {
        let original = try #require(FileManager.default.contents(atPath: ImportFixtures.path(file)))
        var rng = SplitMix(state: UInt64(file.utf8.count) &* 7919)
        var imported = 0, refused = 0
        for _ in 0..<60 {
            let bytes = mutate([UInt8](original), &rng)
            do {
                let n = try SurveyImporter.load(bytes: bytes, fileName: file).network
                imported += 1
                #expect(Set(n.pupils.map(\.id)).count == n.count)
                #expect(Set(n.pupils.map(\.code)).count == n.count)
                #expect(n.pupils.allSatisfy { !$0.name.isEmpty })
                #expect(n.nominations.allSatisfy { $0.from != $0.to && $0.from < n.count && $0.to < n.count })
            } catch {
                refused += 1
                #expect(error.location?.file == file)
                #expect(!error.message.isEmpty)
            }
        }
        #expect(imported + refused == 60)
        #expect(imported > 0)  // most small edits leave a readable file
    }
}
