/// The terminal summary of seating plans: per rotation the tables with their pupils (★ beside someone
/// they chose), how many sit beside a chosen classmate, repeated desk-mates, what is not met, the caveat.
public enum SeatingText {
    /// - Complexity: O(seats + unmet) per rotation.
    public static func lines(_ result: SeatingResult, context: SuggestionContext) -> [String] {
        let strings = Strings(context.language)
        let room = result.room
        var lines = [strings.seatingTitle(context.network.name, room: room.name), ""]
        var earlier = Set<GroupingProblem.Pair>()
        for (r, plan) in result.plans.enumerated() {
            lines.append(strings.seatingRotation(r + 1, of: result.plans.count))
            let notBeside = Set(plan.unmet.filter { $0.kind == .besideChosen }.flatMap(\.pupils))
            var pupilAt = Array(repeating: -1, count: room.capacity)
            for (i, s) in plan.seatOf.enumerated() { pupilAt[s] = i }
            for (t, seats) in room.tables.enumerated() {
                let who = seats.compactMap { s -> String? in
                    let i = pupilAt[s]
                    guard i >= 0 else { return nil }
                    return "\(room.seats[s].name) \(context.labels[i])\(notBeside.contains(i) ? "" : " ★")"
                }
                guard !who.isEmpty else { continue }
                lines.append("  \(strings.seatingTable(t + 1)): \(who.joined(separator: ", "))")
            }
            lines.append("  " + strings.seatingBesideCount(result.problem.count - notBeside.count, of: result.problem.count))
            let deskMates = plan.neighbourPairs(in: room).filter { $0.kind == .table }.map { GroupingProblem.Pair($0.a, $0.b) }
            if r > 0 { lines.append("  " + strings.seatingRepeated(deskMates.filter(earlier.contains).count)) }
            earlier.formUnion(deskMates)
            lines.append("  " + strings.seatingScore(plan.objective.total))
            let hard = plan.unmet.filter(\.hard)
            if hard.isEmpty { lines.append("  " + strings.seatingAllHardMet) }
            for u in plan.unmet.sorted(by: { $0.hard && !$1.hard }) {
                lines.append("  – " + strings.seatingUnmet(u, who: u.pupils.map { context.labels[$0] }))
            }
            if !hard.isEmpty { lines.append("  " + strings.seatingHardFailed) }
            lines.append("")
        }
        lines.append(strings.seatingCaveat)
        return lines
    }
}
