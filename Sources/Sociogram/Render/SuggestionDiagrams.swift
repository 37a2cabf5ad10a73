/// The diagrams of the suggestions, built from the library's views (`Render/`).
public enum SuggestionDiagrams {
    /// Who a groups diagram is for.
    public enum Audience: String, Sendable, Hashable {
        /// The class: names and groups only (``Sociograms/groupsClassView(_:groups:options:)``).
        case classroom
        /// The teacher: the ties inside each group and the pupils' markings (``Sociograms/groupsDiagram(_:groups:options:)``).
        case teacher
    }

    /// One diagram per round: each group a box with its leader marked; for the teacher, the ties inside
    /// each group and the pupils' markings too.
    ///
    /// - Throws: ``RenderError`` only for a result that does not belong to `network`.
    /// - Complexity: O(*R* · (*n* log *n* + *m* log *m*)).
    public static func workGroups(
        _ result: WorkGroupsResult, network: ClassNetwork, options: DiagramOptions, audience: Audience = .classroom
    ) throws(RenderError) -> [Diagram] {
        var diagrams: [Diagram] = []
        for round in result.rounds {
            let input = GroupsDiagramInput(groups: round.groups.map(\.members), leaders: round.groups.map(\.leader))
            switch audience {
            case .classroom: diagrams.append(try Sociograms.groupsClassView(network, groups: input, options: options))
            case .teacher: diagrams.append(try Sociograms.groupsDiagram(network, groups: input, options: options))
            }
        }
        return diagrams
    }

    /// The supporters around the pupil, in rank order.
    ///
    /// - Throws: ``RenderError`` only for a result that does not belong to `network`.
    public static func supporters(_ result: SupportersResult, network: ClassNetwork, options: DiagramOptions)
        throws(RenderError) -> Diagram
    {
        try Sociograms.supportersDiagram(network, focus: result.pupil, supporters: result.supporters.map(\.pupil), options: options)
    }

    /// The support group's members around the pupil, in the order chosen.
    ///
    /// - Throws: ``RenderError`` only for a result that does not belong to `network`.
    public static func supportGroup(_ result: SupportGroupResult, network: ClassNetwork, options: DiagramOptions)
        throws(RenderError) -> Diagram
    {
        try Sociograms.supportersDiagram(network, focus: result.pupil, supporters: result.members.map(\.pupil), options: options)
    }

    /// The new classes as boxes (the grade view with each pupil in their suggested class, numbered from
    /// 1 as in the text); ties across the new classes drawn as in the grade view. Absent pupils are left out.
    ///
    /// - Complexity: O(*n* log *n* + *m* log *m*).
    public static func placement(_ result: PlacementResult, network: ClassNetwork, options: DiagramOptions) -> Diagram {
        var newClass = [Int: String]()
        for (c, placed) in result.classes.enumerated() { for i in placed.members { newClass[i] = "\(c + 1)" } }
        let pupils = network.pupils.enumerated().map { i, p in
            Pupil(id: p.id, name: p.name, code: p.code, gender: p.gender, className: newClass[i], responded: p.responded)
        }
        let placed = ClassNetwork(name: network.name, pupils: pupils, questions: network.questions, nominations: network.nominations)
        let members = result.classes.flatMap(\.members)
        return Sociograms.gradeDiagram(placed.subnetwork(name: network.name, pupils: members), options: options)
    }
}
