import ArgumentParser
import Foundation
import Sociogram

/// The rules of a seating plan, shared by `seating` and `report --seating`: rotations, pairs apart,
/// fixed seats, gender mix and how long the search runs. The seed is the command's own `--seed`.
struct SeatingRuleOptions: ParsableArguments {
    @Option(name: .long, help: "How many plans in a row, with as few repeated desk-mates as possible.")
    var rotations: Int = 1
    @Option(name: .long, help: ArgumentHelp("Never seat these two as neighbours: \"Kari Nordmann,Ola Hansen\" (repeat for more).", valueName: "A,B"))
    var apart: [String] = []
    @Option(name: .long, help: ArgumentHelp("Seat these two beside each other (same table or next seat): \"Kari Nordmann,Ola Hansen\" (repeat for more).", valueName: "A,B"))
    var together: [String] = []
    @Flag(name: .customLong("negative-apart"), help: "Also keep apart every pair where one named the other in a negative question.")
    var negativeApart = false
    @Option(name: .long, help: ArgumentHelp("A fixed seat: \"Kari=A3\" (row letter, seat in the row) or \"Ola=front\" (repeat for more).", valueName: "NAME=SEAT"))
    var fixed: [String] = []
    @Flag(name: .customLong("mix-gender"), help: "Mix girls and boys at each table.")
    var mixGender = false
    @Option(name: .long, help: "Swaps tried per start of the search.")
    var iterations: Int = 30_000

    func validate() throws {
        guard rotations >= 1, rotations <= 20 else { throw ValidationError(Terminal.strings.cliRotationsRange) }
        guard iterations >= 1 else { throw ValidationError(Terminal.strings.cliAtLeast("--iterations", 1)) }
    }

    /// The options given that differ from their defaults (for `report`, where they need `--seating`).
    var given: [String] {
        var given: [String] = []
        if rotations != 1 { given.append("--rotations") }
        if !apart.isEmpty { given.append("--apart") }
        if !together.isEmpty { given.append("--together") }
        if negativeApart { given.append("--negative-apart") }
        if !fixed.isEmpty { given.append("--fixed") }
        if mixGender { given.append("--mix-gender") }
        if iterations != 30_000 { given.append("--iterations") }
        return given
    }

    /// The request with every name resolved (exit 2 naming the option for an unknown pupil or seat).
    func request(names: PupilNames, room: Room, seed: UInt64) throws -> SeatingRequest {
        func pairs(_ texts: [String], option: String) throws -> [GroupingProblem.Pair] {
            var pairs: [GroupingProblem.Pair] = []
            for text in texts {
                let pair = try names.pair(text, option: option)
                if !pairs.contains(pair) { pairs.append(pair) }
            }
            return pairs
        }
        var fixedSeats: [Int: SeatingProblem.Fixed] = [:]
        for text in fixed {
            guard let eq = text.lastIndex(of: "=") else { throw UsageError(names.strings.cliFixedSyntax(text)) }
            let who = try names.one(String(text[..<eq]).trimmingCharacters(in: .whitespaces), option: "--fixed")
            let place = String(text[text.index(after: eq)...]).trimmingCharacters(in: .whitespaces)
            guard let fixedPlace = room.fixedPlace(named: place) else {
                throw UsageError(names.strings.cliFixedNoSeat(text, seat: place))
            }
            fixedSeats[who] = fixedPlace
        }
        return SeatingRequest(
            rotations: rotations, apart: try pairs(apart, option: "--apart"), negativeApart: negativeApart, fixed: fixedSeats,
            mixGender: mixGender, search: SeatingSearch(seed: seed, iterations: iterations),
            together: try pairs(together, option: "--together"))
    }

    /// The preset, or the room file when a file of that name exists (exit 2 with line and column for a bad one).
    static func loadRoom(_ room: String, option: String, strings: Strings) throws -> Room {
        do {
            if FileManager.default.fileExists(atPath: room) {
                guard let data = FileManager.default.contents(atPath: room) else {
                    throw UsageError(strings.cliRoomUnreadable(room))
                }
                return try Room.parse(String(decoding: data, as: UTF8.self), file: room)
            }
            return try Room.preset(room)
        } catch let error as RoomError {
            throw UsageError(option + ": " + error.message(strings.language))
        }
    }
}
