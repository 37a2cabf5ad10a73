import Testing

@testable import Sociogram

/// Errors carry data and are worded from the catalogue in the language asked for (issues 12 and 14):
/// every reason has a text in every language, English keeps its wording, nynorsk is nynorsk.
@Suite struct ErrorMessageTests {
    static let suggestReasons: [SuggestError.Reason] = [
        .noPupilsToGroup, .groupTooSmall(asked: 1), .groupLargerThanClass(size: 30, pupils: 26),
        .groupLargerThanClass(size: 2, pupils: 1), .noPupilsToPlace, .noClasses(asked: 0),
        .moreClassesThanPupils(classes: 5, pupils: 3), .classesTooSmall(pupils: 60, classes: 1, maxSize: 25),
        .groupSizesImpossible(min: 5, max: 4, groups: 3), .cannotSplit(pupils: 10, groups: 3, min: 4, max: 5),
        .genderListLength(entries: 3, pupils: 4), .badTie(from: 1, to: 9), .badPair(1, 1), .badLeader(7),
        .togetherAndApart("Kari", "Ola"), .togetherTooLarge(["Kari", "Ola", "Per"], maxSize: 2),
        .togetherLeavesNoGrouping(min: 3, max: 4), .noPositiveQuestionForPlacement, .noPositiveQuestionForGroups,
        .pupilNotIn(number: 40, grade: true), .pupilNotIn(number: 40, grade: false), .supportGroupTooSmall(asked: 1),
        .noSupporters(asked: 0), .noRounds(asked: 0), .noPupilsToSeat, .noRotations,
        .roomTooSmall(room: "pairs:2x2", seats: 8, pupils: 26), .sameFixedSeat("Kari", "Ola", seat: "A1"),
    ]

    static var messages: [(String, Language, String)] {
        var all: [(String, Language, String)] = []
        let render: [RenderError] = [
            .syntax(detail: "syntax error in line 1"), .layoutFailed(engine: "neato", detail: ""),
            .renderFailed(format: "png", detail: "x"), .unsupportedFormat("gif"),
            .invalidInput(.pupilNotInClass(number: 30, pupils: 26)), .invalidInput(.tieNotInComparison(number: 3)),
            .invalidInput(.groupNamesUnknownPupil(group: 1, number: 30)), .invalidInput(.pupilInTwoGroups(number: 2)),
            .invalidInput(.leaderNotInGroup(group: 2)), .invalidInput(.supportersNotOthers),
            .workerFailed(.timedOut(seconds: 30)), .workerFailed(.crashed(exitCode: nil, signal: 11)),
            .workerFailed(.notExecutable(path: "/x")), .workerFailed(.shutDown), .workerFailed(.cancelled),
        ]
        let output: [OutputError.Reason] = [
            .isAFile, .folderNotEmpty(files: 1), .folderNotEmpty(files: 3), .cannotCreateFolder(detail: "denied"),
            .unsafeName, .folderMissing("/nowhere"), .wouldOverwriteInput, .cannotCreateFile(detail: "denied"),
            .cannotWrite(detail: "disk full"), .cannotEncode(detail: "nan"),
        ]
        let room: [RoomError] = [
            RoomError(.badPreset("bogus")), RoomError(.badCell("*"), file: "rom.txt", line: 3, column: 2),
            RoomError(.noBoard, file: "rom.txt", line: 1), RoomError(.boardInMiddle), RoomError(.noSeats),
            RoomError(.tooLarge(maxSeats: 500)),
        ]
        let question = Question(id: "q1", text: "Hvem?", kind: .positive, kindSource: .userSet)
        for language in Language.allCases {
            for r in suggestReasons { all.append(("\(r)", language, SuggestError(r).message(language))) }
            for e in render { all.append(("\(e)", language, e.message(language))) }
            for r in output { all.append(("\(r)", language, OutputError(r, path: "out").message(language))) }
            for e in room { all.append(("\(e.reason)", language, e.message(language))) }
            all.append(("unknownQuestion", language, AnalysisError(.unknownQuestion(option: "--lm", written: "x", questions: [question])).message(language)))
            all.append(("ambiguousQuestion", language, AnalysisError(.ambiguousQuestion(option: "--lm", written: "x", ids: ["q1", "q2"])).message(language)))
            all.append(("compare", language, CompareError(written: "Kari", codes: []).message(language)))
            all.append(("compare2", language, CompareError(written: "Kari", codes: ["E01", "E02"]).message(language)))
        }
        return all
    }

    @Test func everyErrorIsWordedInEveryLanguage() {
        for (what, language, text) in Self.messages {
            #expect(!text.isEmpty, "\(what) \(language)")
            #expect(!text.contains("{") || text.contains("'{'"), "\(what) \(language): \(text)")
        }
    }

    @Test func nynorskErrorsAreNynorsk() throws {
        let bokmål: Set<String> = ["ikke", "hvem", "bare", "fra", "være", "elever", "noen", "noe", "ble", "navn", "navnet", "finnes", "mer"]
        for (what, language, text) in Self.messages where language == .nn {
            let words = Set(text.replacing(try Regex("«[^»]*»"), with: " ").lowercased().split { !$0.isLetter }.map(String.init))
            #expect(words.isDisjoint(with: bokmål), "\(what): \(text)")
        }
    }

    /// The English texts are the ones the code had before the catalogue (outputs unchanged).
    @Test func englishWordingIsKept() {
        #expect(SuggestError(.groupLargerThanClass(size: 30, pupils: 26)).description
            == "Groups of 30 are not possible: only 26 pupils are present.")
        #expect(SuggestError(.togetherAndApart("Kari", "Ola")).description
            == "Kari and Ola are asked to be both together and apart. Remove one of the two requests.")
        #expect(SuggestError(.pupilNotIn(number: 40, grade: true)).description == "Pupil number 40 is not in the grade.")
        #expect(RoomError(.badCell("*"), file: "rom.txt", line: 3, column: 2).description
            == "rom.txt, line 3, column 2: «*» is not a seat (1 or a table letter) nor a walkway (empty or .).")
        #expect(OutputError(.wouldOverwriteInput, path: "a.csv").description
            == "a.csv: this is one of the input files; it is never overwritten")
        #expect(RenderError.syntax(detail: " bad ").description
            == "The diagram could not be drawn: Graphviz did not accept the diagram description. "
            + "This is a fault in Sociogram, not in your data; please report it. (Graphviz: bad)")
        #expect(RenderError.invalidInput(.pupilNotInClass(number: 30, pupils: 26)).description
            == "The diagram could not be drawn: pupil number 30 is not in the class (26 pupils).")
        #expect(SuggestError(.noRotations).kind == .badOption)
        #expect(OutputError(.cannotWrite(detail: "x"), path: "p").isUsageProblem == false)
    }

    @Test func errorsInBokmålAndNynorsk() {
        let e = SuggestError(.groupLargerThanClass(size: 30, pupils: 26))
        #expect(e.message(.nb) == "Grupper på 30 er ikke mulig: bare 26 elever er til stede.")
        #expect(e.message(.nn) == "Grupper på 30 er ikkje mogleg: berre 26 elevar er til stades.")
        #expect(SuggestError(.groupLargerThanClass(size: 2, pupils: 1)).message(.en)
            == "Groups of 2 are not possible: only 1 pupil is present.")
        #expect(RoomError(.noSeats, file: "rom.txt").message(.nn) == "rom.txt: Rommet har ingen plassar.")
        #expect(OutputError(.folderNotEmpty(files: 2), path: "ut").message(.nb).hasPrefix("ut: mappen har allerede 2 filer i seg"))
    }
}
