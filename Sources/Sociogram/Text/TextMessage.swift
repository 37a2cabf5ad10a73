/// One text of the catalogue, parsed once: literal runs, named placeholders (`{pupil}`), plurals
/// (`{count, plural, one {# elev} other {# elever}}`) and selections
/// (`{clear, select, true {tydelig} other {svak}}`) — the subset of ICU MessageFormat that the texts
/// need, so that translators and tools that know ICU (Weblate, Crowdin, POEditor) read them as they are.
///
/// Quoting follows ICU: an apostrophe before `{`, `}`, `#` or another apostrophe starts a quoted
/// run up to the next apostrophe (`'{'` is a literal brace, `''` an apostrophe); any other apostrophe
/// is itself (`pupil's`).
struct TextMessage: Sendable, Hashable {
    indirect enum Part: Sendable, Hashable {
        case literal(String)
        case value(String)
        /// `#` inside a plural branch: the number being counted.
        case number
        case plural(String, exact: [Int: [Part]], one: [Part]?, other: [Part])
        case select(String, cases: [String: [Part]], other: [Part])
    }

    let parts: [Part]

    /// The names of the message's placeholders, plural and selection arguments included.
    var argumentNames: Set<String> { Self.names(parts) }

    /// Parses `text`.
    ///
    /// - Throws: ``TextMessageError`` with the offset of the first character it cannot read.
    /// - Complexity: O(*n*) for a text of *n* characters.
    init(parsing text: String) throws(TextMessageError) {
        var reader = Reader(Array(text.unicodeScalars))
        parts = try reader.parts(inPlural: false)
        if !reader.atEnd { throw TextMessageError(offset: reader.index, problem: "an unmatched '}'") }
    }

    /// The text with its arguments filled in. A missing argument is left as `{name}`, visible, never blank.
    func format(_ arguments: [String: any Sendable]) -> String {
        var out = ""
        Self.append(parts, arguments, number: nil, to: &out)
        return out
    }

    private static func append(_ parts: [Part], _ args: [String: any Sendable], number: Int?, to out: inout String) {
        for part in parts {
            switch part {
            case .literal(let s): out += s
            case .number: out += number.map(String.init) ?? "#"
            case .value(let name):
                if let v = args[name] { out += String(describing: v) } else { out += "{\(name)}" }
            case .plural(let name, let exact, let one, let other):
                guard let n = args[name] as? Int else {
                    out += "{\(name)}"
                    continue
                }
                let branch = exact[n] ?? (n == 1 ? one : nil) ?? other
                append(branch, args, number: n, to: &out)
            case .select(let name, let cases, let other):
                let key = args[name].map { String(describing: $0) } ?? ""
                append(cases[key] ?? other, args, number: number, to: &out)
            }
        }
    }

    private static func names(_ parts: [Part]) -> Set<String> {
        var result = Set<String>()
        for part in parts {
            switch part {
            case .literal, .number: break
            case .value(let name): result.insert(name)
            case .plural(let name, let exact, let one, let other):
                result.insert(name)
                for branch in Array(exact.values) + [one ?? [], other] { result.formUnion(names(branch)) }
            case .select(let name, let cases, let other):
                result.insert(name)
                for branch in Array(cases.values) + [other] { result.formUnion(names(branch)) }
            }
        }
        return result
    }

    /// A hand-written reader: the grammar is a dozen lines, smaller than any dependency for it.
    /// Reads Unicode scalars, not characters: the syntax is ASCII, and no grapheme breaking is needed
    /// to find it (the catalogue's texts are read at start-up, so this is on every command's path).
    private struct Reader {
        let chars: [Unicode.Scalar]
        var index = 0
        init(_ chars: [Unicode.Scalar]) { self.chars = chars }
        var atEnd: Bool { index >= chars.count }

        mutating func parts(inPlural: Bool) throws(TextMessageError) -> [Part] {
            var result: [Part] = []
            var literal = String.UnicodeScalarView()
            func flush() {
                if !literal.isEmpty { result.append(.literal(String(literal))) }
                literal = String.UnicodeScalarView()
            }
            while index < chars.count {
                let c = chars[index]
                if c == "}" { break }
                if c == "'" {
                    let next = index + 1 < chars.count ? chars[index + 1] : nil
                    if next == "'" {
                        literal.append("'")
                        index += 2
                    } else if let next, next == "{" || next == "}" || next == "#" {
                        index += 1
                        while index < chars.count, chars[index] != "'" {
                            literal.append(chars[index])
                            index += 1
                        }
                        index += 1
                    } else {
                        literal.append(c)
                        index += 1
                    }
                } else if c == "#" && inPlural {
                    flush()
                    result.append(.number)
                    index += 1
                } else if c == "{" {
                    flush()
                    result.append(try argument())
                } else {
                    literal.append(c)
                    index += 1
                }
            }
            flush()
            return result
        }

        mutating func argument() throws(TextMessageError) -> Part {
            index += 1  // {
            let name = word()
            guard !name.isEmpty else { throw TextMessageError(offset: index, problem: "a placeholder without a name") }
            skipSpaces()
            if peek("}") {
                index += 1
                return .value(name)
            }
            guard peek(",") else { throw TextMessageError(offset: index, problem: "',' or '}' after {\(name)") }
            index += 1
            skipSpaces()
            let kind = word()
            skipSpaces()
            guard peek(",") else { throw TextMessageError(offset: index, problem: "',' after {\(name), \(kind)") }
            index += 1
            var branches: [(String, [Part])] = []
            while true {
                skipSpaces()
                if peek("}") {
                    index += 1
                    break
                }
                let selector = word()
                guard !selector.isEmpty else { throw TextMessageError(offset: index, problem: "a branch name in {\(name)}") }
                skipSpaces()
                guard peek("{") else { throw TextMessageError(offset: index, problem: "'{' after \(selector)") }
                index += 1
                let body = try parts(inPlural: kind == "plural")
                guard peek("}") else { throw TextMessageError(offset: index, problem: "'}' closing \(selector)") }
                index += 1
                branches.append((selector, body))
            }
            guard let other = branches.first(where: { $0.0 == "other" })?.1 else {
                throw TextMessageError(offset: index, problem: "an 'other' branch in {\(name), \(kind)}")
            }
            switch kind {
            case "plural":
                var exact: [Int: [Part]] = [:]
                for (selector, body) in branches where selector.hasPrefix("=") {
                    guard let n = Int(selector.dropFirst()) else {
                        throw TextMessageError(offset: index, problem: "a number after '=' in {\(name)}")
                    }
                    exact[n] = body
                }
                return .plural(name, exact: exact, one: branches.first { $0.0 == "one" }?.1, other: other)
            case "select":
                return .select(name, cases: Dictionary(branches, uniquingKeysWith: { a, _ in a }), other: other)
            default:
                throw TextMessageError(offset: index, problem: "'plural' or 'select', not '\(kind)'")
            }
        }

        mutating func word() -> String {
            var s = String.UnicodeScalarView()
            while index < chars.count {
                let c = chars[index]
                guard c.properties.isAlphabetic || c.properties.numericType != nil || c == "_" || c == "=" else { break }
                s.append(c)
                index += 1
            }
            return String(s)
        }
        mutating func skipSpaces() { while index < chars.count, chars[index].properties.isWhitespace { index += 1 } }
        func peek(_ c: Unicode.Scalar) -> Bool { index < chars.count && chars[index] == c }
    }
}

/// A catalogue text that does not follow the message syntax (found by the catalogue's tests).
struct TextMessageError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The character offset where reading stopped.
    let offset: Int
    /// What was expected there.
    let problem: String
    var description: String { "expected \(problem) at character \(offset + 1)" }
}
