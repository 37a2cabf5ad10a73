import Foundation

/// The texts of the grade index page (`index.html`), in bokmål and English.
///
/// One small table so that it can move into the report's shared string table as it is.
struct BatchStrings: Sendable {
    let language: Language

    private func t(_ nb: String, _ en: String) -> String { language == .nb ? nb : en }

    func title(_ grade: String) -> String { t("Trinnoversikt – \(grade)", "Grade overview – \(grade)") }
    var lang: String { t("nb", "en") }
    var rankingExplained: String {
        t("Klassene står i rekkefølge etter hvor mye de trenger oppmerksomhet: først flest elever som ikke er valgt av noen "
            + "eller ikke har noe gjensidig valg (hver elev telles én gang), så flest elever som ikke er valgt, så lavest "
            + "andel gjengjeldte valg, så mest oppdelt klasse.",
          "Classes are ordered by how much they need attention: first the most pupils who are chosen by no one or have no "
            + "mutual choice (each pupil counted once), then the most pupils chosen by no one, then the lowest share of "
            + "choices returned, then the most divided class.")
    }
    var rank: String { t("Nr.", "No.") }
    var className: String { t("Klasse", "Class") }
    var pupils: String { t("Elever", "Pupils") }
    var answered: String { t("Svarte", "Answered") }
    var needAttention: String { t("Trenger oppmerksomhet", "Need attention") }
    var isolated: String { t("Ikke valgt av noen", "Chosen by no one") }
    var noMutual: String { t("Ingen gjensidige valg", "No mutual choice") }
    var reciprocity: String { t("Andel valg gjengjeldt", "Choices returned") }
    var fragmentation: String { t("Oppdeling", "Fragmentation") }
    var files: String { t("Filer", "Files") }
    var report: String { t("rapport", "report") }
    var sociogram: String { t("sosiogram", "sociogram") }
    var incomplete: String { t("Noen filer mangler:", "Some files are missing:") }
    var failedHeading: String { t("Filer og klasser som ikke kunne leses", "Files and classes that could not be read") }
    var failedIntro: String {
        t("Rett opp feilen i filen (fil:linje:kolonne) og kjør på nytt.",
          "Correct the file at the place given (file:line:column) and run again.")
    }
    var skippedHeading: String { t("Filer som ble hoppet over", "Files left out") }
    var skippedIntro: String {
        t("Disse filene i mappen ble ikke lest som klasser. Er en av dem en klasse, lagre den som .csv eller .xlsx "
            + "og kjør på nytt.",
          "These files in the folder were not read as classes. If one of them is a class, save it as .csv or .xlsx "
            + "and run again.")
    }
    var gradeSociogramHeading: String { t("Valg på tvers av klasser", "Choices across classes") }
    func crossClass(_ n: Int) -> String {
        t("\(n) positive valg går til elever i en annen klasse.", "\(n) positive choices go to pupils in another class.")
    }
    var fragmentationExplained: String {
        t("Oppdeling: andelen elevpar som ikke henger sammen gjennom positive valg (0 = alle henger sammen).",
          "Fragmentation: the share of pairs of pupils not connected through positive choices (0 = everyone connected).")
    }
    var caveat: String {
        t("Husk: svarene viser hvordan elevene svarte på spørsmålene én dag. De skal aldri være eneste grunnlag for et tiltak.",
          "Remember: the answers show how pupils answered the questions on one day. Never use them as the only basis for a measure.")
    }
    var privacy: String {
        t("Denne siden inneholder opplysninger om elever. Del den bare med dem som skal arbeide med klassene.",
          "This page holds information about pupils. Share it only with those who work with the classes.")
    }

    func decimal(_ x: Double?) -> String {
        guard let x, x.isFinite else { return "–" }
        let s = String(format: "%.2f", x)
        return language == .nb ? s.replacingOccurrences(of: ".", with: ",") : s
    }

    func percent(_ x: Double?) -> String {
        guard let x, x.isFinite else { return "–" }
        let v = Int((x * 100).rounded())
        return language == .nb ? "\(v) %" : "\(v)%"
    }
}
