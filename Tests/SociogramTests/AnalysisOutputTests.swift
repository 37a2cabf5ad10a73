import Foundation
import Testing
@testable import Sociogram

/// `analysis.json`, `pupils.csv` and the terminal summary.
@Suite struct AnalysisOutputTests {
    /// A class with names that are hard to escape, a non-respondent, an isolated pupil and a negative question.
    var network: ClassNetwork {
        let names = ["Kari Nordmann", "Ola \"OJ\" Ås", "Åse; Ødegård", "=HYPERLINK(\"x\")", "Per\nLine", "Ingrid Ølstad"]
        let pupils = names.enumerated().map { i, name in
            Pupil(
                id: "p\(i + 1)", name: name, code: "E0\(i + 1)", gender: i % 2 == 0 ? .girl : .boy,
                responded: i != 5)
        }
        let questions = [
            Question(id: "q1", text: "Hvem vil du være sammen med?", kind: .positive),
            Question(id: "q2", text: "Hvem vil du helst ikke være sammen med?", kind: .negative),
        ]
        let noms = [
            (0, 1, 0), (1, 0, 0), (1, 2, 0), (2, 1, 0), (0, 2, 0), (2, 0, 0), (3, 0, 0), (4, 0, 0),
            (0, 3, 1), (1, 3, 1), (2, 3, 1),
        ].map { Nomination(from: $0.0, to: $0.1, question: $0.2) }
        return ClassNetwork(name: "7A", pupils: pupils, questions: questions, nominations: noms)
    }

    var report: ImportReport {
        ImportReport(
            files: [
                FileReport(
                    file: "7A.csv", layout: .wideNamesInCell, encoding: .utf8WithBOM, delimiter: ";",
                    delimiterFromSepLine: false, rows: 5, respondentColumn: "Navn", droppedColumns: [])
            ],
            matches: [
                NameMatch(
                    written: "kari nordman", pupilID: "p1", pupilName: "Kari Nordmann", method: .closeSpelling,
                    occurrences: 2, location: SourceLocation(file: "7A.csv", line: 3, column: 4))
            ],
            diagnostics: [
                Diagnostic(
                    .warning, code: "unmatched-name", at: SourceLocation(file: "7A.csv", line: 4, column: 5),
                    "\"Ingrid Ølstad\" and \"Kari N.\" are not on the roster")
            ])
    }

    @Test func documentRoundTripsWithSortedKeysAndExplicitNulls() throws {
        let a = try ClassAnalysis(network: network)
        let doc = AnalysisDocument(import: report, analysis: a)
        let data = try doc.jsonData()
        let decoded = try JSONDecoder().decode(AnalysisDocument.self, from: data)
        #expect(decoded == doc)
        #expect(decoded.schemaVersion == 1)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"given\" : null"))  // the non-respondent
        #expect(text.contains("\"prosocial\" : null"))
        #expect(text.contains("Ola \\\"OJ\\\" Ås"))
        // sorted keys: "caveat" before "class" before "import" before "pupils"
        let order = ["caveat", "class", "import", "pseudonymised", "pupils", "schemaVersion"].map { "\n  \"\($0)\" :" }
        let positions = order.compactMap { text.range(of: $0)?.lowerBound }
        #expect(positions.count == order.count && positions == positions.sorted())
        #expect(try doc.jsonData() == data)  // stable
    }

    @Test func documentMatchesTheSchema() throws {
        let schemaURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/analysis.schema.json")
        let schema = try JSONSerialization.jsonObject(with: Data(contentsOf: schemaURL)) as? [String: Any]
        let checker = try #require(schema.map(MiniSchema.init))
        var documents = [
            try AnalysisDocument(import: report, analysis: ClassAnalysis(network: network)),
            try AnalysisDocument(import: nil, analysis: ClassAnalysis(network: network), pseudonymised: true),
        ]
        for (input, _) in try ReferenceFiles.pairs() {
            documents.append(AnalysisDocument(import: nil, analysis: try ClassAnalysis(network: input.network)))
        }
        for doc in documents {
            let value = try JSONSerialization.jsonObject(with: doc.jsonData())
            #expect(checker.problems(value) == [])
        }
    }

    @Test func pseudonymisedDocumentHasNothingNameDerived() throws {
        let a = try ClassAnalysis(network: network)
        let text = String(
            decoding: try AnalysisDocument(import: report, analysis: a, pseudonymised: true).jsonData(), as: UTF8.self)
        for fragment in ["Kari", "Nordman", "Ola", "Åse", "Ødegård", "HYPERLINK", "Ingrid", "Ølstad", "Per"] {
            #expect(!text.contains(fragment), "\(fragment) leaked")
        }
        #expect(text.contains("\"pupilCode\" : \"E01\""))
        #expect(text.contains("\"pseudonymised\" : true"))
        let csv = PupilsCSV.text(a, pseudonymised: true)
        #expect(!csv.contains("Kari") && !csv.contains("Åse"))
        let summary = Summary.lines(a, language: .nb, pseudonymised: true).joined(separator: "\n")
        #expect(!summary.contains("Ingrid") && summary.contains("E06"))
    }

    @Test func csvIsExcelFriendly() throws {
        let a = try ClassAnalysis(network: network)
        let data = PupilsCSV.render(a)
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = PupilsCSV.text(a)
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines[0].hasPrefix("id;name;code;gender;class;responded;received_q1;given_q1;received_q2;given_q2"))
        #expect(text.contains("\"Ola \"\"OJ\"\" Ås\""))
        #expect(text.contains("\"Åse; Ødegård\""))
        #expect(text.contains("\"'=HYPERLINK(\"\"x\"\")\""))
        #expect(text.contains("\"Per\nLine\""))
        // decimal comma in the Nordic dialect, point in the international one
        let z = try #require(a.pupils[0].zLM)
        #expect(PupilsCSV.text(a, withStatus: true).contains(String(format: "%.3f", z).replacingOccurrences(of: ".", with: ",")))
        #expect(PupilsCSV.text(a, dialect: .international).hasPrefix("id,name,code"))
        // every row has the same number of fields (outside quotes)
        #expect(lines.count == a.pupilCount + 2 && lines.last == "")
    }

    /// `pupils.csv` for the teacher's spreadsheet: words in the teacher's language, and the status
    /// categories only when asked for (`--with-status`); in English the contract's identifiers.
    @Test func csvFollowsTheLanguageAndLeavesStatusOutUnlessAsked() throws {
        let a = try ClassAnalysis(network: network)
        let en = PupilsCSV.text(a).components(separatedBy: "\r\n")
        #expect(en[0] == "id;name;code;gender;class;responded;received_q1;given_q1;received_q2;given_q2;"
            + "mutual_count;mutual;prosocial;prosocial_z;influence;influence_z;betweenness;pageRank;community;flags")
        let status = PupilsCSV.text(a, withStatus: true).components(separatedBy: "\r\n")[0]
        #expect(status.contains(";mutual;lm;ll;zLM;zLL;zSP;zSI;coieDodge;newcombBukowski;acceptance;prosocial;"))
        for language in [Language.nb, .nn] {
            let text = PupilsCSV.text(a, language: language)
            let header = text.components(separatedBy: "\r\n")[0]
            #expect(header.hasPrefix(language == .nb ? "id;navn;kode;kjønn;klasse;svarte;valgt av (q1);valgte selv (q1)" : "id;namn;kode;kjønn;klasse;svarte;vald av (q1);valde sjølv (q1);nemnd av (q2)"), "\(header)")
            for english in ["responded", "received_", "coieDodge", "zLM", "rejected", "neglected", "boy", "girl", ";yes;", ";no;", "isolated", "noMutual"] {
                #expect(!text.contains(english), "\(language): \(english)")
            }
            #expect(text.contains(language == .nb ? ";ja;" : ";ja;") && text.contains(language == .nb ? "ikke valgt av noen" : "ikkje vald av nokon"))
            let withStatus = PupilsCSV.text(a, language: language, withStatus: true)
            #expect(withStatus.contains("status (Coie–Dodge)"))
        }
        // The negative question's columns say "named", not "chosen".
        let negative = try #require(network.questions.firstIndex { $0.kind == .negative })
        #expect(PupilsCSV.text(a, language: .nb).contains("nevnt av (\(network.questions[negative].id))"))
    }

    @Test func summaryListsPupilsWhoNeedAttentionFirst() throws {
        let a = try ClassAnalysis(network: network)
        let nb = Summary.lines(a, language: .nb)
        let heading = try #require(nb.firstIndex(of: "Elever som bør få oppmerksomhet først:"))
        let numbers = try #require(nb.firstIndex(of: "Tall for klassen:"))
        #expect(heading < numbers)
        let attention = nb[heading..<numbers].joined(separator: "\n")
        #expect(attention.contains("Per\nLine: ikke valgt av noen; ingen gjensidige valg"))
        #expect(attention.contains("Ingrid Ølstad") && attention.contains("svarte ikke"))
        #expect(!attention.contains("Kari Nordmann"))
        #expect(nb.last?.hasPrefix("Husk:") == true)
        let en = Summary.lines(a, language: .en)
        #expect(en.contains("Pupils who need attention first:"))
        let noNegative = try ClassAnalysis(network: network.replacingQuestions([
            network.questions[0], network.questions[1].with(kind: .other, source: .userSet),
        ]))
        #expect(Summary.lines(noNegative, language: .en).contains { $0.contains("cannot be determined") })
    }
}

/// A compact checker for the subset of JSON Schema that `docs/analysis.schema.json` uses
/// (type, enum, required, properties, additionalProperties, items, local $ref).
struct MiniSchema {
    let root: [String: Any]
    init(_ root: [String: Any]) { self.root = root }

    func problems(_ value: Any) -> [String] {
        var out: [String] = []
        check(value, root, "$", &out)
        return out
    }

    private func check(_ value: Any, _ raw: [String: Any], _ path: String, _ out: inout [String]) {
        var schema = raw
        if let ref = raw["$ref"] as? String, ref.hasPrefix("#/$defs/"),
            let defs = root["$defs"] as? [String: Any], let target = defs[String(ref.dropFirst(8))] as? [String: Any]
        {
            schema = target
        }
        if let t = schema["type"] {
            let allowed = (t as? [String]) ?? [t as? String ?? ""]
            if !allowed.contains(kind(value)) && !(kind(value) == "integer" && allowed.contains("number")) {
                out.append("\(path): \(kind(value)) not in \(allowed)")
                return
            }
        }
        if let options = schema["enum"] as? [Any], !options.contains(where: { ($0 as? NSObject)?.isEqual(value) ?? false }) {
            out.append("\(path): \(value) not in enum")
        }
        if let object = value as? [String: Any] {
            for key in schema["required"] as? [String] ?? [] where object[key] == nil { out.append("\(path).\(key) missing") }
            let props = schema["properties"] as? [String: Any] ?? [:]
            for (key, child) in object {
                if let sub = props[key] as? [String: Any] {
                    check(child, sub, "\(path).\(key)", &out)
                } else if let extra = schema["additionalProperties"] as? [String: Any] {
                    check(child, extra, "\(path).\(key)", &out)
                } else if schema["additionalProperties"] as? Bool == false {
                    out.append("\(path).\(key) not in schema")
                }
            }
        }
        if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
            for (i, element) in array.enumerated() { check(element, items, "\(path)[\(i)]", &out) }
        }
    }

    private func kind(_ value: Any) -> String {
        if value is NSNull { return "null" }
        if value is String { return "string" }
        if value is [Any] { return "array" }
        if value is [String: Any] { return "object" }
        if let n = value as? NSNumber {
            if value is Bool, String(describing: type(of: value)).contains("Bool") { return "boolean" }
            return n.doubleValue.rounded() == n.doubleValue && !String(describing: n).contains(".") ? "integer" : "number"
        }
        return "unknown"
    }
}
