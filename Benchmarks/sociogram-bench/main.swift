import Foundation

// sociogram-bench SUBCOMMAND [options] — run on purpose, in release mode:
//   swift run -c release sociogram-bench SUBCOMMAND
let usage = """
    usage: sociogram-bench SUBCOMMAND [options]
      analysis [--quick] [--write-graphs DIR]  analysis time: class, grade of 250, 10,000 and 100,000 pupils
      render [--quick] [--leak N]              diagram build + layout + PNG time and peak memory
      groups                                   work groups vs the exact optimum; placement for 150 and 250 pupils
    """
let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "analysis":
    runAnalysisBench(arguments: Array(arguments.dropFirst()))
case "render":
    RenderBenchmark(arguments: Array(arguments.dropFirst())).run()
case "groups":
    runGroupsBench()
default:
    print(usage)
    exit(arguments.isEmpty ? 0 : 2)
}
