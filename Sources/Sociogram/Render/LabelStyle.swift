/// What a diagram writes on each pupil.
public enum LabelStyle: String, Sendable, Hashable, CaseIterable, Codable {
    /// The display name (cut to a readable length).
    case names
    /// Initials derived from the name, made unique within the diagram (`KN`, `KaN`, `KN2`).
    case initials
    /// The pseudonym code (`E01`, or the roster's code). Nothing derived from a name appears anywhere
    /// in the output: not in labels, tooltips, identifiers, comments or the graph name.
    case codes
}

/// Computes each pupil's label for a ``LabelStyle``.
///
/// Labels are computed once for a whole class (or grade), so initials are unique across everyone who
/// can appear in the same diagram.
struct PupilLabels: Sendable {
    /// One label per pupil, in pupil order, already cleaned by ``DOTEscaping/displayText(_:maxLength:)``.
    let labels: [String]

    /// - Complexity: O(*n* log *n*) for *n* pupils.
    init(names: [String], codes: [String], style: LabelStyle, maxLength: Int) {
        switch style {
        case .names: labels = names.map { DOTEscaping.displayText($0, maxLength: maxLength) }
        case .codes: labels = codes.map { DOTEscaping.displayText($0, maxLength: maxLength) }
        case .initials: labels = Self.uniqueInitials(names.map { DOTEscaping.displayText($0, maxLength: 200) })
        }
    }

    subscript(pupil: Int) -> String { labels[pupil] }

    /// The words of a name that start with a letter (so `"JJ"` counts, a lone `-` does not).
    private static func words(_ name: String) -> [Substring] {
        name.split(whereSeparator: { $0 == " " }).map { word in
            word.drop { !$0.isLetter }
        }.filter { !$0.isEmpty }
    }

    /// Initials of the first and the last word; a hyphenated first name gives one letter per part
    /// (`Anne-Lise Berg` → `ALB`). A name without letters gives `?`.
    static func initials(_ name: String) -> String {
        let parts = words(name)
        guard let first = parts.first else { return "?" }
        var out = first.split(separator: "-").compactMap { $0.first { $0.isLetter } }.map { String($0).uppercased() }
            .joined()
        if parts.count > 1, let last = parts.last, let letter = last.first(where: \.isLetter) {
            out += String(letter).uppercased()
        }
        return out
    }

    /// Longer initials: the first name's first two letters (`KaN` for Kari Nordmann).
    static func longInitials(_ name: String) -> String {
        let parts = words(name)
        guard let first = parts.first else { return "?" }
        let letters = first.filter(\.isLetter)
        var out = String(letters.prefix(1)).uppercased() + String(letters.dropFirst().prefix(1)).lowercased()
        if parts.count > 1, let last = parts.last, let letter = last.first(where: \.isLetter) {
            out += String(letter).uppercased()
        }
        return out
    }

    /// Initials made unique: pupils who share initials get the longer form (`KaN`, `KiN`) when that
    /// separates them, otherwise numbers (`KN1`, `KN2`, in pupil order). Never two equal labels.
    static func uniqueInitials(_ names: [String]) -> [String] {
        let short = names.map(initials)
        var count: [String: Int] = [:]
        for label in short { count[label, default: 0] += 1 }
        var labels = short
        var groups: [String: [Int]] = [:]
        for (i, label) in short.enumerated() where count[label, default: 0] > 1 { groups[label, default: []].append(i) }
        var taken = Set(short.enumerated().filter { count[$0.element] == 1 }.map(\.element))
        for key in groups.keys.sorted() {
            guard let members = groups[key] else { continue }
            let long = members.map { longInitials(names[$0]) }
            if Set(long).count == long.count, taken.isDisjoint(with: long) {
                for (k, i) in members.enumerated() { labels[i] = long[k] }
                taken.formUnion(long)
                continue
            }
            var number = 1
            for i in members {
                while taken.contains(key + String(number)) { number += 1 }
                labels[i] = key + String(number)
                taken.insert(labels[i])
                number += 1
            }
        }
        return labels
    }
}
