// Shared checks of the fast fuzz targets (scripts/fuzz/fast/*Fuzz.swift). Each target is built by
// scripts/fuzz/fuzz.sh as this file + its own file, linked against the library compiled once with
// libFuzzer's coverage and AddressSanitizer (`@testable import`, so internal types are reachable).
// A broken property calls `fatalError` with what broke, which libFuzzer reports as a crash and saves the
// input; `precondition` would print no message in an optimised build.

@testable import Sociogram

enum Fuzz {
    /// Stops with `message` when `condition` does not hold.
    static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { fatalError("fuzz property failed: " + message()) }
    }

    /// An import error must say where (the file it was given, a line and column from 1 when it names
    /// them) and what (a message in the language asked for).
    static func placed(_ error: ImportError, file: String, allowedFiles: Set<String> = []) {
        require(!error.message.isEmpty, "ImportError without a message: \(error)")
        guard let location = error.location else {
            require(error.kind == .badOption, "ImportError without a place: \(error)")
            return
        }
        require(location.file == file || allowedFiles.contains(location.file), "ImportError names another file: \(error)")
        require((location.line ?? 1) >= 1 && (location.column ?? 1) >= 1, "ImportError with a place before the start: \(error)")
    }

    /// The invariants every imported network keeps, whatever the file held.
    static func consistent(_ network: ClassNetwork, dropNegative: Bool) {
        let n = network
        require(Set(n.pupils.map(\.id)).count == n.count, "duplicate pupil ids")
        require(Set(n.pupils.map(\.code)).count == n.count, "duplicate codes")
        for pupil in n.pupils {
            require(!pupil.name.isEmpty, "empty pupil name")
            require(cleanName(pupil.name), "a name keeps an invisible or control character or outer space: \(scalars(pupil.name))")
        }
        require(
            n.nominations.allSatisfy { $0.from != $0.to && $0.from >= 0 && $0.to >= 0 && $0.from < n.count && $0.to < n.count
                && $0.question >= 0 && $0.question < n.questions.count },
            "a nomination outside the class or its questions")
        if dropNegative { require(!n.questions.contains { $0.kind == .negative }, "negative question kept with --drop-negative") }
    }

    /// A name as the importer promises it: no control character, no bidi control, zero-width space,
    /// byte-order mark or soft hyphen, and no white space at either end.
    static func cleanName(_ name: String) -> Bool {
        let removed: Set<UInt32> = [0x200B, 0xFEFF, 0x00AD, 0x200E, 0x200F, 0x061C]
        for u in name.unicodeScalars {
            if u.properties.generalCategory == .control || removed.contains(u.value) { return false }
            if (0x202A...0x202E).contains(u.value) || (0x2066...0x2069).contains(u.value) { return false }
        }
        guard let first = name.unicodeScalars.first, let last = name.unicodeScalars.last else { return true }
        return !first.properties.isWhitespace && !last.properties.isWhitespace
    }

    /// The scalars of `text` in hex, for a failure message that survives any terminal.
    static func scalars(_ text: String) -> String {
        text.unicodeScalars.prefix(200).map { String($0.value, radix: 16) }.joined(separator: " ")
    }

    /// Decodes the five entities `DOTEscaping.html` and `HTMLEscaping` write; `nil` when a `&` starts
    /// anything else. Compared scalar by scalar: `&lt;` followed by a combining mark is one `Character`.
    static func decodeEntities(_ escaped: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        let entities: [([Unicode.Scalar], Unicode.Scalar)] = [
            (Array("&amp;".unicodeScalars), "&"), (Array("&lt;".unicodeScalars), "<"),
            (Array("&gt;".unicodeScalars), ">"), (Array("&quot;".unicodeScalars), "\""),
            (Array("&#39;".unicodeScalars), "'"),
        ]
        var decoded: [Unicode.Scalar] = []
        var i = 0
        while i < escaped.count {
            guard escaped[i] == "&" else {
                decoded.append(escaped[i])
                i += 1
                continue
            }
            guard let (entity, char) = entities.first(where: { escaped[i...].starts(with: $0.0) }) else { return nil }
            decoded.append(char)
            i += entity.count
        }
        return decoded
    }

    /// `DOTEscaping.html` leaves no `<`, `>`, `"` or `'`, every `&` starts one of its entities, and the
    /// entities decode to the name with control characters read as spaces.
    static func checkDOTHTML(_ name: String) {
        let escaped = Array(DOTEscaping.html(name).unicodeScalars)
        for forbidden: Unicode.Scalar in ["<", ">", "\"", "'"] {
            require(!escaped.contains(forbidden), "DOTEscaping.html left \(forbidden) in \(scalars(name))")
        }
        guard let decoded = decodeEntities(escaped) else { fatalError("DOTEscaping.html left a bare & in \(scalars(name))") }
        let expected = name.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : $0 }
        require(decoded == expected, "DOTEscaping.html does not decode back to \(scalars(name))")
    }
}
