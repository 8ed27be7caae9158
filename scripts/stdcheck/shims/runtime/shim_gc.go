// gc stand-ins for runtime's intrinsics (used only by scripts/stdcheck.sh;
// never compiled by rgo).

package runtime

import goruntime "runtime"

func GC() { goruntime.GC() }

func readmemstats(m *MemStats) {
	var g goruntime.MemStats
	goruntime.ReadMemStats(&g)
	m.Mallocs, m.Frees, m.HeapAlloc, m.NumGC = g.Mallocs, g.Frees, g.HeapAlloc, g.NumGC
}
