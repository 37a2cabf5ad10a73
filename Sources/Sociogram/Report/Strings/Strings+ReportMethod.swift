/// The HTML report: method notes, the caveat, the privacy note and the footer.
extension Strings {
    var feedHeading: String { t("Hvilke spørsmål ga hvilke tall", "Which question fed which number") }
    var columnNumber: String { t("Tall", "Number") }
    var columnQuestion: String { t("Spørsmål", "Question") }
    var noQuestion: String { t("ingen i denne undersøkelsen", "none in this survey") }
    var feedPositive: String {
        t(
            "Sosiogrammet, målskiva, gjensidige valg, hvem som ikke er valgt, subgrupper og grupper",
            "The sociogram, the target sociogram, mutual choices, who is not chosen, subgroups and groups")
    }
    var feedLM: String { t("Hvor mange som liker eleven (LM, «liked most»)", "How many like the pupil (LM, “liked most”)") }
    var feedLL: String { t("Negative valg (LL, «liked least»)", "Negative choices (LL, “liked least”)") }
    var feedProsocial: String { t("Nevnt som hjelpsom (prososial)", "Named as helpful (prosocial)") }
    var feedInfluence: String { t("Nevnt som en som bestemmer (innflytelse)", "Named as someone who decides (influence)") }
    var feedOther: String { t("Ikke brukt", "Not used") }
    var methodMutualHeading: String { t("Gjensidige valg", "Mutual choices") }
    var methodMutual: String {
        t(
            "To elever har et gjensidig valg når de har valgt hverandre i det samme positive spørsmålet. Å velge hverandre i to forskjellige spørsmål regnes ikke som gjensidig. Elever som ikke svarte, kan ikke gjengjelde valg og blir derfor aldri beskrevet som uten gjensidige valg.",
            "Two pupils have a mutual choice when they chose each other in the same positive question. Choosing each other in two different questions does not count as mutual. Pupils who did not answer cannot return a choice and are therefore never described as having no mutual choice.")
    }
    var methodNumbersHeading: String { t("Standardverdier og signifikansnivå", "Standard scores and significance level") }
    func methodStandardisation(alpha: String) -> String {
        t(
            "Antall valg gjøres om til standardverdier (z) innen klassen: z = (antall − gjennomsnittet) / standardavviket, der standardavviket er utvalgsstandardavviket (nevner n − 1). Har alle samme antall, settes z til 0. Sannsynlighetsmetoden bruker ensidig test med signifikansnivå α = \(alpha).",
            "Counts of choices are turned into standard scores (z) within the class: z = (count − mean) / standard deviation, where the standard deviation is the sample standard deviation (denominator n − 1). When everyone has the same count, z is set to 0. The probability method uses a one-tailed test at significance level α = \(alpha).")
    }
    var methodCoieDodge: String {
        t(
            "Coie, Dodge og Coppotelli (1982) teller for hver elev hvor mange som valgte eleven i LM-spørsmålet og i LL-spørsmålet, og gjør tallene om til z-verdier (zLM, zLL). Sosial preferanse SP = zLM − zLL og sosial innvirkning SI = zLM + zLL standardiseres på nytt. Populær: zSP > 1, zLM > 0 og zLL < 0. Avvist: zSP < −1, zLL > 0 og zLM < 0. Oversett: zSI < −1, zLM < 0 og zLL < 0. Kontroversiell: zSI > 1, zLM > 0 og zLL > 0. Gjennomsnittlig: −0,5 < zSP < 0,5. Alle andre er uklassifisert. Kategoriene står i lærerens egen analyse (analysis.json og pupils.csv); denne rapporten beskriver elevene med ord i stedet.",
            "Coie, Dodge and Coppotelli (1982) count for each pupil how many chose them in the LM question and in the LL question, and turn the counts into z-scores (zLM, zLL). Social preference SP = zLM − zLL and social impact SI = zLM + zLL are standardised again. Popular: zSP > 1, zLM > 0 and zLL < 0. Rejected: zSP < −1, zLL > 0 and zLM < 0. Neglected: zSI < −1, zLM < 0 and zLL < 0. Controversial: zSI > 1, zLM > 0 and zLL > 0. Average: −0.5 < zSP < 0.5. Everyone else is unclassified. The categories are in the teacher's own analysis (analysis.json and pupils.csv); this report describes the pupils in words instead.")
    }
    func methodNewcombBukowski(alpha: String) -> String {
        t(
            "Newcomb og Bukowski (1983) sammenligner hver elevs antall valg med det tilfeldige valg ville gitt. Sjansemodellen bygger på hvor mange navn hver elev faktisk skrev: en elev som skrev k navn, velger hver av de n − 1 andre med sannsynlighet k / (n − 1), og antallet valg en elev får, følger da en eksakt Poisson-binomisk fordeling. Et antall er signifikant høyt (lavt) når sannsynligheten for minst (høyst) så mange er høyst α = \(alpha). Populær: LM signifikant høy og LL under forventet. Avvist: LL signifikant høy og LM under forventet. Kontroversiell: den ene signifikant høy og den andre over forventet. Oversett: LM + LL signifikant lav. Ellers gjennomsnittlig. I små klasser kan ingen bli oversett etter denne metoden, fordi selv null valg ikke er sjeldent nok.",
            "Newcomb and Bukowski (1983) compare each pupil's number of choices with what chance would give. The chance model rests on how many names each pupil actually wrote: a pupil who wrote k names chooses each of the n − 1 others with probability k / (n − 1), and the number of choices a pupil receives then follows an exact Poisson-binomial distribution. A count is significantly high (low) when the probability of at least (at most) that many is at most α = \(alpha). Popular: LM significantly high and LL below expectation. Rejected: LL significantly high and LM below expectation. Controversial: one significantly high and the other above expectation. Neglected: LM + LL significantly low. Otherwise average. In small classes nobody can be neglected by this method, because even zero choices is not rare enough.")
    }
    var methodNeedsNegative: String {
        t("Ikke beregnet: metoden trenger et negativt spørsmål.", "Not computed: the method needs a negative question.")
    }
    func statusCounts(_ counts: [(String, Int)]) -> String {
        t("I denne klassen: ", "In this class: ") + counts.map { "\($0.0) \($0.1)" }.joined(separator: ", ") + "."
    }
    var methodGroupsHeading: String { t("Grupper og posisjoner", "Groups and positions") }
    func methodGroups(seed: String) -> String {
        t(
            "Subgrupper er de største gruppene på minst tre elever der alle har valgt hverandre gjensidig (maksimale klikker). Gruppene i klassen er funnet med Leiden-algoritmen (Traag, Waltman og van Eck 2019), som maksimerer modulariteten Q i nettverket av positive valg; samme frø (\(seed)) gir alltid de samme gruppene. Q over 0,3 regnes vanligvis som tydelig gruppedeling.",
            "Subgroups are the largest groups of at least three pupils who all chose each other mutually (maximal cliques). The groups in the class were found with the Leiden algorithm (Traag, Waltman and van Eck 2019), which maximises the modularity Q of the network of positive choices; the same seed (\(seed)) always gives the same groups. Q above 0.3 is usually taken as a clear division into groups.")
    }
    func methodPositions(minimum: Int) -> String {
        t(
            "«Stjerne» kalles en elev med mange gjensidige valg: minst \(minimum) og minst ett standardavvik over gjennomsnittet for elevene som svarte. «Særlig maktposisjon» har en elev med høyst ett gjensidig valg som blir valgt av en stjerne. Rapporten bruker beskrivelser i stedet for disse merkelappene.",
            "A “star” is a pupil with many mutual choices: at least \(minimum) and at least one standard deviation above the mean of the pupils who answered. A “special power position” is held by a pupil with at most one mutual choice who is chosen by a star. The report uses descriptions instead of these labels.")
    }
    var methodNotesHeading: String { t("Merknader", "Notes") }
    func importWarningsReport(_ count: Int) -> String {
        t(
            "\(count) advarsel\(count == 1 ? "" : "er") da filen ble lest inn (for eksempel navn som ble tolket); kjør sociogram inspect for å se dem.",
            "\(count) warning\(count == 1 ? "" : "s") while the file was read (for example names that were interpreted); run sociogram inspect to see them.")
    }

    // MARK: Closing

    var caveatHeading: String { t("Et øyeblikksbilde", "A snapshot") }
    var caveatLong: String {
        t(
            "Et sosiogram viser hvordan elevene svarte på disse spørsmålene denne dagen. Svarene påvirkes av hva som skjedde den uka, hvordan spørsmålene ble forstått og hvem som var til stede. Sosiogrammet er derfor aldri eneste grunnlag for et tiltak: bruk det sammen med samtaler med eleven og foreldrene, det dere ser i timer og friminutt, og det andre voksne vet. En elev som ikke blir valgt, kan ha gode venner utenfor klassen, og en elev med mange valg kan likevel ha det vondt.",
            "A sociogram shows how the pupils answered these questions on that day. The answers are coloured by what happened that week, how the questions were understood and who was present. A sociogram is therefore never the sole basis for a measure: use it together with conversations with the pupil and the parents, what you see in lessons and breaks, and what other adults know. A pupil who is not chosen may have good friends outside the class, and a pupil with many choices may still be unhappy.")
    }
    var privacyHeading: String { t("Personvern", "Privacy") }
    func privacyLong(_ labels: LabelStyle) -> String {
        let common = t(
            " Rapporten ble laget på denne maskinen; ingen data er sendt noe sted, og filen henter ingenting fra nettet når den åpnes.",
            " The report was made on this machine; no data was sent anywhere, and the file fetches nothing from the internet when opened.")
        switch labels {
        case .codes:
            return t(
                "Rapporten viser koder i stedet for navn, og kodenøkkelen ligger i en egen fil som skal oppbevares atskilt fra rapporten. Selv med koder kan elever kjennes igjen ut fra mønsteret i valgene, særlig i en liten klasse: behandle rapporten som fortrolig.",
                "The report shows codes instead of names, and the code key is in a separate file to be kept apart from the report. Even with codes, pupils can be recognised from the pattern of choices, especially in a small class: treat the report as confidential.") + common
        case .initials:
            return t(
                "Rapporten viser initialer, som gjør det lett å kjenne igjen elevene. Behandle den som andre fortrolige opplysninger om elever: del den bare med dem som trenger den, og slett den når den ikke lenger trengs.",
                "The report shows initials, which make pupils easy to recognise. Treat it like other confidential information about pupils: share it only with those who need it, and delete it when it is no longer needed.") + common
        case .names:
            return t(
                "Rapporten inneholder opplysninger om enkeltelever. Behandle den som andre fortrolige opplysninger om elever: del den bare med dem som trenger den (for eksempel ressursteamet), send den ikke som vanlig e-post, og slett den når den ikke lenger trengs. Trenger dere å dele den videre, lag den med koder i stedet for navn (--labels codes).",
                "The report contains information about individual pupils. Treat it like other confidential information about pupils: share it only with those who need it (for example the resource team), do not send it as ordinary e-mail, and delete it when it is no longer needed. If it must be shared further, make it with codes instead of names (--labels codes).") + common
        }
    }
    func footer(version: String, date: String) -> String {
        t("Laget med sociogram \(version) \(date).", "Made with sociogram \(version) on \(date).")
    }
}
