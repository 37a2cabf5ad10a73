/// Everything a page of the kit is made from: the class, the options, and the texts in their language.
struct KitContext: Sendable {
    let klass: KitClass
    let options: KitOptions
    let s: Strings

    var pupils: [KitClass.Pupil] { klass.pupils }
    var questions: [KitQuestion] { options.questions }
    var choices: Int { options.choices }
    /// The class name for running text: the class's name, else "the class".
    var className: String { klass.name ?? s.kitTheClass }
    /// Whether the class list gave any pupil's gender (then the entry sheet has a gender column).
    var hasGender: Bool { pupils.contains { $0.gender != nil } }

    /// How a pupil is named at the top of their own sheet: by name, or by code with `--labels codes`.
    func ownLabel(_ p: KitClass.Pupil) -> (label: String, value: String) {
        options.codesOnPaper ? (s.kitPaperCode, p.code) : (s.kitPaperName, p.name)
    }

    /// The gender as the entry sheet writes it (and the importer reads it back).
    func genderWord(_ g: Gender) -> String {
        switch g {
        case .girl: s.kitGenderGirl
        case .boy: s.kitGenderBoy
        case .other: s.kitGenderOther
        }
    }

    /// The classmates a pupil may choose: everyone else, alphabetical.
    func classmates(of p: KitClass.Pupil) -> [KitClass.Pupil] { pupils.filter { $0 != p } }
}
