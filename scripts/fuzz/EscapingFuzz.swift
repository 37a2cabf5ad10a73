// libFuzzer target for the DOT and HTML escaping: the fuzz input is a pupil name (any bytes, decoded as
// UTF-8 with replacement). Built and run by scripts/fuzz/fuzz.sh together with the whole library (module
// Sociogram, so internal helpers are reachable); not part of the package.
//
// Properties checked on every input (a failed check aborts, which libFuzzer reports as a crash):
//  1. `DOTEscaping.html` leaves no `<`, `>`, `"` or `'`, every `&` starts one of its own entities, and
//     decoding the entities gives the name back (control characters read as spaces).
//  2. A minimal graph whose node label is `DOTEscaping.quotedLines` of the name and whose second node has an
//     HTML-like label built with `DOTEscaping.html` parses with `agmemread` into exactly 2 nodes and 1 edge,
//     lays out with neato, and the text Graphviz draws (the label's text spans) is exactly
//     `displayText(name)` — the name round-trips through Graphviz's own label processing.
//  3. The real class diagram with the name as a pupil, the class name and the question text has the same
//     number of nodes, edges and subgraphs as the same diagram with a harmless name (nothing injected).

import CGraphviz

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEscaping(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let name = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    EscapingFuzz.checkHTML(name)
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

    // MARK: 1. HTML

    /// Compared scalar by scalar: `&lt;` followed by a combining mark is one `Character` in Swift.
    static func checkHTML(_ name: String) {
        let escaped = Array(DOTEscaping.html(name).unicodeScalars)
        for forbidden: Unicode.Scalar in ["<", ">", "\"", "'"] where escaped.contains(forbidden) {
            fail("html() left \(forbidden)", name)
        }
        let entities: [([Unicode.Scalar], Unicode.Scalar)] = [
            (Array("&amp;".unicodeScalars), "&"), (Array("&lt;".unicodeScalars), "<"),
            (Array("&gt;".unicodeScalars), ">"), (Array("&quot;".unicodeScalars), "\""),
            (Array("&#39;".unicodeScalars), "'"),
        ]
        var decoded: [Unicode.Scalar] = []
        var i = 0
        while i < escaped.count {
            guard escaped[i] == "&" else {
                decoded.append(escaped[i])
                i += 1
                continue
            }
            guard let (entity, char) = entities.first(where: { escaped[i...].starts(with: $0.0) }) else {
                fail("html() left a bare &", name)
            }
            decoded.append(char)
            i += entity.count
        }
        let expected = name.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : $0 }
        if decoded != expected { fail("html() does not decode back to the name", name) }
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
