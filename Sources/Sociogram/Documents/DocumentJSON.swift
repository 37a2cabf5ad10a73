import Foundation

/// The JSON form shared by `grade.json` and `compare.json` (and `analysis.json`'s conventions): UTF-8,
/// keys sorted, two-space indentation, slashes unescaped, a final newline — the same input gives the same
/// bytes.
enum DocumentJSON {
    /// - Throws: `EncodingError` only for a number that is not finite.
    static func data<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        var data = try encoder.encode(value)
        data.append(0x0A)
        return data
    }
}
