import Foundation

/// A small JSON Schema (draft 2020-12 subset) validator for the tests: `type`, `required`,
/// `properties`, `additionalProperties`, `items`, `enum`, `minimum`, `maximum` and local `$ref`s
/// (`#/$defs/Name`). Enough to hold `analysis.json` to the schema documented in `docs/`.
struct JSONSchemaValidator {
    let root: [String: Any]

    init(schemaFile: URL) throws {
        let data = try Data(contentsOf: schemaFile)
        guard let obj = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw NSError(domain: "schema", code: 1, userInfo: [NSLocalizedDescriptionKey: "schema is not an object"])
        }
        root = obj
    }

    /// Every violation, as `path: problem`.
    func violations(of document: Data) throws -> [String] {
        let value = try JSONSerialization.jsonObject(with: document, options: [.fragmentsAllowed])
        var problems: [String] = []
        check(value, against: root, at: "$", into: &problems)
        return problems
    }

    private func resolve(_ schema: [String: Any]) -> [String: Any] {
        guard let ref = schema["$ref"] as? String, ref.hasPrefix("#/") else { return schema }
        var node: Any = root
        for part in ref.dropFirst(2).split(separator: "/") {
            guard let dict = node as? [String: Any], let next = dict[String(part)] else { return [:] }
            node = next
        }
        return node as? [String: Any] ?? [:]
    }

    private func typeName(_ value: Any) -> String {
        if value is NSNull { return "null" }
        if let n = value as? NSNumber {
            if String(describing: type(of: value)).contains("Boolean") { return "boolean" }
            return n.doubleValue == n.doubleValue.rounded() && abs(n.doubleValue) < 1e15 ? "integer" : "number"
        }
        if value is String { return "string" }
        if value is [Any] { return "array" }
        if value is [String: Any] { return "object" }
        return "unknown"
    }

    private func check(_ value: Any, against raw: [String: Any], at path: String, into problems: inout [String]) {
        let schema = resolve(raw)
        if let t = schema["type"] {
            let allowed = (t as? [String]) ?? [(t as? String) ?? ""]
            let actual = typeName(value)
            let ok = allowed.contains(actual) || (actual == "integer" && allowed.contains("number"))
            if !ok {
                problems.append("\(path): expected \(allowed.joined(separator: "|")), got \(actual)")
                return
            }
        }
        if let options = schema["enum"] as? [Any] {
            let matches = options.contains { ($0 as? NSObject)?.isEqual(value) ?? false }
            if !matches { problems.append("\(path): \(value) not in enum") }
        }
        if let n = value as? NSNumber, typeName(value) != "boolean" {
            if let min = schema["minimum"] as? Double, n.doubleValue < min { problems.append("\(path): below minimum") }
            if let max = schema["maximum"] as? Double, n.doubleValue > max { problems.append("\(path): above maximum") }
        }
        if let object = value as? [String: Any] {
            for key in schema["required"] as? [String] ?? [] where object[key] == nil {
                problems.append("\(path): missing required \"\(key)\"")
            }
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for (key, child) in object {
                if let sub = properties[key] as? [String: Any] {
                    check(child, against: sub, at: "\(path).\(key)", into: &problems)
                } else if let extra = schema["additionalProperties"] {
                    if let allowed = extra as? Bool, !allowed {
                        problems.append("\(path): unexpected property \"\(key)\"")
                    } else if let sub = extra as? [String: Any] {
                        check(child, against: sub, at: "\(path).\(key)", into: &problems)
                    }
                }
            }
        }
        if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
            for (i, element) in array.enumerated() {
                check(element, against: items, at: "\(path)[\(i)]", into: &problems)
            }
        }
    }
}
