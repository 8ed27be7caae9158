// Package sync provides basic synchronization primitives such as mutual
// exclusion locks, plus Once, WaitGroup and Pool.
//
// Goroutines run on the rgo runtime's cooperative scheduler (one thread,
// no preemption), so the state of these types changes only between the
// runtime's yield points and needs no atomics. A goroutine that must wait
// parks on a runtime semaphore (runtime_Semacquire, gc's sema.go), which
// hands the lock or the wake-up to waiters in FIFO order; when every
// goroutine waits, the runtime reports gc's deadlock with the wait reason
// ("sync.Mutex.Lock", "sync.WaitGroup.Wait", ...). Misuse that gc reports
// (unlocking an unlocked mutex, a negative WaitGroup counter) fails the
// same way.
package sync

// Wait reasons of runtime_Semacquire (the runtime's table, sched.rs).
const (
	reasonMutexLock = iota
	reasonRWMutexLock
	reasonRWMutexRLock
	reasonWaitGroupWait
	reasonCondWait
)

// runtime_Semacquire waits until *s > 0 and then decrements it.
//
// Neither semaphore binding is `//go:noescape`: gc's are not either (they
// are linknamed into the runtime, which keeps the address in its wait
// queue), so in gc every Mutex, RWMutex, WaitGroup and Once method leaks
// its receiver, and `-m` on user code must say so too.
//
//rgo:runtime rt_semacquire
func runtime_Semacquire(s *uint32, reason int)

// runtime_Semrelease increments *s, waking the oldest waiter on it.
//
//rgo:runtime rt_semrelease
func runtime_Semrelease(s *uint32)

// fatal prints a gc-style fatal error with the traceback and exits with
// status 2 (gc's throw).
func fatal(msg string) {
	b := []byte(msg)
	throw(&b[0], len(b))
}

//go:noescape
//rgo:runtime rt_throw
func throw(p *byte, n int)

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// A Mutex is a mutual exclusion lock. The zero value for a Mutex is an
// unlocked mutex.
type Mutex struct {
	locked  bool
	waiters int32
	sema    uint32
}

// Lock locks m. If the lock is already in use, the calling goroutine
// blocks until the mutex is available.
func (m *Mutex) Lock() {
	if !m.locked {
		m.locked = true
		return
	}
	m.waiters++
	// Unlock hands the still-locked mutex to the oldest waiter.
	runtime_Semacquire(&m.sema, reasonMutexLock)
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
	if m.waiters > 0 {
		m.waiters--
		runtime_Semrelease(&m.sema)
		return
	}
	m.locked = false
}

// A RWMutex is a reader/writer mutual exclusion lock. The lock can be held
// by an arbitrary number of readers or a single writer. As in gc, a
// blocked Lock call excludes new readers from acquiring the lock.
type RWMutex struct {
	writer   bool
	readers  int
	wwaiters int32
	rwaiters int32
	wsema    uint32
	rsema    uint32
}

// Lock locks rw for writing.
func (rw *RWMutex) Lock() {
	if !rw.writer && rw.readers == 0 {
		rw.writer = true
		return
	}
	rw.wwaiters++
	runtime_Semacquire(&rw.wsema, reasonRWMutexLock)
}

// TryLock tries to lock rw for writing and reports whether it succeeded.
func (rw *RWMutex) TryLock() bool {
	if rw.writer || rw.readers > 0 {
		return false
	}
	rw.writer = true
	return true
}

// Unlock unlocks rw for writing: waiting readers go first, then a writer.
func (rw *RWMutex) Unlock() {
	if !rw.writer {
		fatal("sync: Unlock of unlocked RWMutex")
	}
	rw.writer = false
	if rw.rwaiters > 0 {
		n := rw.rwaiters
		rw.rwaiters = 0
		rw.readers += int(n)
		for i := int32(0); i < n; i++ {
			runtime_Semrelease(&rw.rsema)
		}
		return
	}
	rw.wakeWriter()
}

// wakeWriter hands the write lock to the oldest waiting writer, if any.
func (rw *RWMutex) wakeWriter() {
	if rw.wwaiters > 0 {
		rw.wwaiters--
		rw.writer = true
		runtime_Semrelease(&rw.wsema)
	}
}

// RLock locks rw for reading.
func (rw *RWMutex) RLock() {
	if !rw.writer && rw.wwaiters == 0 {
		rw.readers++
		return
	}
	rw.rwaiters++
	runtime_Semacquire(&rw.rsema, reasonRWMutexRLock)
}

// TryRLock tries to lock rw for reading and reports whether it succeeded.
func (rw *RWMutex) TryRLock() bool {
	if rw.writer || rw.wwaiters > 0 {
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
	if rw.readers == 0 {
		rw.wakeWriter()
	}
}

// RLocker returns a Locker interface that implements the Lock and Unlock
// methods by calling rw.RLock and rw.RUnlock.
func (rw *RWMutex) RLocker() Locker {
	return (*rlocker)(rw)
}

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }

// A WaitGroup waits for a collection of goroutines to finish.
type WaitGroup struct {
	n       int
	waiters int32
	sema    uint32
}

// Add adds delta, which may be negative, to the WaitGroup task counter. If
// the counter becomes zero, all goroutines blocked on Wait are released.
// If the counter goes negative, Add panics.
func (wg *WaitGroup) Add(delta int) {
	wg.n += delta
	if wg.n < 0 {
		panic("sync: negative WaitGroup counter")
	}
	if wg.n == 0 {
		for wg.waiters > 0 {
			wg.waiters--
			runtime_Semrelease(&wg.sema)
		}
	}
}

// Done decrements the WaitGroup task counter by one.
func (wg *WaitGroup) Done() {
	wg.Add(-1)
}

// Go calls f in a new goroutine and adds that task to the WaitGroup.
func (wg *WaitGroup) Go(f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		f()
	}()
}

// Wait blocks until the WaitGroup task counter is zero.
func (wg *WaitGroup) Wait() {
	if wg.n == 0 {
		return
	}
	wg.waiters++
	runtime_Semacquire(&wg.sema, reasonWaitGroupWait)
}

// Once is an object that will perform exactly one action.
type Once struct {
	done bool
	m    Mutex
}

// Do calls the function f if and only if Do is being called for the first
// time for this instance of Once. Other callers wait until f has returned;
// f calling Do on the same Once deadlocks, as in gc.
func (o *Once) Do(f func()) {
	if o.done {
		return
	}
	o.doSlow(f)
}

func (o *Once) doSlow(f func()) {
	o.m.Lock()
	defer o.m.Unlock()
	if !o.done {
		defer func() { o.done = true }()
		f()
	}
}

// A Pool is a set of temporary objects that may be individually saved and
// retrieved.
type Pool struct {
	items      []any
	registered bool

	// New optionally specifies a function to generate a value when Get
	// would otherwise return nil.
	New func() any
}

// allPools lists every Pool that has been used, as gc's does (gc's
// collector empties them through it). Registering stores p in a global, so,
// as in gc, Get and Put leak their receiver: `-m` says `leaking param: p`
// and a Pool whose methods are called lives on the heap.
var allPools []*Pool

func (p *Pool) register() {
	if !p.registered {
		p.registered = true
		allPools = append(allPools, p)
	}
}

// Put adds x to the pool.
func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	p.register()
	p.items = append(p.items, x)
}

// Get selects an arbitrary item from the Pool, removes it from the Pool,
// and returns it to the caller. If the Pool is empty and p.New is non-nil,
// Get returns the result of calling p.New.
func (p *Pool) Get() any {
	p.register()
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
