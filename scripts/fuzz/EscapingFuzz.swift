// libFuzzer target for the DOT and HTML escaping: the fuzz input is a pupil name (any bytes, decoded as
// UTF-8 with replacement). Built and run by scripts/fuzz/fuzz.sh against the library (`@testable import`,
// so internal helpers are reachable); not part of the package. The fast `dot` target checks the escaping
// alone, without Graphviz.
//
// Properties checked on every input (a failed check aborts, which libFuzzer reports as a crash):
//  1. (Fuzz.checkDOTHTML) `DOTEscaping.html` leaves no `<`, `>`, `"` or `'`, every `&` starts one of its own entities, and
//     decoding the entities gives the name back (control characters read as spaces).
//  2. A minimal graph whose node label is `DOTEscaping.quotedLines` of the name and whose second node has an
//     HTML-like label built with `DOTEscaping.html` parses with `agmemread` into exactly 2 nodes and 1 edge,
//     lays out with neato, and the text Graphviz draws (the label's text spans) is exactly
//     `displayText(name)` — the name round-trips through Graphviz's own label processing.
//  3. The real class diagram with the name as a pupil, the class name and the question text has the same
//     number of nodes, edges and subgraphs as the same diagram with a harmless name (nothing injected).

import CGraphviz
@testable import Sociogram

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEscaping(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let name = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    Fuzz.checkDOTHTML(name)
    EscapingFuzz.checkMinimalGraph(name)
    EscapingFuzz.checkClassDiagram(name)
    return 0
}

enum EscapingFuzz {
    nonisolated(unsafe) static var context: OpaquePointer? = nil

    static func fail(_ what: String, _ name: String) -> Never {
        let scalars = name.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " ")
        fatalError("escaping property failed: \(what); name scalars: \(scalars)")
    }

    // MARK: 2. Minimal graph, laid out, drawn text compared

    static func checkMinimalGraph(_ name: String) {
        let shown = DOTEscaping.displayText(name, maxLength: 0)
        let dot = """
            digraph fuzz {
              n0 [label=\(DOTEscaping.quotedLines([shown])), tooltip=\(DOTEscaping.quoted(name))];
              n1 [label=<<TABLE><TR><TD>\(DOTEscaping.html(shown))</TD></TR></TABLE>>];
              n0 -> n1 [label=\(DOTEscaping.quoted(name))];
            }
            """
        guard let graph = dot.withCString({ agmemread($0) }) else { fail("agmemread rejected the DOT", name) }
        defer { agclose(graph) }
        if agnnodes(graph) != 2 || agnedges(graph) != 1 { fail("graph structure changed", name) }
        guard let gvc = context ?? gvContext() else { fail("no Graphviz context", name) }
        context = gvc
        guard gvLayout(gvc, graph, "neato") == 0 else { fail("layout failed", name) }
        defer { gvFreeLayout(gvc, graph) }
        guard let n0 = agfstnode(graph) else { fail("no first node", name) }
        let drawn = spans(of: n0)
        let expected = shown.isEmpty ? [""] : [shown]
        if drawn != expected && !(shown.isEmpty && drawn.isEmpty) {
            fail("drawn label \(drawn) differs from \(expected)", name)
        }
    }

    /// The lines Graphviz draws for a node's (non-HTML) label: `ND_label(n)->u.txt.span[i].str`.
    static func spans(of node: UnsafeMutablePointer<Agnode_t>) -> [String] {
        guard let record = node.pointee.base.data else { return [] }
        let info = UnsafeMutableRawPointer(record).assumingMemoryBound(to: Agnodeinfo_t.self)
        guard let label = info.pointee.label else { return [] }
        let txt = label.pointee.u.txt
        guard let span = txt.span else { return [] }
        return (0..<Int(txt.nspans)).map { i in span[i].str.map { String(cString: $0) } ?? "" }
    }

    // MARK: 3. The real class diagram

    static func checkClassDiagram(_ name: String) {
        let hostile = shape(of: diagram(name: name, className: name, question: name), name)
        let benign = shape(of: diagram(name: "Kari", className: "7A", question: "Venner"), name)
        if hostile != benign { fail("class diagram structure \(hostile) != \(benign)", name) }
    }

    static func diagram(name: String, className: String, question: String) -> String {
        let pupils = [
            Pupil(id: "p1", name: name, code: "E01", gender: .girl, responded: true),
            Pupil(id: "p2", name: "Ola Hansen", code: "E02", gender: .boy, responded: true),
            Pupil(id: "p3", name: "Åse Lien", code: "E03", responded: false),
        ]
        let questions = [
            Question(id: "q1", text: question, kind: .positive),
            Question(id: "q2", text: "Hvem vil du helst ikke være sammen med?", kind: .negative),
        ]
        let noms = [
            Nomination(from: 0, to: 1, question: 0), Nomination(from: 1, to: 0, question: 0),
            Nomination(from: 1, to: 2, question: 0), Nomination(from: 0, to: 2, question: 1),
        ]
        let net = ClassNetwork(name: className, pupils: pupils, questions: questions, nominations: noms)
        return Sociograms.classDiagram(net, options: DiagramOptions(showNegative: true)).dot
    }

    static func shape(of dot: String, _ name: String) -> [Int32] {
        guard let graph = dot.withCString({ agmemread($0) }) else { fail("agmemread rejected the class diagram", name) }
        defer { agclose(graph) }
        return [agnnodes(graph), agnedges(graph), agnsubg(graph)]
    }
}
