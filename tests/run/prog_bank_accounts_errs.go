// run

package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

var (
	ErrInsufficient = errors.New("insufficient funds")
	ErrFrozen       = errors.New("account frozen")
	ErrNotFound     = errors.New("account not found")
)

type Cents int64

func (c Cents) String() string {
	sign := ""
	if c < 0 {
		sign = "-"
		c = -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}

type TxError struct {
	Op      string
	Account string
	Amount  Cents
	Err     error
}

func (e *TxError) Error() string {
	return fmt.Sprintf("%s %v on %s: %v", e.Op, e.Amount, e.Account, e.Err)
}

func (e *TxError) Unwrap() error { return e.Err }

type Account interface {
	ID() string
	Balance() Cents
	Deposit(Cents) error
	Withdraw(Cents) error
}

type base struct {
	id      string
	balance Cents
	frozen  bool
	history []string
}

func (b *base) ID() string      { return b.id }
func (b *base) Balance() Cents  { return b.balance }
func (b *base) log(f string, args ...any) {
	b.history = append(b.history, fmt.Sprintf(f, args...))
}

func (b *base) Deposit(c Cents) error {
	if b.frozen {
		return &TxError{"deposit", b.id, c, ErrFrozen}
	}
	b.balance += c
	b.log("dep %v", c)
	return nil
}

type Checking struct {
	base
	overdraft Cents
}

func (a *Checking) Withdraw(c Cents) error {
	if a.frozen {
		return &TxError{"withdraw", a.id, c, ErrFrozen}
	}
	if a.balance-c < -a.overdraft {
		return &TxError{"withdraw", a.id, c, fmt.Errorf("limit %v: %w", a.overdraft, ErrInsufficient)}
	}
	a.balance -= c
	a.log("wd %v", c)
	return nil
}

type Savings struct {
	base
	rateBP int // basis points
	wdLeft int
}

func (s *Savings) Withdraw(c Cents) error {
	if s.wdLeft == 0 {
		return &TxError{"withdraw", s.id, c, errors.New("withdrawal limit reached")}
	}
	if c > s.balance {
		return &TxError{"withdraw", s.id, c, ErrInsufficient}
	}
	s.wdLeft--
	s.balance -= c
	s.log("wd %v", c)
	return nil
}

func (s *Savings) Accrue() {
	interest := s.balance * Cents(s.rateBP) / 10000
	s.balance += interest
	s.log("int %v", interest)
}

type Bank struct {
	accounts map[string]Account
}

func (b *Bank) Get(id string) (Account, error) {
	a, ok := b.accounts[id]
	if !ok {
		return nil, fmt.Errorf("get %s: %w", id, ErrNotFound)
	}
	return a, nil
}

func (b *Bank) Transfer(from, to string, amt Cents) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("transfer %s->%s: %w", from, to, err)
		}
	}()
	src, err := b.Get(from)
	if err != nil {
		return err
	}
	dst, err := b.Get(to)
	if err != nil {
		return err
	}
	if err := src.Withdraw(amt); err != nil {
		return err
	}
	if err := dst.Deposit(amt); err != nil {
		// roll back
		if rb := src.Deposit(amt); rb != nil {
			return errors.Join(err, rb)
		}
		return err
	}
	return nil
}

func classify(err error) string {
	var tx *TxError
	var parts []string
	if errors.Is(err, ErrInsufficient) {
		parts = append(parts, "insufficient")
	}
	if errors.Is(err, ErrFrozen) {
		parts = append(parts, "frozen")
	}
	if errors.Is(err, ErrNotFound) {
		parts = append(parts, "notfound")
	}
	if errors.As(err, &tx) {
		parts = append(parts, "tx:"+tx.Op+"@"+tx.Account)
	}
	if len(parts) == 0 {
		return "other"
	}
	return strings.Join(parts, ",")
}

func main() {
	bank := &Bank{accounts: map[string]Account{}}
	alice := &Checking{base: base{id: "alice", balance: 10000}, overdraft: 5000}
	bob := &Savings{base: base{id: "bob", balance: 250000}, rateBP: 125, wdLeft: 2}
	carol := &Checking{base: base{id: "carol"}}
	for _, a := range []Account{alice, bob, carol} {
		bank.accounts[a.ID()] = a
	}

	ops := []struct {
		from, to string
		amt      Cents
	}{
		{"alice", "bob", 12000},
		{"alice", "bob", 4000},
		{"bob", "carol", 99999},
		{"bob", "carol", 1},
		{"bob", "alice", 1},
		{"carol", "dave", 100},
		{"dave", "carol", 100},
		{"carol", "alice", 100000},
	}
	for i, op := range ops {
		if i == 6 {
			carol.frozen = true
		}
		err := bank.Transfer(op.from, op.to, op.amt)
		if err != nil {
			fmt.Printf("%d: FAIL [%s] %v\n", i, classify(err), err)
		} else {
			fmt.Printf("%d: ok %v %s->%s\n", i, op.amt, op.from, op.to)
		}
	}
	carol.frozen = false
	alice.frozen = true
	err := bank.Transfer("carol", "alice", 50)
	fmt.Println("frozen dst:", classify(err))
	fmt.Println(err)
	alice.frozen = false
	bob.Accrue()

	ids := make([]string, 0, len(bank.accounts))
	for id := range bank.accounts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var total Cents
	for _, id := range ids {
		a := bank.accounts[id]
		total += a.Balance()
		var hist []string
		switch x := a.(type) {
		case *Checking:
			hist = x.history
		case *Savings:
			hist = x.history
		}
		fmt.Printf("%-6s %12v %T %q\n", id, a.Balance(), a, hist)
	}
	fmt.Println("total", total)
	fmt.Printf("%v %s %d\n", Cents(-1234), Cents(5), Cents(77))
}
