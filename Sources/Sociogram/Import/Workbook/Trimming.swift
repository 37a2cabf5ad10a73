extension String {
    /// The text without leading and trailing white space and line breaks (Unicode `White_Space`: spaces,
    /// tabs, line breaks, no-break spaces), as Foundation's `trimmingCharacters(in: .whitespacesAndNewlines)`
    /// gives it, without Foundation: on Linux that call bridges through `NSString` and was a third of a
    /// workbook's import time (`sociogram-bench workbook`, perf).
    ///
    /// - Complexity: O(*n*) in the length; no copy when there is nothing to trim.
    var trimmedWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return self }
        return String(Substring(scalars[first...last]))
    }
}
