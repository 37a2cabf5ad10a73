import Foundation

// sociogram-bench SUBCOMMAND [options]
//   analysis [--quick] [--write-graphs DIR]   analysis time for a class, a grade, 10k and 100k pupils
//   render [--quick] [--leak N]   diagram build + layout + PNG time and peak memory (see docs/rendering.md)
let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "analysis":
    runAnalysisBench(arguments: Array(arguments.dropFirst()))
case "render":
    RenderBenchmark(arguments: Array(arguments.dropFirst())).run()
default:
    print("usage: sociogram-bench analysis [--quick] [--write-graphs DIR] | render [--quick] [--leak N]")
    exit(arguments.isEmpty ? 0 : 2)
}
