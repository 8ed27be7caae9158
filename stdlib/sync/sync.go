// Package sync provides basic synchronization primitives such as mutual
// exclusion locks, plus Once, WaitGroup and Pool.
//
// rgo programs run a single goroutine, so these are single-threaded
// implementations with gc's observable behaviour: misuse that gc reports
// (unlocking an unlocked mutex, a negative WaitGroup counter) fails the
// same way, and a wait that could only be satisfied by another goroutine
// (Lock of a locked Mutex, Wait on a non-zero WaitGroup) is gc's deadlock,
// reported as "fatal error: all goroutines are asleep - deadlock!".
package sync

//go:noescape
//rgo:runtime rt_write
func write(fd int, p *byte, n int) int

//rgo:runtime rt_exit
func exit(code int)

// fatal prints a gc-style fatal error and exits with status 2.
func fatal(msg string) {
	b := []byte("fatal error: " + msg + "\n")
	write(2, &b[0], len(b))
	exit(2)
}

func deadlock() { fatal("all goroutines are asleep - deadlock!") }

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// A Mutex is a mutual exclusion lock. The zero value for a Mutex is an
// unlocked mutex.
type Mutex struct {
	locked bool
}

// Lock locks m.
func (m *Mutex) Lock() {
	if m.locked {
		deadlock()
	}
	m.locked = true
}

// TryLock tries to lock m and reports whether it succeeded.
func (m *Mutex) TryLock() bool {
	if m.locked {
		return false
	}
	m.locked = true
	return true
}

// Unlock unlocks m. It is a run-time error if m is not locked on entry to
// Unlock.
func (m *Mutex) Unlock() {
	if !m.locked {
		fatal("sync: unlock of unlocked mutex")
	}
	m.locked = false
}

// A RWMutex is a reader/writer mutual exclusion lock. The lock can be held
// by an arbitrary number of readers or a single writer.
type RWMutex struct {
	writer  bool
	readers int
}

// Lock locks rw for writing.
func (rw *RWMutex) Lock() {
	if rw.writer || rw.readers > 0 {
		deadlock()
	}
	rw.writer = true
}

// TryLock tries to lock rw for writing and reports whether it succeeded.
func (rw *RWMutex) TryLock() bool {
	if rw.writer || rw.readers > 0 {
		return false
	}
	rw.writer = true
	return true
}

// Unlock unlocks rw for writing.
func (rw *RWMutex) Unlock() {
	if !rw.writer {
		fatal("sync: Unlock of unlocked RWMutex")
	}
	rw.writer = false
}

// RLock locks rw for reading.
func (rw *RWMutex) RLock() {
	if rw.writer {
		deadlock()
	}
	rw.readers++
}

// TryRLock tries to lock rw for reading and reports whether it succeeded.
func (rw *RWMutex) TryRLock() bool {
	if rw.writer {
		return false
	}
	rw.readers++
	return true
}

// RUnlock undoes a single RLock call.
func (rw *RWMutex) RUnlock() {
	if rw.readers <= 0 {
		fatal("sync: RUnlock of unlocked RWMutex")
	}
	rw.readers--
}

// RLocker returns a Locker interface that implements the Lock and Unlock
// methods by calling rw.RLock and rw.RUnlock.
func (rw *RWMutex) RLocker() Locker {
	return (*rlocker)(rw)
}

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }

// A WaitGroup waits for a collection of tasks to finish.
type WaitGroup struct {
	n int
}

// Add adds delta, which may be negative, to the WaitGroup task counter. If
// the counter becomes zero, all goroutines blocked on Wait are released.
// If the counter goes negative, Add panics.
func (wg *WaitGroup) Add(delta int) {
	wg.n += delta
	if wg.n < 0 {
		panic("sync: negative WaitGroup counter")
	}
}

// Done decrements the WaitGroup task counter by one.
func (wg *WaitGroup) Done() {
	wg.Add(-1)
}

// Go calls f and increments the task count around it (rgo runs f at once:
// there is only one goroutine).
func (wg *WaitGroup) Go(f func()) {
	wg.Add(1)
	f()
	wg.Done()
}

// Wait blocks until the WaitGroup task counter is zero.
func (wg *WaitGroup) Wait() {
	if wg.n != 0 {
		deadlock()
	}
}

// Once is an object that will perform exactly one action.
type Once struct {
	done    bool
	running bool
}

// Do calls the function f if and only if Do is being called for the first
// time for this instance of Once.
func (o *Once) Do(f func()) {
	if o.done {
		return
	}
	if o.running {
		// f called Do on the same Once: gc deadlocks.
		deadlock()
	}
	o.running = true
	f()
	o.running = false
	o.done = true
}

// OnceFunc returns a function that invokes f only once. The returned
// function may be called concurrently.
func OnceFunc(f func()) func() {
	var once Once
	return func() { once.Do(f) }
}

// A Pool is a set of temporary objects that may be individually saved and
// retrieved.
type Pool struct {
	items []any

	// New optionally specifies a function to generate a value when Get
	// would otherwise return nil.
	New func() any
}

// Put adds x to the pool.
func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	p.items = append(p.items, x)
}

// Get selects an arbitrary item from the Pool, removes it from the Pool,
// and returns it to the caller. If the Pool is empty and p.New is non-nil,
// Get returns the result of calling p.New.
func (p *Pool) Get() any {
	if n := len(p.items); n > 0 {
		x := p.items[n-1]
		p.items[n-1] = nil
		p.items = p.items[:n-1]
		return x
	}
	if p.New != nil {
		return p.New()
	}
	return nil
}
