package time

// After waits for the duration to elapse and then sends the current time
// on the returned channel. In rgo the wait is a goroutine parked on the
// runtime's timer heap (time.Sleep), so a pending After, like a pending gc
// timer, keeps the deadlock detector quiet until it fires.
func After(d Duration) <-chan Time {
	c := make(chan Time, 1)
	go func() {
		Sleep(d)
		c <- Now()
	}()
	return c
}
