import Testing
@testable import Sociogram

/// `--pupil` / `--focus`: names matched like survey names, strictly; helpful failures.
@Suite struct ReportPupilLookupTests {
    let network = RenderFixtures.smallClass(names: [
        "Kari Nordmann", "Kari Berg", "Ola Hansen", "Åse Lien", "André Moe", "Per Olsen", "Sara Berg",
    ])

    @Test func exactNormalisedFirstNameIdAndCode() throws {
        #expect(try network.pupil(matching: "Ola Hansen") == 2)
        #expect(try network.pupil(matching: "  ola   HANSEN ") == 2)
        #expect(try network.pupil(matching: "Andre Moe") == 4)  // accents ignored
        #expect(try network.pupil(matching: "Åse") == 3)  // unique first name
        #expect(try network.pupil(matching: "Kari N.") == 0)  // first name and surname initial
        #expect(try network.pupil(matching: "p6") == 5)  // id
        #expect(try network.pupil(matching: "E07") == 6)  // code
    }

    @Test func sharedFirstNameIsAmbiguousAndListsTheCandidates() {
        do {
            _ = try network.pupil(matching: "Kari", language: .en)
            Issue.record("matched an ambiguous first name")
        } catch {
            #expect(error.kind == .ambiguous)
            #expect(error.suggestions == [1, 0])  // Kari Berg before Kari Nordmann
            #expect(error.message.contains("Kari Berg, Kari Nordmann"))
        }
    }

    @Test func aTypoIsNotTakenOnTrustButOffered() {
        do {
            _ = try network.pupil(matching: "Ola Hanssen", language: .nb)
            Issue.record("a close spelling was accepted")
        } catch {
            #expect(error.kind == .notFound)
            #expect(error.suggestions.first == 2)
            #expect(error.message.hasPrefix("Ingen elev heter «Ola Hanssen». Nærmest: Ola Hansen"))
        }
    }

    @Test func pseudonymisedSuggestionsAreCodes() {
        do {
            _ = try network.pupil(matching: "Ola Hanssen", pseudonymised: true)
            Issue.record("a close spelling was accepted")
        } catch {
            #expect(error.message.contains("E03") && !error.message.contains("Ola Hansen"))
        }
    }
}
