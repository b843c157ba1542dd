@preconcurrency import Glibc

/// Timing and file helpers.
enum BenchmarkSupport {
    /// One timed run: wall-clock seconds and the CPU seconds this thread used (less disturbed by other
    /// processes on a shared machine).
    struct Timing {
        var wall: Double
        var cpu: Double
    }

    /// Runs `body` `runs` times and returns each run's wall time in seconds. What `body` returns is released
    /// after the clock stops, so freeing the result is not counted (as a caller would keep it).
    static func measure<Result>(runs: Int, _ body: () -> Result) -> [Double] {
        measureTimings(runs: runs, body).map(\.wall)
    }

    /// Like ``measure(runs:_:)``, with the CPU time of each run as well.
    static func measureTimings<Result>(runs: Int, _ body: () -> Result) -> [Timing] {
        let clock = ContinuousClock()
        var timings: [Timing] = []
        for _ in 0..<runs {
            var result: Result?
            let cpuStart = threadCPUTime()
            let start = clock.now
            result = body()
            let elapsed = clock.now - start
            let cpu = threadCPUTime() - cpuStart
            withExtendedLifetime(result) {}
            result = nil
            let wall = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            timings.append(Timing(wall: wall, cpu: cpu))
        }
        return timings
    }

    /// CPU seconds used by the calling thread.
    static func threadCPUTime() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// `value` with `digits` decimals.
    static func format(_ value: Double, digits: Int = 1) -> String {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        var text = String(rounded)
        if let dot = text.firstIndex(of: ".") {
            let decimals = text.distance(from: dot, to: text.endIndex) - 1
            if decimals < digits { text += String(repeating: "0", count: digits - decimals) }
        }
        return text
    }

    static func readFile(_ path: String) throws(BenchmarkError) -> [UInt8] {
        guard let file = fopen(path, "rb") else { throw .failure("cannot open '\(path)'") }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            if count == 0 { break }
            bytes.append(contentsOf: buffer[0..<count])
        }
        return bytes
    }

    static func writeFile(_ path: String, _ bytes: [UInt8]) throws(BenchmarkError) {
        guard let file = fopen(path, "wb") else { throw .failure("cannot create '\(path)'") }
        defer { fclose(file) }
        let written = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        guard written == bytes.count else { throw .failure("could not write all of '\(path)'") }
    }
}
