/// One pupil in a class (elev i en klasse).
public struct Pupil: Sendable, Hashable, Codable, Identifiable {
    /// A stable identifier: the roster's `id` when given, otherwise `p1`, `p2`, … in order of appearance.
    ///
    /// Never derived from the name, so it is safe in pseudonymised outputs.
    public let id: String
    /// The display name as written on the roster (or by respondents when there is no roster), NFC-normalised.
    public let name: String
    /// The pseudonym shown instead of the name with `--labels codes`: the roster's `code`, otherwise `E01`, `E02`, ….
    public let code: String
    /// Gender when known.
    public let gender: Gender?
    /// The class (klasse) the pupil belongs to, when the input says so.
    public let className: String?
    /// Whether the pupil answered the survey. Non-respondents are missing, not "chose nobody".
    public let responded: Bool

    public init(
        id: String, name: String, code: String, gender: Gender? = nil,
        className: String? = nil, responded: Bool
    ) {
        self.id = id
        self.name = name
        self.code = code
        self.gender = gender
        self.className = className
        self.responded = responded
    }
}
