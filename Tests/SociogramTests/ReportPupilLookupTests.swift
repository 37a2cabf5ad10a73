import Testing
@testable import Sociogram

/// `report --pupil`: the pupil is found like a survey name, strictly; failures offer the closest names
/// in the report's language (codes in a pseudonymised run).
@Suite struct ReportPupilLookupTests {
    let network = RenderFixtures.smallClass(names: [
        "Kari Nordmann", "Kari Berg", "Ola Hansen", "Åse Lien", "André Moe", "Per Olsen", "Sara Berg",
    ])

    @Test func exactNormalisedFirstNameIdAndCode() throws {
        #expect(try network.pupilIndex(matching: "Ola Hansen") == 2)
        #expect(try network.pupilIndex(matching: "  ola   HANSEN ") == 2)
        #expect(try network.pupilIndex(matching: "Andre Moe") == 4)  // accents ignored
        #expect(try network.pupilIndex(matching: "Åse") == 3)  // unique first name
        #expect(try network.pupilIndex(matching: "p6") == 5)  // id
        #expect(try network.pupilIndex(matching: "E07") == 6)  // code
    }

    @Test func sharedFirstNameIsAmbiguousAndNamedInTheLanguage() {
        do {
            _ = try network.pupilIndex(matching: "Kari")
            Issue.record("matched an ambiguous first name")
        } catch {
            #expect(error.ambiguous)
            #expect(error.closest.count == 2)
            #expect(error.closest.contains { $0.hasPrefix("Kari Berg, id p2") })
            #expect(error.closest.contains { $0.hasPrefix("Kari Nordmann, id p1") })
            #expect(Strings(.nb).pupilNotFound(error).hasPrefix("«Kari» passer på flere elever; skriv id-en eller koden"))
            #expect(Strings(.en).pupilNotFound(error).hasPrefix("“Kari” fits several pupils; write the id or code"))
        }
    }

    @Test func aTypoIsNotTakenOnTrustButOffered() {
        do {
            _ = try network.pupilIndex(matching: "Ola Hanssen")
            Issue.record("a close spelling was accepted")
        } catch {
            #expect(!error.ambiguous)
            #expect(error.closest.first == "Ola Hansen")
            #expect(Strings(.nb).pupilNotFound(error).hasPrefix("Ingen elev heter «Ola Hanssen». Nærmest: Ola Hansen"))
        }
    }

    @Test func pseudonymisedSuggestionsAreCodes() {
        do {
            _ = try network.pupilIndex(matching: "Ola Hanssen", pseudonymised: true)
            Issue.record("a close spelling was accepted")
        } catch {
            #expect(error.closest.first == "E03" && !Strings(.en).pupilNotFound(error).contains("Ola Hansen"))
        }
    }
}
