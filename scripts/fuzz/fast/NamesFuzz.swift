// Fast fuzz target: matching written names against a class list (`NameMatcher`, the ladder exact →
// normalised → first name → close spelling).
//
// The input is split at the first 0xFE byte: class-list names, one per line (at most 40), then a written
// name. Properties:
//  - every class-list name finds itself, exactly, or is reported ambiguous with its twins — never another
//    pupil, never nothing;
//  - the outcome for the written name points into the list; an ambiguous outcome names at least two
//    different pupils; the same question gets the same answer;
//  - invisible characters do not change who a name is: a zero-width space in front of a written name that
//    the exact rung did not decide gives the same outcome.

@testable import Sociogram

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNames(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    NamesFuzz.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

enum NamesFuzz {
    static func run(_ bytes: [UInt8]) {
        let cut = bytes.firstIndex(of: 0xFE) ?? bytes.endIndex
        let list = String(decoding: bytes[..<cut], as: UTF8.self)
        let written = cut < bytes.endIndex ? String(decoding: bytes[(cut + 1)...], as: UTF8.self) : ""
        let names = list.split(separator: "\n", omittingEmptySubsequences: true).prefix(40).map(String.init)
        let matcher = NameMatcher(names.map { NameMatcher.Candidate(name: $0) })
        for (i, name) in names.enumerated() where !NameKey.collapsed(name).isEmpty {
            let twins = names.indices.filter { names[$0] == name }
            switch matcher.match(name) {
            case .matched(let j, .exact): Fuzz.require(j == i && twins.count == 1, "a listed name matched another pupil")
            case .ambiguous(let js): Fuzz.require(twins.count > 1 && js.contains(i), "a listed name called ambiguous without a twin")
            default: fatalError("fuzz property failed: a listed name does not find itself: \(Fuzz.scalars(name))")
            }
        }
        let outcome = matcher.match(written)
        valid(outcome, count: names.count)
        Fuzz.require(matcher.match(written) == outcome, "the same name matched twice differently")
        // Only where the exact rung did not decide (it compares the text as written; a name written as
        // listed, twice on the list, is ambiguous there before the normalised rung would see a third).
        if !names.contains(where: { $0.unicodeScalars.contains("\u{200B}") }), !names.contains(written) {
            if case .matched(_, .exact) = outcome { return }
            Fuzz.require(matcher.match("\u{200B}" + written) == outcome, "a zero-width space changed the match of \(Fuzz.scalars(written))")
        }
    }

    static func valid(_ outcome: NameMatcher.Outcome, count: Int) {
        switch outcome {
        case .matched(let i, _): Fuzz.require(i >= 0 && i < count, "a match outside the list")
        case .ambiguous(let js): Fuzz.require(Set(js).count == js.count && js.count >= 2 && js.allSatisfy { $0 >= 0 && $0 < count }, "a bad ambiguous outcome")
        case .unmatched: break
        }
    }
}
