/// How many groups a class is split into, and the sizes allowed.
public struct GroupSizes: Sendable, Hashable, Codable {
    /// The number of groups.
    public let groupCount: Int
    /// The smallest and largest group.
    public let minSize: Int
    public let maxSize: Int
    /// Whether every group is within one of the requested size.
    public let withinOne: Bool

    /// Plans groups of about `size` for `pupils` pupils.
    ///
    /// The group count is ⌊pupils/size⌋ or ⌈pupils/size⌉, the sizes as equal as possible (they differ
    /// by at most one). Of the two counts, the one with fewer groups whose size differs from `size`
    /// wins, and on a tie the one with fewer, larger groups: 26 pupils in groups of 4 → 6 groups
    /// (four of 4, two of 5); 23 pupils in groups of 5 → 5 groups (three of 5, two of 4).
    ///
    /// - Throws: ``SuggestError`` when `size` < 2 or larger than the class.
    /// - Complexity: O(1).
    public init(pupils: Int, size: Int) throws(SuggestError) {
        guard pupils > 0 else { throw SuggestError(.noPupilsToGroup) }
        guard size >= 2 else { throw SuggestError(.groupTooSmall(asked: size)) }
        guard size <= pupils else {
            throw SuggestError(.groupLargerThanClass(size: size, pupils: pupils))
        }
        func plan(_ k: Int) -> (k: Int, lo: Int, hi: Int, maxDev: Int, off: Int) {
            let lo = pupils / k, hi = (pupils + k - 1) / k
            let bigger = pupils - lo * k  // groups of size hi when hi > lo
            let off = (lo == size ? 0 : k - bigger) + (hi == size || hi == lo ? 0 : bigger)
            return (k, lo, hi, max(abs(lo - size), abs(hi - size)), off)
        }
        let fewer = plan(max(1, pupils / size))
        let more = plan((pupils + size - 1) / size)
        let chosen: (k: Int, lo: Int, hi: Int, maxDev: Int, off: Int)
        if fewer.maxDev != more.maxDev {
            chosen = fewer.maxDev < more.maxDev ? fewer : more
        } else {
            chosen = more.off < fewer.off ? more : fewer
        }
        groupCount = chosen.k
        minSize = chosen.lo
        maxSize = chosen.hi
        withinOne = chosen.maxDev <= 1
    }

    /// Classes of balanced size for placement: sizes ⌊n/k⌋ and ⌈n/k⌉, or, with `maxSize`, any size up
    /// to `maxSize` and at least as far below the average as `maxSize` is above it.
    ///
    /// - Throws: ``SuggestError`` when `classes` < 1, there are fewer pupils than classes, or
    ///   `maxSize` is too small to hold everyone.
    public init(pupils: Int, classes: Int, maxSize: Int? = nil) throws(SuggestError) {
        guard pupils > 0 else { throw SuggestError(.noPupilsToPlace) }
        guard classes >= 1 else { throw SuggestError(.noClasses(asked: classes)) }
        guard classes <= pupils else {
            throw SuggestError(.moreClassesThanPupils(classes: classes, pupils: pupils))
        }
        let lo = pupils / classes, hi = (pupils + classes - 1) / classes
        groupCount = classes
        if let maxSize {
            guard maxSize >= hi else {
                throw SuggestError(.classesTooSmall(pupils: pupils, classes: classes, maxSize: maxSize))
            }
            self.maxSize = maxSize
            // At least ⌈2 · average − maxSize⌉: as far below the average as maxSize is above it.
            let twice = 2 * pupils - classes * maxSize
            minSize = max(1, twice <= 0 ? 1 : (twice + classes - 1) / classes)
        } else {
            minSize = lo
            self.maxSize = hi
        }
        withinOne = true
    }
}
