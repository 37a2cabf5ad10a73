/// The texts diagrams contain: titles, legends, tooltips (``Sociograms``).
///
/// Shareable texts prefer descriptions to category labels.
extension Strings {
    // MARK: Titles
    func classTitle(_ name: String) -> String { name.isEmpty ? text(.classTitle) : text(.classTitle2, ["name": name]) }
    func targetTitle(_ name: String) -> String { name.isEmpty ? text(.targetTitle) : text(.targetTitle2, ["name": name]) }
    func egoTitle(_ label: String) -> String { text(.egoTitle, ["label": label]) }
    func differenceTitle(_ before: String, _ after: String) -> String { text(.differenceTitle, ["before": before, "after": after]) }
    func gradeTitle(_ name: String) -> String { name.isEmpty ? text(.gradeTitle) : text(.gradeTitle2, ["name": name]) }
    var groupsTitle: String { text(.groupsTitle) }
    func supportersTitle(_ label: String) -> String { text(.supportersTitle, ["label": label]) }

    // MARK: What is shown
    var allPositive: String { text(.allPositive) }
    func oneQuestion(_ text: String) -> String { self.text(.oneQuestion, ["text": quote(text)]) }

    // MARK: Ties
    var mutual: String { text(.mutual) }
    var oneWay: String { text(.oneWay) }
    var acrossQuestions: String {
        text(.acrossQuestions)
    }
    func negative(_ texts: [String]) -> String {
        let list = texts.map(quote).joined(separator: ", ")
        return text(.negative, ["list": list])
    }
    var crossClass: String { text(.crossClass) }
    var withinGroup: String { text(.withinGroup) }
    var newTie: String { text(.newTie) }
    var lostTie: String { text(.lostTie) }
    var keptTie: String { text(.keptTie) }
    var joined: String { text(.joined) }
    var left: String { text(.left) }

    // MARK: Pupils
    var size: String { text(.size) }
    var girl: String { text(.girl) }
    var boy: String { text(.boy) }
    var otherGender: String { text(.otherGender) }
    var unknownGender: String { text(.unknownGender) }
    var isolated: String { text(.isolated) }
    var noMutual: String { text(.noMutual) }
    var nonRespondent: String { text(.nonRespondent) }
    var focus: String { text(.focus) }
    var leader: String { text(.leader) }
    var supporter: String { text(.supporter) }
    func received(_ count: Int) -> String {
        text(.received, ["count": count])
    }
    func mutualCount(_ count: Int) -> String {
        text(.mutualCount, ["count": count])
    }
    func group(_ number: Int) -> String { text(.group, ["number": number]) }
    func className(_ name: String) -> String { text(.className, ["name": name]) }

    // MARK: Target sociogram
    var rings: String { text(.rings) }
    func ring(_ number: Int, _ low: Int, _ high: Int) -> String {
        let range = low == high ? "\(low)" : "\(low)–\(high)"
        return text(.ring, ["number": number, "range": range, "high": high])
    }
    var halves: String { text(.halves) }

    // MARK: Caveat
    var snapshot: String {
        text(.snapshot)
    }

    var sizeOneQuestion: String { text(.sizeOneQuestion) }

    var girls: String { text(.girls) }
    var boys: String { text(.boys) }

    var amongSupporters: String { text(.amongSupporters) }
    var otherTies: String { text(.otherTies) }
    var classBox: String { text(.classBox) }
}

/// The name the diagram code uses for the string table.
typealias DiagramStrings = Strings

/// The language of the texts a diagram contains (title, legend): the same languages as everything else.
public typealias DiagramLanguage = Language
