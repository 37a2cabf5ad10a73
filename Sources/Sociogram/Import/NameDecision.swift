import Foundation

/// The user's decision about one written name (`--name "WRITTEN=PUPIL"`, `--drop-name WRITTEN`, or a
/// menu of the web app), applied before the name-matching ladder.
public struct NameDecision: Sendable, Hashable, Codable {
    /// What to do with the name.
    public enum Action: Sendable, Hashable, Codable {
        /// Read it as this pupil: a roster name, id or code, or (without a roster) a pupil's name. For a
        /// loose match this re-points it; the pupil the matcher chose confirms it.
        case pupil(String)
        /// Leave out every nomination (and an answer row) with this written name.
        case drop
    }

    /// The name as written in the file; compared after Unicode NFC and trimming.
    public let written: String
    public let action: Action

    public init(written: String, action: Action) {
        self.written = written
        self.action = action
    }

    /// Parses `WRITTEN=PUPIL`; the first `=` separates them, so a pupil's id may contain `=`. Errors are
    /// written in `language`.
    public init(parsing argument: String, language: Language = .en) throws(ImportError) {
        let s = Strings(language)
        guard let eq = argument.firstIndex(of: "=") else {
            throw ImportError(.badOption, at: nil, s.importNameOptionSyntax(argument))
        }
        let written = argument[..<eq].trimmingCharacters(in: .whitespaces)
        let pupil = argument[argument.index(after: eq)...].trimmingCharacters(in: .whitespaces)
        guard !written.isEmpty, !pupil.isEmpty else {
            throw ImportError(.badOption, at: nil, s.importNameOptionSyntax(argument))
        }
        self.init(written: written, action: .pupil(pupil))
    }

    /// The key a written name is compared by: NFC, whitespace collapsed and trimmed.
    static func key(_ written: String) -> String {
        NameKey.collapsed(written.precomposedStringWithCanonicalMapping)
    }
}

/// A name decision as it was applied, for the import report (`analysis.json`, `inspect --json`).
public struct AppliedNameDecision: Sendable, Hashable, Codable {
    /// The name as written in the file.
    public let written: String
    /// The pupil it was read as; `nil` when the name was left out.
    public let pupilID: String?
    /// The pupil's name (never written in pseudonymised outputs).
    public let pupilName: String?
    /// Whether the nominations with this name were left out.
    public let dropped: Bool
    /// How many times the name was written (for a dropped name: how many choices were left out, not
    /// counting answer rows under the name, which have a note of their own).
    public let occurrences: Int
    /// The first place it was written.
    public let location: SourceLocation?

    public init(
        written: String, pupilID: String?, pupilName: String?, dropped: Bool, occurrences: Int, location: SourceLocation?
    ) {
        self.written = written
        self.pupilID = pupilID
        self.pupilName = pupilName
        self.dropped = dropped
        self.occurrences = occurrences
        self.location = location
    }
}

/// A written name that matched nobody (or was added as a pupil who did not answer): what the web app
/// offers a menu for. Not part of `analysis.json` (the diagnostics say it there).
public struct UnknownName: Sendable, Hashable {
    /// The name as written in the file.
    public let written: String
    /// Where it was first written.
    public let location: SourceLocation

    public init(written: String, location: SourceLocation) {
        self.written = written
        self.location = location
    }
}
