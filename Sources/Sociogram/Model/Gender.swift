import Foundation

/// A pupil's gender as recorded on the roster or in the survey.
///
/// Norwegian sociograms draw girls as circles and boys as triangles; `other`
/// covers any other value the school recorded and is drawn as a box.
public enum Gender: String, Sendable, Hashable, Codable, CaseIterable {
    case girl
    case boy
    case other

    /// Interprets a roster cell such as `jente`, `J`, `F`, `girl`, `gutt`, `G`, `M`, `boy`.
    ///
    /// Returns `nil` for an empty cell. Unknown non-empty values become `.other`
    /// only when `lenient` is true, otherwise `nil` so the caller can report them.
    public init?(parsing raw: String, lenient: Bool = false) {
        let value = raw.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        switch value {
        case "": return nil
        case "j", "jente", "jenter", "k", "kvinne", "f", "female", "girl", "w", "woman", "kvinnelig", "1f":
            self = .girl
        case "g", "gut", "gutt", "gutar", "gutter", "m", "mann", "male", "boy", "mannlig":
            self = .boy
        case "a", "annet", "anna", "other", "x", "nonbinary", "non-binary", "ikke-binær":
            self = .other
        default:
            if lenient { self = .other } else { return nil }
        }
    }
}
