import Testing
@testable import Sociogram

@Suite struct ClassNetworkTests {
    func pupils(_ n: Int) -> [Pupil] {
        (0..<n).map { Pupil(id: "p\($0 + 1)", name: "Elev \($0 + 1)", code: "E\($0 + 1)", responded: true) }
    }

    @Test func dropsSelfNominationsAndDuplicates() {
        let net = ClassNetwork(
            name: "7A", pupils: pupils(3),
            questions: [Question(id: "q1", text: "Hvem vil du være sammen med?", kind: .positive)],
            nominations: [
                Nomination(from: 0, to: 1, question: 0), Nomination(from: 0, to: 1, question: 0),
                Nomination(from: 1, to: 1, question: 0), Nomination(from: 2, to: 0, question: 0),
            ])
        #expect(net.nominations.count == 2)
        #expect(net.choices(of: 0, in: 0) == [1])
        #expect(net.choosers(of: 0, in: 0) == [2])
        #expect(net.choosers(of: 1, in: 0) == [0])
    }

    @Test func keepsRankOrder() {
        let net = ClassNetwork(
            name: "7A", pupils: pupils(4),
            questions: [Question(id: "q1", text: "Hvem liker du?", kind: .positive)],
            nominations: [
                Nomination(from: 0, to: 3, question: 0, rank: 2), Nomination(from: 0, to: 1, question: 0, rank: 1),
                Nomination(from: 0, to: 2, question: 0, rank: 3),
            ])
        #expect(net.choices(of: 0, in: 0) == [1, 3, 2])
    }

    @Test func subnetworkKeepsOnlyInternalTies() {
        let net = ClassNetwork(
            name: "trinn", pupils: pupils(4),
            questions: [Question(id: "q1", text: "Hvem liker du?", kind: .positive)],
            nominations: [Nomination(from: 0, to: 1, question: 0), Nomination(from: 1, to: 2, question: 0)])
        let sub = net.subnetwork(name: "x", pupils: [1, 2])
        #expect(sub.count == 2)
        #expect(sub.nominations == [Nomination(from: 0, to: 1, question: 0)])
    }
}
