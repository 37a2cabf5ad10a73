/// `sociogram seating`: the terminal summary, the seating chart's legend and the JSON texts.
extension Strings {
    /// The caveat every seating output carries.
    public var seatingCaveat: String {
        t(
            "En klassekart-plan støtter oppfølgingen av en elev, den erstatter den aldri. Å sitte ved siden av en venn hjelper ikke alene.",
            "A seating plan supports the follow-up of a pupil; it never replaces it. Sitting beside a friend does not help on its own.")
    }

    public func seatingTitle(_ className: String, room: String) -> String {
        t("Klassekart for \(className) (rom \(room))", "Seating plan for \(className) (room \(room))")
    }

    public func seatingRotation(_ r: Int, of n: Int) -> String {
        n == 1 ? t("Plan", "Plan") : t("Rotasjon \(r) av \(n)", "Rotation \(r) of \(n)")
    }

    public func seatingTable(_ number: Int) -> String { t("Bord \(number)", "Table \(number)") }

    public var seatingBoard: String { t("TAVLE", "BOARD") }

    public func seatingBesideCount(_ met: Int, of n: Int) -> String {
        t("\(met) av \(n) elever sitter ved siden av noen de valgte.", "\(met) of \(n) pupils sit beside someone they chose.")
    }

    public func seatingRepeated(_ k: Int) -> String {
        t("Sidemakkere fra en tidligere rotasjon: \(k).", "Desk-mates repeated from an earlier rotation: \(k).")
    }

    public func seatingScore(_ total: Int) -> String { t("Poeng (dokumentert mål): \(total)", "Score (documented objective): \(total)") }

    public var seatingAllHardMet: String {
        t("Alle faste regler er holdt (par som skal sitte fra hverandre, faste plasser).", "Every hard rule is kept (pairs apart, fixed seats).")
    }

    /// The words for a rule or wish not met; `who` are the pupils' labels.
    public func seatingUnmet(_ u: SeatingUnmet, who: [String]) -> String {
        let names = who.joined(separator: t(" og ", " and "))
        switch (u.kind, u.reason) {
        case (.apart, _):
            return t("Ikke holdt: \(names) sitter som naboer, men skal sitte fra hverandre.", "Not kept: \(names) are neighbours but must sit apart.")
        case (.fixed, .frontRowFull):
            return t("Ikke holdt: \(names) skulle sitte foran, men første rad er full.", "Not kept: \(names) was to sit at the front, but the front row is full.")
        case (.fixed, _):
            return t("Ikke holdt: \(names) sitter ikke på plassen som ble bedt om.", "Not kept: \(names) does not sit at the seat asked for.")
        case (.besideChosen, .noChoices):
            return t("\(names) valgte ingen som er med, og sitter ikke ved noen de valgte.", "\(names) chose nobody present and sits beside nobody they chose.")
        case (.besideChosen, .allChosenApart):
            return t("\(names) sitter ikke ved noen de valgte: alle de valgte skal sitte fra dem.", "\(names) sits beside nobody they chose: everyone they chose must sit apart from them.")
        case (.besideChosen, _):
            return t("\(names) sitter ikke ved noen de valgte (søket fant ingen måte sammen med resten).", "\(names) sits beside nobody they chose (the search found no way together with the rest).")
        }
    }

    public var seatingHardFailed: String {
        t(
            "Planen bryter en fast regel (se over). Dette er den beste planen som holder de andre reglene.",
            "The plan breaks a hard rule (see above). This is the best plan that keeps the other rules.")
    }

    public var seatingChartLegend: String {
        t("★ = sitter ved siden av noen eleven valgte", "★ = sits beside someone the pupil chose")
    }
}
