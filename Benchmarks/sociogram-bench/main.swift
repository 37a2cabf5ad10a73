import Foundation

// sociogram-bench SUBCOMMAND [options]
//   render [--quick] [--leak N]   diagram build + layout + PNG time and peak memory (see docs/rendering.md)
let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "render":
    RenderBenchmark(arguments: Array(arguments.dropFirst())).run()
default:
    say("usage: sociogram-bench render [--quick] [--leak N]")
    exit(arguments.isEmpty ? 0 : 2)
}
