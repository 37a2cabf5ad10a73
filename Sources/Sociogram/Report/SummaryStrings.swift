import Foundation

/// The small string table of the terminal summary (bokmål and English).
struct SummaryStrings {
    let language: Language
    var nb: Bool { language == .nb }

    func classLine(_ name: String, pupils: Int, respondents: Int, rate: String) -> String {
        nb
            ? "Klasse \(name): \(pupils) elever, \(respondents) svarte (\(rate))."
            : "Class \(name): \(pupils) pupils, \(respondents) answered (\(rate))."
    }
    var attentionHeading: String { nb ? "Elever som bør få oppmerksomhet først:" : "Pupils who need attention first:" }
    var nobodyNeedsAttention: String {
        nb
            ? "Ingen elever er uten valg eller uten gjensidige valg."
            : "No pupil is unchosen or without a mutual choice."
    }
    var isolated: String { nb ? "ikke valgt av noen" : "not chosen by anyone" }
    var noMutual: String { nb ? "ingen gjensidige valg" : "no mutual choices" }
    var rejected: String { nb ? "mange negative og få positive valg" : "many negative and few positive choices" }
    var neglected: String { nb ? "få valg av noe slag, verken positive eller negative" : "few choices of any kind" }
    var didNotAnswer: String { nb ? "svarte ikke" : "did not answer" }
    var classNumbersHeading: String { nb ? "Tall for klassen:" : "Class numbers:" }

    func ties(density: String, reciprocity: String) -> String {
        nb
            ? "Andel mulige valg som ble gjort: \(density); andel valg som ble gjengjeldt: \(reciprocity)."
            : "Share of possible choices made: \(density); share of choices returned: \(reciprocity)."
    }
    func subgroups(_ count: Int) -> String {
        nb
            ? "Subgrupper (minst tre som alle har valgt hverandre): \(count)."
            : "Subgroups (three or more who all chose each other): \(count)."
    }
    func communities(_ count: Int, _ q: String) -> String {
        nb
            ? "Grupper i nettverket: \(count) (modularitet Q = \(q); over 0,3 betyr tydelige grupper)."
            : "Groups in the network: \(count) (modularity Q = \(q); above 0.3 means clear groups)."
    }
    func stars(_ names: String) -> String {
        nb ? "Mange gjensidige valg (stjerner): \(names)." : "Many mutual choices (stars): \(names)."
    }
    func power(_ names: String) -> String {
        nb
            ? "Særlig maktposisjon (valgt av en stjerne, selv få gjensidige valg): \(names)."
            : "Special power position (chosen by a star, few mutual choices themselves): \(names)."
    }
    func statusLine(_ counts: String) -> String {
        nb ? "Sosiometrisk status (Coie–Dodge): \(counts)." : "Sociometric status (Coie–Dodge): \(counts)."
    }
    func status(_ s: CoieDodgeStatus) -> String {
        switch s {
        case .popular: nb ? "populær" : "popular"
        case .rejected: nb ? "avvist" : "rejected"
        case .neglected: nb ? "oversett" : "neglected"
        case .controversial: nb ? "kontroversiell" : "controversial"
        case .average: nb ? "gjennomsnittlig" : "average"
        case .unclassified: nb ? "uklassifisert" : "unclassified"
        }
    }
    func genderLine(within: String, ei: String) -> String {
        nb
            ? "Valg innenfor samme kjønn: \(within) (E–I-indeks \(ei))."
            : "Choices within the same gender: \(within) (E–I index \(ei))."
    }
    var caveat: String {
        nb
            ? "Husk: svarene viser hvordan elevene svarte på spørsmålene én dag. De skal aldri være eneste grunnlag for et tiltak."
            : "Remember: the answers show how pupils answered the questions on one day. Never use them as the only basis for a measure."
    }

    func decimal(_ x: Double, _ digits: Int = 2) -> String {
        let s = String(format: "%.\(digits)f", x)
        return nb ? s.replacingOccurrences(of: ".", with: ",") : s
    }
    func percent(_ x: Double) -> String { nb ? "\(Int((x * 100).rounded())) %" : "\(Int((x * 100).rounded()))%" }
}
