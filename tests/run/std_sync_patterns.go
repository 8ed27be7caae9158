// run

// sync primitives used from one goroutine: a Mutex-guarded cache, RWMutex
// readers, Once for lazy init, a WaitGroup with no goroutines, Pool reuse
// and sync.Map.
package main

import (
	"bytes"
	"fmt"
	"sort"
	"sync"
)

type Cache struct {
	mu   sync.Mutex
	data map[string]int
	hits int
}

func (c *Cache) Get(k string, compute func() int) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := c.data[k]; ok {
		c.hits++
		return v
	}
	if c.data == nil {
		c.data = map[string]int{}
	}
	v := compute()
	c.data[k] = v
	return v
}

type Config struct {
	mu    sync.RWMutex
	items map[string]string
}

func (c *Config) Lookup(k string) (string, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.items[k]
	return v, ok
}

var (
	once   sync.Once
	tables []int
)

func loadTables() {
	fmt.Println("loading tables")
	tables = []int{1, 2, 3}
}

var bufPool = sync.Pool{New: func() any { return new(bytes.Buffer) }}

func render(name string) string {
	b := bufPool.Get().(*bytes.Buffer)
	b.Reset()
	defer bufPool.Put(b)
	fmt.Fprintf(b, "<%s>", name)
	return b.String()
}

func main() {
	var c Cache
	calls := 0
	for _, k := range []string{"a", "b", "a", "a", "c", "b"} {
		c.Get(k, func() int { calls++; return len(k) * 10 })
	}
	fmt.Println(calls, c.hits, len(c.data))

	cfg := &Config{items: map[string]string{"mode": "fast"}}
	cfg.mu.Lock()
	cfg.items["level"] = "3"
	cfg.mu.Unlock()
	fmt.Println(cfg.Lookup("mode"))
	fmt.Println(cfg.Lookup("missing"))

	for i := 0; i < 3; i++ {
		once.Do(loadTables)
	}
	fmt.Println(tables)

	var wg sync.WaitGroup
	wg.Add(2)
	wg.Done()
	wg.Done()
	wg.Wait()
	fmt.Println("waited")

	fmt.Println(render("a"), render("b"))

	var m sync.Map
	m.Store("x", 1)
	m.Store("y", 2)
	v, ok := m.Load("x")
	fmt.Println(v, ok)
	act, loaded := m.LoadOrStore("x", 9)
	fmt.Println(act, loaded)
	act, loaded = m.LoadOrStore("z", 3)
	fmt.Println(act, loaded)
	m.Delete("y")
	var keys []string
	m.Range(func(k, v any) bool { keys = append(keys, fmt.Sprint(k, "=", v)); return true })
	sort.Strings(keys)
	fmt.Println(keys)

	var mu sync.Mutex
	fmt.Println(mu.TryLock(), mu.TryLock())
	mu.Unlock()
}
