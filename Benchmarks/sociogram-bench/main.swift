import Foundation

// sociogram-bench SUBCOMMAND [options]
//   analysis [--quick] [--write-graphs DIR]   analysis time for a class, a grade, 10k and 100k pupils
let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "analysis":
    runAnalysisBench(arguments: Array(arguments.dropFirst()))
default:
    print("usage: sociogram-bench analysis [--quick] [--write-graphs DIR]")
    exit(arguments.isEmpty ? 0 : 2)
}
