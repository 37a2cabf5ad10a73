import Foundation

// sociogram-bench SUBCOMMAND [options] — run on purpose, in release mode:
//   swift run -c release sociogram-bench SUBCOMMAND
let usage = """
    usage: sociogram-bench SUBCOMMAND [options]
      analysis [--quick] [--write-graphs DIR]  analysis time: class, grade of 250, 10,000 and 100,000 pupils
      render [--quick] [--leak N]              diagram build + layout + PNG time and peak memory
      groups                                   work groups vs the exact optimum; placement for 150 and 250 pupils
      placement [--only NAMES] [--iterations I,J] [--seeds N] [--time-limit T]
                                               grade placement vs the CP-SAT reference, per seed
      pipeline [--runs N]                      import + analysis + PNG for a 28-pupil class and a 250-pupil grade
      workbook [--runs N]                      import of the same survey as CSV and as .xlsx (class, grade of 250)
      follow [--runs N]                        follow over 4 surveys: import, follow-up, JSON, chart, difference PNGs
      development [--sizes 10,100,250] [--runs N]
                                               batch --earlier: 4 surveys of a grade, every class followed
      batch [--sizes 10,100,1000] [--jobs 1,2] [--runs N] [--diagram png|svg|none] [--layout auto|lines] [--probe]
            [--cli .build/release/sociogram]   whole batches of synthetic classes: classes/s, CPU per class, peak RSS
                                               (--cli: the executable, whose --jobs are processes)
    """
let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "analysis":
    runAnalysisBench(arguments: Array(arguments.dropFirst()))
case "render":
    RenderBenchmark(arguments: Array(arguments.dropFirst())).run()
case "pipeline":
    runPipelineBench(arguments: Array(arguments.dropFirst()))
case "workbook":
    runWorkbookBench(arguments: Array(arguments.dropFirst()))
case "follow":
    runFollowBench(arguments: Array(arguments.dropFirst()))
case "development":
    runDevelopmentBench(arguments: Array(arguments.dropFirst()))
case "groups":
    runGroupsBench()
case "placement":
    runPlacementBench(arguments: Array(arguments.dropFirst()))
case "batch":
    runBatchBench(arguments: Array(arguments.dropFirst()))
default:
    print(usage)
    exit(arguments.isEmpty ? 0 : 2)
}
