// Benchmarks: gc's src/testing/benchmark.go on one goroutine. The b.N
// ramp-up (predictN), the timer and allocation accounting
// (runtime.ReadMemStats's Mallocs and TotalAlloc), B.Loop, sub-benchmarks
// and the result line's columns are gc's. Differences: extra metrics are
// kept in a slice (rgo has no maps yet), so BenchmarkResult has no Extra
// field; RunParallel runs the body on the calling goroutine.

package testing

import (
	"fmt"
	"math"
	"os"
	"runtime"
	"strings"
	"time"
)

var benchmarkNames []string

// InternalBenchmark is an internal type but exported because it is
// cross-package; it is part of the implementation of "rgo test".
type InternalBenchmark struct {
	Name string
	F    func(b *B)
}

// The mem stats the timer reads; a global, like gc's, so that reading
// them allocates nothing.
var memStats runtime.MemStats

type metric struct {
	unit  string
	value float64
}

// B is a type passed to Benchmark functions to manage benchmark timing
// and control the number of iterations.
type B struct {
	common
	importPath       string
	bstate           *benchState
	N                int
	previousN        int
	previousDuration time.Duration
	benchFunc        func(b *B)
	benchTime        durationOrCountFlag
	bytes            int64
	missingBytes     bool
	timerOn          bool
	showAllocResult  bool
	result           BenchmarkResult
	startAllocs      uint64
	startBytes       uint64
	netAllocs        uint64
	netBytes         uint64
	startNs          int64
	extra            []metric

	loop struct {
		n    uint64
		i    uint64
		done bool
	}
}

const (
	loopPoisonTimer = uint64(1 << (63 - 0))
	loopPoisonMask  = ^uint64((1 << (63 - 1)) - 1)
)

// StartTimer starts timing a test. This function is called automatically
// before a benchmark starts, but it can also be used to resume timing
// after a call to StopTimer.
func (b *B) StartTimer() {
	if !b.timerOn {
		runtime.ReadMemStats(&memStats)
		b.startAllocs = memStats.Mallocs
		b.startBytes = memStats.TotalAlloc
		b.startNs = nanotime()
		b.timerOn = true
		b.loop.i &^= loopPoisonTimer
	}
}

// StopTimer stops timing a test. This can be used to pause the timer
// while performing steps that you don't want to measure.
func (b *B) StopTimer() {
	if b.timerOn {
		b.duration += time.Duration(nanotime() - b.startNs)
		runtime.ReadMemStats(&memStats)
		b.netAllocs += memStats.Mallocs - b.startAllocs
		b.netBytes += memStats.TotalAlloc - b.startBytes
		b.timerOn = false
		b.loop.i |= loopPoisonTimer
	}
}

// ResetTimer zeroes the elapsed benchmark time and memory allocation
// counters and deletes user-reported metrics.
func (b *B) ResetTimer() {
	b.extra = b.extra[:0]
	if b.timerOn {
		runtime.ReadMemStats(&memStats)
		b.startAllocs = memStats.Mallocs
		b.startBytes = memStats.TotalAlloc
		b.startNs = nanotime()
	}
	b.duration = 0
	b.netAllocs = 0
	b.netBytes = 0
}

// SetBytes records the number of bytes processed in a single operation.
func (b *B) SetBytes(n int64) { b.bytes = n }

// ReportAllocs enables malloc statistics for this benchmark.
func (b *B) ReportAllocs() {
	b.showAllocResult = true
}

// runN runs a single benchmark for the specified number of iterations.
func (b *B) runN(n int) {
	runtime.GC()
	b.N = n
	b.loop.n = 0
	b.loop.i = 0
	b.loop.done = false
	// The closure is made before the timer starts: its allocation (if
	// any) must not count as the benchmark's.
	call := func() { b.benchFunc(b) }
	b.ResetTimer()
	b.StartTimer()
	if catchGoexit(call) {
		b.finished = true
	}
	b.StopTimer()
	b.previousN = n
	b.previousDuration = b.duration
	b.runCleanup()
	if b.loop.n > 0 && !b.loop.done && !b.failed {
		b.Error("benchmark function returned without B.Loop() == false (break or return in loop?)")
	}
}

// run1 runs the first iteration of benchFunc. It reports whether more
// iterations of this benchmarks should be run.
func (b *B) run1() bool {
	if bstate := b.bstate; bstate != nil {
		// Extend maxLen, if needed.
		if n := len(b.name) + bstate.extLen + 1; n > bstate.maxLen {
			bstate.maxLen = n + 8 // Add additional slack to avoid too many jumps in size.
		}
	}
	b.runN(1)
	if b.failed {
		fmt.Printf("--- FAIL: %s\n%s", b.name, b.output)
		return false
	}
	// Only print the output if we know we are not going to proceed.
	// Otherwise it is printed in processBench.
	if b.hasSub || b.finished {
		tag := "BENCH"
		if b.skipped {
			tag = "SKIP"
		}
		if b.chatty != nil && (len(b.output) > 0 || b.finished) {
			b.trimOutput()
			fmt.Printf("--- %s: %s\n%s", tag, b.name, b.output)
		}
		return false
	}
	return true
}

var labelsPrinted bool

// run executes the benchmark.
func (b *B) run() {
	if !labelsPrinted {
		labelsPrinted = true
		printLabels(b.importPath)
	}
	if b.bstate != nil {
		b.bstate.processBench(b) // Must call doBench.
	} else {
		b.doBench()
	}
}

func printLabels(importPath string) {
	fmt.Printf("goos: %s\n", runtime.GOOS)
	fmt.Printf("goarch: %s\n", runtime.GOARCH)
	if importPath != "" {
		fmt.Printf("pkg: %s\n", importPath)
	}
	if cpu := cpuName(); cpu != "" {
		fmt.Printf("cpu: %s\n", cpu)
	}
}

// cpuName is gc's internal/sysinfo.CPUName on Linux: the first "model
// name" of /proc/cpuinfo.
func cpuName() string {
	data, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return ""
	}
	for _, line := range strings.Split(string(data), "\n") {
		key, value, found := strings.Cut(line, ": ")
		if found && strings.TrimSpace(key) == "model name" {
			if len(value) > 64 {
				value = value[:64]
			}
			return value
		}
	}
	return ""
}

func (b *B) doBench() BenchmarkResult {
	b.launch()
	return b.result
}

// predictN is gc's estimate of the iterations needed to reach goalns.
func predictN(goalns int64, prevIters int64, prevns int64, last int64) int {
	if prevns == 0 {
		// Round up to dodge divide by zero. See https://go.dev/issue/70709.
		prevns = 1
	}
	// Order of operations matters.
	// For very fast benchmarks, prevIters ~= prevns.
	// If you divide first, you get 0 or 1,
	// which can hide an order of magnitude in execution time.
	// So multiply first, then divide.
	n := goalns * prevIters / prevns
	// Run more iterations than we think we'll need (1.2x).
	n += n / 5
	// Don't grow too fast in case we had timing errors previously.
	n = min(n, 100*last)
	// Be sure to run at least one more than last time.
	n = max(n, last+1)
	// Don't run more than 1e9 times. (This also keeps n in int range on 32 bit platforms.)
	n = min(n, 1e9)
	return int(n)
}

// launch launches the benchmark function. It gradually increases the
// number of benchmark iterations until the benchmark runs for the
// requested benchtime.
func (b *B) launch() {
	// b.Loop does its own ramp-up logic so we just need to run it once.
	// If b.loop.n is non zero, it means b.Loop has already run.
	if b.loop.n == 0 {
		// Run the benchmark for at least the specified amount of time.
		if b.benchTime.n > 0 {
			// We already ran a single iteration in run1.
			// If -benchtime=1x was requested, use that result.
			// See https://golang.org/issue/32051.
			if b.benchTime.n > 1 {
				b.runN(b.benchTime.n)
			}
		} else {
			d := b.benchTime.d
			for n := int64(1); !b.failed && b.duration < d && n < 1e9; {
				last := n
				// Predict required iterations.
				goalns := d.Nanoseconds()
				prevIters := int64(b.N)
				n = int64(predictN(goalns, prevIters, b.duration.Nanoseconds(), last))
				b.runN(int(n))
			}
		}
	}
	b.result = BenchmarkResult{N: b.N, T: b.duration, Bytes: b.bytes, MemAllocs: b.netAllocs, MemBytes: b.netBytes, extra: b.extra}
}

// Elapsed returns the measured elapsed time of the benchmark.
func (b *B) Elapsed() time.Duration {
	d := b.duration
	if b.timerOn {
		d += time.Duration(nanotime() - b.startNs)
	}
	return d
}

// ReportMetric adds "n unit" to the reported benchmark results.
func (b *B) ReportMetric(n float64, unit string) {
	if unit == "" {
		panic("metric unit must not be empty")
	}
	if strings.ContainsAny(unit, " \t\n\v\f\r") {
		panic("metric unit must not contain whitespace")
	}
	for i := range b.extra {
		if b.extra[i].unit == unit {
			b.extra[i].value = n
			return
		}
	}
	b.extra = append(b.extra, metric{unit, n})
}

func (b *B) stopOrScaleBLoop() bool {
	t := b.Elapsed()
	if t >= b.benchTime.d {
		// We've reached the target
		return false
	}
	// Loop scaling
	goalns := b.benchTime.d.Nanoseconds()
	prevIters := int64(b.loop.n)
	b.loop.n = uint64(predictN(goalns, prevIters, t.Nanoseconds(), prevIters))
	if b.loop.n&loopPoisonMask != 0 {
		// The iteration count should never get this high, but if it
		// somehow does, poison the loop so we catch it.
		panic("loop iteration target overflow")
	}
	// predictN may have capped the number of iterations; make sure to
	// terminate if we've already hit that cap.
	return uint64(prevIters) < b.loop.n
}

func (b *B) loopSlowPath() bool {
	// Consistency checks
	if !b.timerOn {
		b.Fatal("B.Loop called with timer stopped")
	}
	if b.loop.i&loopPoisonMask != 0 {
		panic(fmt.Sprintf("unknown loop stop condition: %#x", b.loop.i))
	}
	if b.loop.n == 0 {
		// It's the first call to b.Loop() in the benchmark function.
		if b.benchTime.n > 0 {
			// Fixed iteration count.
			b.loop.n = uint64(b.benchTime.n)
		} else {
			// Initialize target to 1 to kick start loop scaling.
			b.loop.n = 1
		}
		// Within a b.Loop loop, we don't use b.N (to avoid confusion).
		b.N = 0
		b.ResetTimer()
		// Start the next iteration.
		b.loop.i++
		return true
	}
	// Should we keep iterating?
	var more bool
	if b.benchTime.n > 0 {
		// The iteration count is fixed, so we should have run this many
		// and now be done.
		if b.loop.i != uint64(b.benchTime.n) {
			// We failed to run the right number of iterations.
			panic(fmt.Sprintf("iteration count %d < fixed target %d", b.loop.i, b.benchTime.n))
		}
		more = false
	} else {
		more = b.stopOrScaleBLoop()
	}
	if !more {
		b.StopTimer()
		// Commit iteration count
		b.N = int(b.loop.n)
		b.loop.done = true
		return false
	}
	// Start the next iteration.
	b.loop.i++
	return true
}

// Loop returns true as long as the benchmark should continue running.
//
//	func BenchmarkXxx(b *testing.B) {
//		...(setup)...
//		for b.Loop() {
//			...(benchmark body)...
//		}
//		...(cleanup)...
//	}
func (b *B) Loop() bool {
	if b.loop.i < b.loop.n {
		b.loop.i++
		return true
	}
	return b.loopSlowPath()
}

// BenchmarkResult contains the results of a benchmark run.
type BenchmarkResult struct {
	N         int           // The number of iterations.
	T         time.Duration // The total time taken.
	Bytes     int64         // Bytes processed in one iteration.
	MemAllocs uint64        // The total number of memory allocations.
	MemBytes  uint64        // The total number of bytes allocated.

	extra []metric
}

func (r BenchmarkResult) lookup(unit string) (float64, bool) {
	for _, m := range r.extra {
		if m.unit == unit {
			return m.value, true
		}
	}
	return 0, false
}

// NsPerOp returns the "ns/op" metric.
func (r BenchmarkResult) NsPerOp() int64 {
	if v, ok := r.lookup("ns/op"); ok {
		return int64(v)
	}
	if r.N <= 0 {
		return 0
	}
	return r.T.Nanoseconds() / int64(r.N)
}

// mbPerSec returns the "MB/s" metric.
func (r BenchmarkResult) mbPerSec() float64 {
	if v, ok := r.lookup("MB/s"); ok {
		return v
	}
	if r.Bytes <= 0 || r.T <= 0 || r.N <= 0 {
		return 0
	}
	return (float64(r.Bytes) * float64(r.N) / 1e6) / r.T.Seconds()
}

// AllocsPerOp returns the "allocs/op" metric, which is calculated as
// r.MemAllocs / r.N.
func (r BenchmarkResult) AllocsPerOp() int64 {
	if v, ok := r.lookup("allocs/op"); ok {
		return int64(v)
	}
	if r.N <= 0 {
		return 0
	}
	return int64(r.MemAllocs) / int64(r.N)
}

// AllocedBytesPerOp returns the "B/op" metric, which is calculated as
// r.MemBytes / r.N.
func (r BenchmarkResult) AllocedBytesPerOp() int64 {
	if v, ok := r.lookup("B/op"); ok {
		return int64(v)
	}
	if r.N <= 0 {
		return 0
	}
	return int64(r.MemBytes) / int64(r.N)
}

// String returns a summary of the benchmark results, gc's format.
func (r BenchmarkResult) String() string {
	buf := new(strings.Builder)
	fmt.Fprintf(buf, "%8d", r.N)
	// Get ns/op as a float.
	ns, ok := r.lookup("ns/op")
	if !ok {
		ns = float64(r.T.Nanoseconds()) / float64(r.N)
	}
	if ns != 0 {
		buf.WriteByte('\t')
		prettyPrint(buf, ns, "ns/op")
	}
	if mbs := r.mbPerSec(); mbs != 0 {
		fmt.Fprintf(buf, "\t%7.2f MB/s", mbs)
	}
	// Print extra metrics that aren't represented in the standard
	// metrics, sorted by unit.
	var extraKeys []string
	for _, m := range r.extra {
		switch m.unit {
		case "ns/op", "MB/s", "B/op", "allocs/op":
			// Built-in metrics reported elsewhere.
			continue
		}
		extraKeys = append(extraKeys, m.unit)
	}
	for i := 1; i < len(extraKeys); i++ {
		for j := i; j > 0 && extraKeys[j] < extraKeys[j-1]; j-- {
			extraKeys[j], extraKeys[j-1] = extraKeys[j-1], extraKeys[j]
		}
	}
	for _, k := range extraKeys {
		buf.WriteByte('\t')
		v, _ := r.lookup(k)
		prettyPrint(buf, v, k)
	}
	return buf.String()
}

func prettyPrint(buf *strings.Builder, x float64, unit string) {
	// Print all numbers with 10 places before the decimal point
	// and small numbers with four sig figs. Field widths are
	// chosen to fit the whole part in 10 places while aligning
	// the decimal point of all fractional formats.
	var format string
	switch y := math.Abs(x); {
	case y == 0 || y >= 999.95:
		format = "%10.0f %s"
	case y >= 99.995:
		format = "%12.1f %s"
	case y >= 9.9995:
		format = "%13.2f %s"
	case y >= 0.99995:
		format = "%14.3f %s"
	case y >= 0.099995:
		format = "%15.4f %s"
	case y >= 0.0099995:
		format = "%16.5f %s"
	case y >= 0.00099995:
		format = "%17.6f %s"
	default:
		format = "%18.7f %s"
	}
	fmt.Fprintf(buf, format, x, unit)
}

// MemString returns r.AllocedBytesPerOp and r.AllocsPerOp in the same
// format as 'go test'.
func (r BenchmarkResult) MemString() string {
	return fmt.Sprintf("%8d B/op\t%8d allocs/op",
		r.AllocedBytesPerOp(), r.AllocsPerOp())
}

// benchmarkName returns full name of benchmark including procs suffix.
func benchmarkName(name string, n int) string {
	// Add the suffix -n if n is not 1.
	if n != 1 {
		return fmt.Sprintf("%s-%d", name, n)
	}
	return name
}

type benchState struct {
	match  *matcher
	maxLen int // The largest recorded benchmark name.
	extLen int // Maximum extension length.
}

func runBenchmarks(importPath string, benchmarks []InternalBenchmark) bool {
	// If no flag was specified, don't run benchmarks.
	if len(matchBenchmarks) == 0 {
		return true
	}
	// Collect matching benchmarks and determine longest name.
	maxprocs := 1
	for _, procs := range cpuList {
		if procs > maxprocs {
			maxprocs = procs
		}
	}
	bstate := &benchState{
		match:  newMatcher(matchBenchmarks, "-test.bench", skipPat),
		extLen: len(benchmarkName("", maxprocs)),
	}
	var bs []InternalBenchmark
	for _, Benchmark := range benchmarks {
		if _, matched, _ := bstate.match.fullName(nil, Benchmark.Name); matched {
			bs = append(bs, Benchmark)
			benchName := benchmarkName(Benchmark.Name, maxprocs)
			if l := len(benchName) + bstate.extLen + 1; l > bstate.maxLen {
				bstate.maxLen = l
			}
		}
	}
	main := &B{
		common: common{
			name:  "Main",
			bench: true,
		},
		importPath: importPath,
		benchFunc: func(b *B) {
			for _, Benchmark := range bs {
				b.Run(Benchmark.Name, Benchmark.F)
			}
		},
		benchTime: benchTime,
		bstate:    bstate,
	}
	if Verbose() {
		main.chatty = &chattyPrinter{}
	}
	main.runN(1)
	return !main.failed
}

// processBench runs bench b for the configured CPU counts and prints the
// results.
func (s *benchState) processBench(b *B) {
	for i, procs := range cpuList {
		for j := uint(0); j < countFlag; j++ {
			runtime.GOMAXPROCS(procs)
			benchName := benchmarkName(b.name, procs)

			// If it's chatty, we've already printed this information.
			if b.chatty == nil {
				fmt.Printf("%-*s\t", s.maxLen, benchName)
			}
			// Recompute the running time for all but the first iteration.
			if i > 0 || j > 0 {
				b = &B{
					common: common{
						name:   b.name,
						chatty: b.chatty,
						bench:  true,
						parent: b.parent,
						level:  b.level,
					},
					benchFunc: b.benchFunc,
					benchTime: b.benchTime,
				}
				b.run1()
			}
			r := b.doBench()
			if b.failed {
				// The output could be very long here, but probably isn't.
				// We print it all, regardless, because we don't want to trim the reason
				// the benchmark failed.
				fmt.Printf("--- FAIL: %s\n%s", benchName, b.output)
				continue
			}
			results := r.String()
			if b.chatty != nil {
				fmt.Printf("%-*s\t", s.maxLen, benchName)
			}
			if benchmarkMemory || b.showAllocResult {
				results += "\t" + r.MemString()
			}
			fmt.Println(results)
			// Unlike with tests, we ignore the -chatty flag and always print output for
			// benchmarks since the output generation time will skew the results.
			if len(b.output) > 0 {
				b.trimOutput()
				fmt.Printf("--- BENCH: %s\n%s", benchName, b.output)
			}
		}
	}
}

// Run benchmarks f as a subbenchmark with the given name. It reports
// whether there were any failures.
func (b *B) Run(name string, f func(b *B)) bool {
	b.hasSub = true
	benchName, ok, partial := b.name, true, false
	if b.bstate != nil {
		benchName, ok, partial = b.bstate.match.fullName(&b.common, name)
	}
	if !ok {
		return true
	}
	sub := &B{
		common: common{
			name:   benchName,
			parent: &b.common,
			level:  b.level + 1,
			chatty: b.chatty,
			bench:  true,
		},
		importPath: b.importPath,
		benchFunc:  f,
		benchTime:  b.benchTime,
		bstate:     b.bstate,
	}
	if partial {
		// Partial name match, like -bench=X/Y matching BenchmarkX.
		// Only process sub-benchmarks, if any.
		sub.hasSub = true
	}
	if b.chatty != nil {
		if !labelsPrinted {
			labelsPrinted = true
			printLabels(b.importPath)
		}
		fmt.Println(benchName)
	}
	if sub.run1() {
		sub.run()
	}
	b.add(sub.result)
	return !sub.failed
}

// add simulates running benchmarks in sequence in a single iteration. It is
// used to give some meaningful results in case func Benchmark is used in
// combination with Run.
func (b *B) add(other BenchmarkResult) {
	r := &b.result
	// The aggregated BenchmarkResults resemble running all subbenchmarks as
	// in sequence in a single benchmark.
	r.N = 1
	r.T += time.Duration(other.NsPerOp())
	if other.Bytes == 0 {
		// Summing Bytes is meaningless in aggregate if not all subbenchmarks
		// set it.
		b.missingBytes = true
		r.Bytes = 0
	}
	if !b.missingBytes {
		r.Bytes += other.Bytes
	}
	r.MemAllocs += uint64(other.AllocsPerOp())
	r.MemBytes += uint64(other.AllocedBytesPerOp())
}

// trimOutput shortens the output from a benchmark, which can be very long.
func (b *B) trimOutput() {
	// The output is likely to appear multiple times because the benchmark
	// is run multiple times, but at least it will be seen. This is not a big deal
	// because benchmarks rarely print, but just in case, we trim it if it's too long.
	const maxNewlines = 10
	for nlCount, j := 0, 0; j < len(b.output); j++ {
		if b.output[j] == '\n' {
			nlCount++
			if nlCount >= maxNewlines {
				b.output = append(b.output[:j], "\n\t... [output truncated]\n"...)
				break
			}
		}
	}
}

// A PB is used by RunParallel for running parallel benchmarks.
type PB struct {
	n int
}

// Next reports whether there are more iterations to execute.
func (pb *PB) Next() bool {
	if pb.n > 0 {
		pb.n--
		return true
	}
	return false
}

// RunParallel runs a benchmark in parallel; rgo has one goroutine, so it
// runs body once on the calling goroutine for all b.N iterations.
func (b *B) RunParallel(body func(*PB)) {
	if b.N == 0 {
		return // Nothing to do when probing.
	}
	body(&PB{n: b.N})
}

// Benchmark benchmarks a single function. It is useful for creating
// custom benchmarks that do not use the "rgo test" command.
func Benchmark(f func(b *B)) BenchmarkResult {
	b := &B{
		benchFunc: f,
		benchTime: benchTime,
	}
	b.common.parent = &common{}
	if b.run1() {
		b.run()
	}
	return b.result
}

// AllocsPerRun returns the average number of allocations during calls to
// f. The return value is of type float64, but it will always be an
// integral value.
func AllocsPerRun(runs int, f func()) (avg float64) {
	// Warm up the function
	f()
	// Measure the starting statistics
	var memstats runtime.MemStats
	runtime.ReadMemStats(&memstats)
	mallocs := 0 - memstats.Mallocs
	// Run the function the specified number of times
	for i := 0; i < runs; i++ {
		f()
	}
	// Read the final statistics
	runtime.ReadMemStats(&memstats)
	mallocs += memstats.Mallocs
	// Average the mallocs over the runs (not counting the warm-up).
	// We are forced to return a float64 because the API is silly, but do
	// the division as integers so we can ask if AllocsPerRun()==1
	// instead of AllocsPerRun()<2.
	return float64(mallocs / uint64(runs))
}
