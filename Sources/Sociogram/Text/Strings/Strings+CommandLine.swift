/// Messages of the command line (terminal only, never in a shared file).
extension Strings {
    /// `--lang` with a value that is none of the languages.
    public func languageOptionInvalid(_ value: String) -> String { text(.languageOptionInvalid, ["value": value]) }

    /// After an import with warnings.
    public func importWarnings(_ count: Int) -> String {
        text(.importWarnings, ["count": count])
    }
    /// After files were written into a folder.
    public func writtenTo(_ path: String) -> String { text(.writtenTo, ["path": path]) }

    /// `--pupil`/`--focus` named nobody, or several pupils; offers the closest names (codes when pseudonymised).
    public func pupilNotFound(_ error: PupilLookupError) -> String {
        if error.ambiguous {
            return text(.pupilNotFound, ["written": error.written])
                + error.closest.joined(separator: "; ") + "."
        }
        let offer = error.closest.isEmpty ? "" : text(.pupilNotFound2) + error.closest.joined(separator: ", ") + "."
        return text(.pupilNotFound3, ["written": error.written]) + offer
            + text(.pupilNotFound4)
    }

    /// After the report was written.
    public func reportWritten(_ path: String, size: String) -> String {
        text(.reportWritten, ["path": path, "size": size])
    }

    /// Reminder after writing a report with names or initials.
    public var reportContainsNames: String {
        text(.reportContainsNames)
    }

    /// After writing the code key.
    public func keyWritten(_ path: String) -> String {
        text(.keyWritten, ["path": path])
    }
}

/// The command line's own messages: the `sociogram: error:` and `sociogram: note:` lines, the progress
/// bar, and the options it checks itself (`--size must be at least 2`). The option names stay as
/// they are typed; ArgumentParser's `--help` texts are English by design.
extension Strings {
    /// `sociogram: error: …` on standard error.
    public func cliError(_ message: String) -> String { text(.cliError, ["message": message]) }

    /// `sociogram: note: …` on standard error.
    public func cliNote(_ message: String) -> String { text(.cliNote, ["message": message]) }

    /// A diagram that could not be drawn (exit code 3).
    public func cliCouldNotDraw(_ message: String) -> String { text(.cliCouldNotDraw, ["message": message]) }

    /// `3/10 files, 1 failed` in `batch`'s progress bar.
    public func cliProgress(done: Int, total: Int, files: Bool, failed: Int) -> String {
        text(.cliProgress, ["done": done, "total": total, "files": files, "failed": failed])
    }

    /// `groups` on a grade: the groups mix classes.
    public func cliGroupsMixClasses(_ classes: [String]) -> String {
        text(.cliGroupsMixClasses, ["count": classes.count, "classes": classes.joined(separator: ", ")])
    }

    /// An `--apart`/`--together` pair left out because one of the two is `--absent`.
    public func cliPairIgnoredAbsent(option: String, _ a: String, _ b: String, absent: String) -> String {
        text(.cliPairIgnoredAbsent, ["option": option, "a": a, "b": b, "absent": absent])
    }

    public func cliAlphaInvalid(_ value: String) -> String { text(.cliAlphaInvalid, ["value": value]) }
    public var cliKeyOnlyWithCodes: String { text(.cliKeyOnlyWithCodes) }
    public var cliKeyInsideOut: String { text(.cliKeyInsideOut) }
    public var cliKeySameAsDiagram: String { text(.cliKeySameAsDiagram) }
    public var cliKeySameAsReport: String { text(.cliKeySameAsReport) }
    public var cliBeforeAndEarlier: String { text(.cliBeforeAndEarlier) }
    public var cliMeasureFromNeedsEarlier: String { text(.cliMeasureFromNeedsEarlier) }
    public func cliFollowTooFewSurveys(_ count: Int) -> String { text(.cliFollowTooFewSurveys, ["count": count]) }
    public var cliNegativeNoQuestion: String { text(.cliNegativeNoQuestion) }
    public var cliDpiRange: String { text(.cliDpiRange) }

    /// `--size must be at least 2`.
    public func cliAtLeast(_ option: String, _ minimum: Int) -> String { text(.cliAtLeast, ["option": option, "min": minimum]) }

    public func cliJobsInvalid(_ value: Int) -> String { text(.cliJobsInvalid, ["value": value]) }
    public var cliClassTimeoutRange: String { text(.cliClassTimeoutRange) }
    public var cliCurvedAndFast: String { text(.cliCurvedAndFast) }
    public func cliOutInsideInput(_ path: String) -> String { text(.cliOutInsideInput, ["path": path]) }
    public func cliEarlierIsInputOrOutput(_ path: String) -> String { text(.cliEarlierIsInputOrOutput, ["path": path]) }
    public func cliBatchDiagramInvalid(_ value: String) -> String { text(.cliBatchDiagramInvalid, ["value": value]) }
    public var cliTimeLimitInvalid: String { text(.cliTimeLimitInvalid) }

    /// `-o` (or `-o/--diagram`) with an extension that is not a diagram format.
    public func cliDiagramExtension(option: String, _ value: String) -> String {
        text(.cliDiagramExtension, ["option": option, "value": value])
    }

    public func cliFocusWithLayout(_ layout: String) -> String { text(.cliFocusWithLayout, ["layout": layout]) }
    public func cliDateInvalid(_ value: String) -> String { text(.cliDateInvalid, ["value": value]) }
    public var cliRotationsRange: String { text(.cliRotationsRange) }
    /// `report` given seating rules (`--apart`, `--fixed`, …) without `--seating ROOM`.
    public func cliSeatingOptionsNeedRoom(_ options: String) -> String { text(.cliSeatingOptionsNeedRoom, ["options": options]) }
    public func cliFixedSyntax(_ value: String) -> String { text(.cliFixedSyntax, ["value": value]) }
    public func cliFixedNoSeat(_ value: String, seat: String) -> String { text(.cliFixedNoSeat, ["value": value, "seat": seat]) }
    public func cliRoomUnreadable(_ room: String) -> String { text(.cliRoomUnreadable, ["room": room]) }

    /// `--apart A,B` written without a comma.
    public func cliPairNeedsComma(option: String, _ value: String) -> String {
        text(.cliPairNeedsComma, ["option": option, "value": value])
    }

    /// `--apart A,B` naming one pupil twice.
    public func cliPairSamePupil(option: String, _ value: String, pupil: String) -> String {
        text(.cliPairSamePupil, ["option": option, "value": value, "pupil": pupil])
    }

    /// `--apart A,B` that splits into more than one pair of pupils.
    public func cliPairAmbiguous(option: String, _ value: String) -> String {
        text(.cliPairAmbiguous, ["option": option, "value": value])
    }

    /// `--apart A,B` where neither split names two pupils.
    public func cliPairUnknown(option: String, _ value: String) -> String {
        text(.cliPairUnknown, ["option": option, "value": value])
    }
}
