import Sociogram

/// The pupils a teacher picked on the page (ids from its menus) as network indices, for the groups,
/// seating and placement requests: one lookup of an id, the absent pupils, and apart/together pairs
/// without duplicates, a pupil paired with themself, or an absent pupil (each such pair left out with a
/// note the page shows).
struct PupilChoices {
    let network: ClassNetwork
    let strings: Strings
    /// Notes name pupils by code rather than by name.
    let pseudonymised: Bool
    /// The absent pupils.
    private(set) var absent: Set<Int> = []
    /// A note for each pair left out because one of its pupils is absent.
    private(set) var ignored: [String] = []
    private var index: [String: Int] = [:]

    /// - Throws: ``APIError`` (400) when an absent id is no pupil of the network.
    init(network: ClassNetwork, absent ids: [String]?, strings: Strings, pseudonymised: Bool) throws {
        self.network = network
        self.strings = strings
        self.pseudonymised = pseudonymised
        for (i, p) in network.pupils.enumerated() where index[p.id] == nil { index[p.id] = i }
        absent = Set(try (ids ?? []).map(pupil))
    }

    /// The index of the pupil with `id`.
    ///
    /// - Throws: ``APIError`` (400) when no pupil has that id.
    func pupil(_ id: String) throws -> Int {
        guard let i = index[id] else { throw APIError.unknownPupil(strings) }
        return i
    }

    /// The pairs of `lists` (two ids each), in order, each once.
    ///
    /// - Throws: ``APIError`` (400) for a list that is not two ids, or an id that is no pupil.
    mutating func pairs(_ lists: [[String]]?) throws -> [GroupingProblem.Pair] {
        var out: [GroupingProblem.Pair] = []
        for list in lists ?? [] {
            guard list.count == 2 else { throw APIError.badRequest(strings, strings.servePairTwoPupils) }
            let a = try pupil(list[0]), b = try pupil(list[1])
            guard a != b else { continue }
            if let gone = [a, b].first(where: absent.contains) {
                ignored.append(strings.servePairIgnored(label(a), label(b), absent: label(gone)))
                continue
            }
            let pair = GroupingProblem.Pair(a, b)
            if !out.contains(pair) { out.append(pair) }
        }
        return out
    }

    private func label(_ i: Int) -> String { pseudonymised ? network.pupils[i].code : network.pupils[i].name }
}
