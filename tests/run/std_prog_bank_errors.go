// run

// A bank ledger with typed errors: sentinel errors, a struct error with
// fields, wrapping with %w through layers, and errors.Is/As at the top.
package main

import (
	"errors"
	"fmt"
)

var (
	ErrNoAccount = errors.New("no such account")
	ErrFrozen    = errors.New("account frozen")
)

type InsufficientFunds struct {
	Account string
	Need    int64
	Have    int64
}

func (e *InsufficientFunds) Error() string {
	return fmt.Sprintf("insufficient funds in %s: need %d, have %d", e.Account, e.Need, e.Have)
}

type Bank struct {
	balances map[string]int64
	frozen   map[string]bool
	log      []string
}

func (b *Bank) withdraw(acct string, amt int64) error {
	bal, ok := b.balances[acct]
	if !ok {
		return fmt.Errorf("withdraw %d from %q: %w", amt, acct, ErrNoAccount)
	}
	if b.frozen[acct] {
		return fmt.Errorf("withdraw from %s: %w", acct, ErrFrozen)
	}
	if bal < amt {
		return fmt.Errorf("withdraw: %w", &InsufficientFunds{acct, amt, bal})
	}
	b.balances[acct] = bal - amt
	return nil
}

func (b *Bank) Transfer(from, to string, amt int64) (err error) {
	defer func() {
		status := "ok"
		if err != nil {
			status = "failed"
		}
		b.log = append(b.log, fmt.Sprintf("%s->%s %d %s", from, to, amt, status))
	}()
	if _, ok := b.balances[to]; !ok {
		return fmt.Errorf("transfer to %q: %w", to, ErrNoAccount)
	}
	if err := b.withdraw(from, amt); err != nil {
		return fmt.Errorf("transfer %s->%s: %w", from, to, err)
	}
	b.balances[to] += amt
	return nil
}

func main() {
	b := &Bank{balances: map[string]int64{"alice": 100, "bob": 20, "carol": 0}, frozen: map[string]bool{"carol": true}}
	tries := []struct {
		from, to string
		amt      int64
	}{{"alice", "bob", 30}, {"bob", "alice", 80}, {"dave", "bob", 1}, {"alice", "erin", 5}, {"carol", "alice", 1}, {"bob", "carol", 50}}
	for _, t := range tries {
		err := b.Transfer(t.from, t.to, t.amt)
		var inf *InsufficientFunds
		switch {
		case err == nil:
			fmt.Println("ok")
		case errors.Is(err, ErrNoAccount):
			fmt.Println("missing account:", err)
		case errors.Is(err, ErrFrozen):
			fmt.Println("frozen:", err)
		case errors.As(err, &inf):
			fmt.Printf("short by %d: %v\n", inf.Need-inf.Have, err)
		default:
			fmt.Println("other:", err)
		}
	}
	fmt.Println(b.balances)
	for _, l := range b.log {
		fmt.Println(l)
	}
}
