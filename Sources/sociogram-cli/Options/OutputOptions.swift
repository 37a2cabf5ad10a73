import ArgumentParser
import Sociogram

/// How pupils are labelled in every output.
enum LabelsOption: String, ExpressibleByArgument, CaseIterable {
    case names, initials, codes

    /// Codes mode is the pseudonymised mode: no name in any output.
    var pseudonymised: Bool { self == .codes }
}

/// Options about what the command prints.
struct PrintOptions: ParsableArguments {
    @Flag(name: .long, help: "Print the machine-readable result as JSON on standard output.")
    var json = false

    @Option(
        name: .long,
        help: "Pupil labels: names, initials or codes (pseudonymised: no name in any output).")
    var labels: LabelsOption = .names
}
