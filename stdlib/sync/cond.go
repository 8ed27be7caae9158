// Condition variables.
//
// A Cond counts its waiters and parks each on the Cond's semaphore. Signal
// releases the semaphore once if anybody waits, Broadcast once per waiter;
// the runtime wakes semaphore waiters oldest first, which is the order gc's
// notify list wakes them in. Because goroutines switch only at yield
// points, nothing can run between Wait's Unlock and its park, so a Signal
// cannot slip in between and be lost.

package sync

// Cond implements a condition variable, a rendezvous point for goroutines
// waiting for or announcing the occurrence of an event.
//
// Each Cond has an associated Locker L (often a *Mutex or *RWMutex), which
// must be held when changing the condition and when calling the Wait
// method.
type Cond struct {
	// L is held while observing or changing the condition.
	L Locker

	waiting int32  // goroutines parked in Wait and not yet released
	sema    uint32 // released once per woken waiter
}

// NewCond returns a new Cond with Locker l.
func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

// Wait atomically unlocks c.L and suspends execution of the calling
// goroutine. After later resuming execution, Wait locks c.L before
// returning. Wait cannot return unless awoken by Broadcast or Signal, so
// callers typically check their condition in a loop around Wait.
func (c *Cond) Wait() {
	c.waiting++
	c.L.Unlock()
	runtime_Semacquire(&c.sema, reasonCondWait)
	c.L.Lock()
}

// Signal wakes one goroutine waiting on c, if there is any. It is allowed
// but not required for the caller to hold c.L during the call.
func (c *Cond) Signal() {
	if c.waiting > 0 {
		c.waiting--
		runtime_Semrelease(&c.sema)
	}
}

// Broadcast wakes all goroutines waiting on c. It is allowed but not
// required for the caller to hold c.L during the call.
func (c *Cond) Broadcast() {
	for ; c.waiting > 0; c.waiting-- {
		runtime_Semrelease(&c.sema)
	}
}
