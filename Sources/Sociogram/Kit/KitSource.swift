/// The guidance the kit's texts rest on; each page lists the sources its statements come from
/// (`docs/kit.md` says which statement comes from which).
enum KitSource: CaseIterable, Sendable {
    case klassetrivsel, lmsData, lmsConduct, lmsPractical, lmsInterpret, pvn, udir

    private static let lms =
        "https://laringsmiljosenteret.uis.no/skole/mobbing/filmer-boker-og-verktoy/sosiometrisk-kartlegging/a-gjennomfore-sosiometrisk-kartlegging/"

    /// Where the source is published.
    var url: String {
        switch self {
        case .klassetrivsel: "https://klassetrivsel.no/project/sosiogramspoersmaal/"
        case .lmsData: Self.lms + "datainnhenting-article122833-23048.html"
        case .lmsConduct: Self.lms + "gjennomforing-av-sosiometrisk-kartlegging-article122819-23048.html"
        case .lmsPractical: Self.lms + "praktiske-vurderingar-article122822-23048.html"
        case .lmsInterpret: Self.lms + "tolking-article122827-23048.html"
        case .pvn: "https://pvn.no/node/560"
        case .udir: "https://www.udir.no/tall-og-forskning/brukerundersokelser/elevundersokelsen/om-elevundersokelsen-til-elever-og-foreldre/"
        }
    }

    /// The source's title.
    func title(_ s: Strings) -> String {
        switch self {
        case .klassetrivsel: s.kitSourceKlassetrivsel
        case .lmsData: s.kitSourceLmsData
        case .lmsConduct: s.kitSourceLmsConduct
        case .lmsPractical: s.kitSourceLmsPractical
        case .lmsInterpret: s.kitSourceLmsInterpret
        case .pvn: s.kitSourcePvn
        case .udir: s.kitSourceUdir
        }
    }
}
