/// What the HTML report shows and how (`sociogram report`).
public struct ReportOptions: Sendable {
    /// The language of every text.
    public var language: Language
    /// How pupils are named in the report and its diagrams. With ``LabelStyle/codes`` no name appears
    /// anywhere in the file (text, diagrams, tooltips, embedded data).
    public var labels: LabelStyle
    /// The pupil of the pupil section (ego view, supporters, support group, activity-plan draft), as a
    /// network index; `nil` for a class report only.
    public var focus: Int?
    /// Suggested supporters and support group for ``focus``; `nil` when none were computed.
    public var support: ReportSupport?
    /// Whether the per-question view of the negative question(s) is drawn. Off by default: a diagram
    /// of who would rather not be with whom is the most sensitive page a report can have.
    public var showNegative: Bool
    /// Whether the activity-plan draft describes what the negative question showed (`--plan-with-negative`).
    /// Off by default: the draft is filled in with the pupil and the parents, and says that it leaves
    /// those answers out.
    public var planWithNegative: Bool = false
    /// The day the survey was taken, when the teacher gives it; otherwise left blank to fill in.
    public var surveyDate: CalendarDay?
    /// The day the report is made.
    public var created: CalendarDay
    /// How many warnings the importer gave (the report says how to see them).
    public var importWarnings: Int
    /// The version written in the report's footer.
    public var toolVersion: String
    /// The layout seed of the diagrams (same seed, same pictures).
    public var diagramSeed: Int
    /// An earlier survey of the same class compared with this one (this survey is the second wave):
    /// adds the section on what changed, with the difference sociogram, and the evaluation of the pupil
    /// in focus when the comparison carries one. Made with the same `pseudonymised` setting as ``labels``.
    public var comparison: Comparison?
    /// Earlier surveys of the same class followed up to this one (this survey is the last of the series):
    /// adds the section on development over time, with the charts and, for the pupil in focus, the series
    /// evaluation. Made with the same `pseudonymised` setting as ``labels``.
    public var followUp: FollowUp?
    /// Seating plans for the class (`report --seating ROOM`), made on this report's network (same pupil
    /// indices; in a pseudonymised report on the network with codes as names): adds the seating-plan
    /// section with the chart, the neighbours and what is not met.
    public var seating: SeatingResult?
    /// What draws the report's diagrams: Graphviz in this process by default; the web app passes its
    /// pool of worker processes.
    public var renderer: any DiagramRendering = InProcessGraphviz()

    public init(
        language: Language = .nb, labels: LabelStyle = .names, focus: Int? = nil, support: ReportSupport? = nil,
        showNegative: Bool = false, surveyDate: CalendarDay? = nil, created: CalendarDay,
        importWarnings: Int = 0, toolVersion: String = SociogramVersion.string, diagramSeed: Int = 1,
        comparison: Comparison? = nil, followUp: FollowUp? = nil
    ) {
        self.comparison = comparison
        self.followUp = followUp
        self.language = language
        self.labels = labels
        self.focus = focus
        self.support = support
        self.showNegative = showNegative
        self.surveyDate = surveyDate
        self.created = created
        self.importWarnings = importWarnings
        self.toolVersion = toolVersion
        self.diagramSeed = diagramSeed
    }
}

/// Suggested supporters and a support group for the pupil in focus, as the report shows them.
///
/// Filled from the suggestion engine (`ClassNetwork.suggestSupporters` / `suggestSupportGroup`);
/// the report only lays it out. Every text is already in the report's language.
public struct ReportSupport: Sendable, Hashable {
    /// One suggested classmate and why, in words.
    public struct Entry: Sendable, Hashable {
        /// Network index of the classmate.
        public let pupil: Int
        /// Why they are suggested, in words (e.g. "named as helpful by 4 classmates").
        public let reasons: [String]
        /// Their role in the support group (e.g. "the pupil's own choice"), when in one.
        public let role: String?

        public init(pupil: Int, reasons: [String], role: String? = nil) {
            self.pupil = pupil
            self.reasons = reasons
            self.role = role
        }
    }

    /// Classmates who could be asked to help, best first.
    public var supporters: [Entry]
    /// The suggested support group, in the order chosen (the pupil's own choices first).
    public var group: [Entry]
    /// Which support-group design the suggestion follows, in words.
    public var design: String
    /// That classmates take part only voluntarily, and the pupil and parents must agree.
    public var consentReminder: String
    /// What the data could not support (no prosocial question, …), in words.
    public var notes: [String]
    /// How many classmates were left out because of a negative nomination to or from the pupil.
    public var excludedCount: Int

    public init(
        supporters: [Entry], group: [Entry], design: String, consentReminder: String, notes: [String] = [],
        excludedCount: Int = 0
    ) {
        self.supporters = supporters
        self.group = group
        self.design = design
        self.consentReminder = consentReminder
        self.notes = notes
        self.excludedCount = excludedCount
    }
}
