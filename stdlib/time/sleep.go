// Timers and tickers: Timer (NewTimer, AfterFunc, Stop, Reset), After,
// Tick and Ticker.
//
// Each armed timer is a goroutine parked on the runtime's timer heap
// (Sleep); when it wakes it delivers the time on the timer's channel, or
// starts the AfterFunc function in a new goroutine. Goroutines switch only
// at yield points, so timer state needs no locking.
//
// Semantics follow gc since Go 1.23: a timer is pending until its value
// has been received, so Stop and Reset of a timer whose value sits unread
// in the channel take the value back and report true, and no stale value
// can be received after them. The channel has a one-value buffer, as gc's
// has inside (gc's, unlike ours, reports len and cap 0). Every arming has
// a generation number; Stop and Reset bump it, and a waking goroutine
// whose generation is stale simply exits. A stopped timer's goroutine
// still sleeps out its time, so, unlike gc, it delays the deadlock report
// and counts in runtime.NumGoroutine until then.

package time

// timerState is shared by Timer and Ticker.
type timerState struct {
	c      chan Time // the channel C receives from (one-value buffer); nil for AfterFunc
	f      func()    // AfterFunc's function
	gen    int       // bumped by Stop and Reset to cancel the current arming
	active bool      // armed and not yet fired or stopped
}

// arm starts a goroutine that fires after d and then, for a ticker
// (period > 0), every period until the next Stop or Reset.
func (t *timerState) arm(d, period Duration) {
	t.gen++
	gen := t.gen
	if d <= 0 && period == 0 && t.f == nil {
		// Already expired: gc delivers the value to the first receive,
		// so it is in the channel at once (stop left the buffer empty).
		t.active = false
		t.c <- Now()
		return
	}
	t.active = true
	go func() {
		next := Now().Add(d)
		for {
			Sleep(Until(next))
			if t.gen != gen {
				return
			}
			if t.f != nil {
				t.active = false
				go t.f()
				return
			}
			// A full buffer means the receiver has not taken the previous
			// tick; like gc, drop this one.
			select {
			case t.c <- Now():
			default:
			}
			if period == 0 {
				t.active = false
				return
			}
			next = next.Add(period)
			if now := Now(); next.Before(now) {
				next = now
			}
		}
	}()
}

// stop cancels the current arming, takes back an unreceived value, and
// reports whether the timer was pending.
func (t *timerState) stop() bool {
	was := t.active
	t.active = false
	t.gen++
	if t.c != nil {
		select {
		case <-t.c:
			was = true
		default:
		}
	}
	return was
}

// The Timer type represents a single event. When the Timer expires, the
// current time will be sent on C, unless the Timer was created by
// AfterFunc.
type Timer struct {
	C <-chan Time
	r *timerState
}

// NewTimer creates a new Timer that will send the current time on its
// channel after at least duration d.
func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	t := &Timer{C: c, r: &timerState{c: c}}
	t.r.arm(d, 0)
	return t
}

// AfterFunc waits for the duration to elapse and then calls f in its own
// goroutine. It returns a Timer that can be used to cancel the call using
// its Stop method. The returned Timer's C field is not used and will be
// nil.
func AfterFunc(d Duration, f func()) *Timer {
	t := &Timer{r: &timerState{f: f}}
	t.r.arm(d, 0)
	return t
}

// Stop prevents the Timer from firing. It returns true if the call stops
// the timer, false if the timer has already expired or been stopped.
func (t *Timer) Stop() bool {
	if t.r == nil {
		panic("time: Stop called on uninitialized Timer")
	}
	return t.r.stop()
}

// Reset changes the timer to expire after duration d. It returns true if
// the timer had been active, false if the timer had expired or been
// stopped.
func (t *Timer) Reset(d Duration) bool {
	if t.r == nil {
		panic("time: Reset called on uninitialized Timer")
	}
	was := t.r.stop()
	t.r.arm(d, 0)
	return was
}

// After waits for the duration to elapse and then sends the current time
// on the returned channel. It is equivalent to NewTimer(d).C.
func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

// A Ticker holds a channel that delivers “ticks” of a clock at intervals.
type Ticker struct {
	C <-chan Time // The channel on which the ticks are delivered.
	r *timerState
}

// NewTicker returns a new Ticker containing a channel that will send the
// current time on the channel after each tick. The period of the ticks is
// specified by the duration argument. The ticker will adjust the time
// interval or drop ticks to make up for slow receivers. The duration d
// must be greater than zero; if not, NewTicker will panic.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c := make(chan Time, 1)
	t := &Ticker{C: c, r: &timerState{c: c}}
	t.r.arm(d, d)
	return t
}

// Stop turns off a ticker. After Stop, no more ticks will be sent.
func (t *Ticker) Stop() {
	if t.r != nil {
		t.r.stop()
	}
}

// Reset stops a ticker and resets its period to the specified duration.
// The next tick will arrive after the new period elapses. The duration d
// must be greater than zero; if not, Reset will panic.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if t.r == nil {
		panic("time: Reset called on uninitialized Ticker")
	}
	t.r.stop()
	t.r.arm(d, d)
}

// Tick is a convenience wrapper for NewTicker providing access to the
// ticking channel only. Unlike NewTicker, Tick will return nil if d <= 0.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}
