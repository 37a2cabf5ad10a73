import CGraphviz
import Foundation

/// Graphviz object ids that follow the order of the DOT text instead of the heap.
///
/// cgraph's default id discipline (`AgIdDisc`) makes a named object's id the *address* of its interned
/// name, and keeps subgraphs in a dictionary ordered by id. The order in which Graphviz visits clusters
/// (`agfstsubg`, and so `fdp`'s cluster list, the order of its derived nodes and of their random start
/// positions) therefore followed where `malloc` happened to put the names — which depends on everything
/// the process allocated and freed before (Swift's per-process hash seed, thread timing), so the grade
/// sociogram (`fdp`, classes as clusters) came out a few points different from one run to the next.
///
/// ``install()`` replaces the callbacks of the process-wide `AgIdDisc` (the discipline `agmemread`
/// and every graph Graphviz opens for itself, such as `fdp`'s derived graphs, use) by a table per root
/// graph: the *k*-th distinct name gets id 2*k*, the *k*-th anonymous object 2*k* − 1 (cgraph tells
/// named from anonymous ids by parity), so ids, and every order Graphviz derives from them, depend only
/// on the graph. Called once, with the Graphviz lock held, before the first graph is read.
enum GraphvizObjectIDs {
    /// One root graph's names: id ↔ name. Names are keyed by their bytes, not as `String`: Swift
    /// compares strings by canonical equivalence (a precomposed «é» equals «e» + U+0301) and repairs
    /// invalid UTF-8, whereas Graphviz tells names apart byte by byte — two pupils whose names differ
    /// only so must stay two nodes. The name handed back to Graphviz is its own reference-counted copy
    /// (`agstrdup` in the root graph's string dictionary, freed with it by `agclose`): Graphviz's
    /// printer reads the header in front of a name to tell an HTML string from a plain one, so a name
    /// from `malloc` would be read past its start.
    final class Table {
        let graph: UnsafeMutablePointer<Agraph_t>
        var ids: [[UInt8]: IDTYPE] = [:]
        var names: [IDTYPE: UnsafeMutablePointer<CChar>] = [:]
        var nextNamed: IDTYPE = 2
        var nextAnonymous: IDTYPE = 1

        init(graph: UnsafeMutablePointer<Agraph_t>) { self.graph = graph }
    }

    /// Points the process-wide default discipline at the stable table. Lock must be held.
    static func install() {
        guard let discipline = sociogram_default_id_discipline() else { return }
        discipline.pointee.open = { graph, _ in
            guard let graph else { return nil }
            return Unmanaged.passRetained(Table(graph: graph)).toOpaque()
        }
        discipline.pointee.map = { state, _, name, id, create in
            guard let state, let id else { return 0 }
            let table = Unmanaged<Table>.fromOpaque(state).takeUnretainedValue()
            guard let name else {
                // An anonymous object (an unnamed edge or subgraph): always a fresh odd id.
                id.pointee = table.nextAnonymous
                table.nextAnonymous += 2
                return 1
            }
            let key = Array(UnsafeRawBufferPointer(start: name, count: strlen(name)))
            if let known = table.ids[key] {
                id.pointee = known
            } else if create != 0, let copy = agstrdup(table.graph, name) {
                let fresh = table.nextNamed
                table.nextNamed += 2
                table.ids[key] = fresh
                table.names[fresh] = copy
                id.pointee = fresh
            } else {
                // A look-up of a name never created: id 0 finds nothing, as in cgraph's own discipline.
                id.pointee = 0
            }
            return 1
        }
        // Ids chosen by the caller (`agidnode`) are refused, as by cgraph's own discipline.
        discipline.pointee.alloc = { _, _, _ in 0 }
        // Names stay in the table until the root graph is closed (a name may be looked up again);
        // `agclose` frees the string dictionary, and so every name, after `close`.
        discipline.pointee.free = { _, _, _ in }
        discipline.pointee.print = { state, _, id in
            guard let state else { return nil }
            return Unmanaged<Table>.fromOpaque(state).takeUnretainedValue().names[id]
        }
        discipline.pointee.close = { state in
            guard let state else { return }
            Unmanaged<Table>.fromOpaque(state).release()
        }
        discipline.pointee.idregister = { _, _, _ in }
    }
}
