// clpconf-bench: throughput benchmarks for clpconf's stages. See docs/benchmarks.md.
//
//   clpconf-bench toml [--size-mb N] [--seed S] [--runs N] [--write FILE] [--input FILE]
//
// Each subcommand is one entry in `BenchmarkCommand.all`; add new benchmarks there.
@preconcurrency import Glibc

let arguments = Array(CommandLine.arguments.dropFirst())
exit(BenchmarkCommand.main(arguments))
