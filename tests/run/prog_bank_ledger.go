// run

// A bank ledger with integer money (cents): accounts, transfers with
// overdraft limits, fees, interest in basis points, an audit that checks
// the books balance, and errors as values of several types.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
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

type AccountKind uint8

const (
	Checking AccountKind = iota
	Savings
)

func (k AccountKind) String() string {
	switch k {
	case Checking:
		return "checking"
	case Savings:
		return "savings"
	}
	return fmt.Sprintf("kind(%d)", uint8(k))
}

type Account struct {
	Num       int
	Owner     string
	Kind      AccountKind
	Balance   Cents
	Overdraft Cents
	Frozen    bool
}

type Entry struct {
	Seq    int
	From   int
	To     int
	Amount Cents
	Memo   string
}

var ErrFrozen = errors.New("account frozen")
var ErrNoAccount = errors.New("no such account")

type InsufficientFunds struct {
	Account int
	Need    Cents
	Have    Cents
}

func (e InsufficientFunds) Error() string {
	return fmt.Sprintf("account %d: insufficient funds: need %v, have %v", e.Account, e.Need, e.Have)
}

type Bank struct {
	accounts []*Account
	ledger   []Entry
	seq      int
	external Cents // money that entered (+) or left (-) the bank
}

func (b *Bank) Open(owner string, kind AccountKind, overdraft Cents) *Account {
	a := &Account{Num: 1001 + len(b.accounts), Owner: owner, Kind: kind, Overdraft: overdraft}
	b.accounts = append(b.accounts, a)
	return a
}

func (b *Bank) find(num int) (*Account, error) {
	for _, a := range b.accounts {
		if a.Num == num {
			if a.Frozen {
				return a, fmt.Errorf("account %d: %w", num, ErrFrozen)
			}
			return a, nil
		}
	}
	return nil, fmt.Errorf("account %d: %w", num, ErrNoAccount)
}

func (b *Bank) record(from, to int, amt Cents, memo string) {
	b.seq++
	b.ledger = append(b.ledger, Entry{b.seq, from, to, amt, memo})
}

func (b *Bank) Deposit(num int, amt Cents) error {
	a, err := b.find(num)
	if err != nil {
		return err
	}
	a.Balance += amt
	b.external += amt
	b.record(0, num, amt, "deposit")
	return nil
}

func (b *Bank) Transfer(from, to int, amt Cents, memo string) error {
	if amt <= 0 {
		return fmt.Errorf("bad amount %v", amt)
	}
	src, err := b.find(from)
	if err != nil {
		return err
	}
	dst, err := b.find(to)
	if err != nil {
		return err
	}
	if src.Balance+src.Overdraft < amt {
		return InsufficientFunds{from, amt, src.Balance}
	}
	src.Balance -= amt
	dst.Balance += amt
	b.record(from, to, amt, memo)
	return nil
}

// MonthEnd charges a fee on overdrawn checking accounts and pays interest
// (basis points per month, rounded down) on savings.
func (b *Bank) MonthEnd(feeCents Cents, interestBP int64) {
	for _, a := range b.accounts {
		switch {
		case a.Kind == Checking && a.Balance < 0:
			a.Balance -= feeCents
			b.external -= feeCents
			b.record(a.Num, 0, feeCents, "overdraft fee")
		case a.Kind == Savings && a.Balance > 0:
			interest := Cents(int64(a.Balance) * interestBP / 10000)
			a.Balance += interest
			b.external += interest
			b.record(0, a.Num, interest, "interest")
		}
	}
}

func (b *Bank) Audit() error {
	var total Cents
	for _, a := range b.accounts {
		total += a.Balance
	}
	if total != b.external {
		return fmt.Errorf("books do not balance: %v vs %v", total, b.external)
	}
	return nil
}

func (b *Bank) Statement(num int) string {
	var sb strings.Builder
	var running Cents
	for _, e := range b.ledger {
		var delta Cents
		switch num {
		case e.To:
			delta = e.Amount
		case e.From:
			delta = -e.Amount
		default:
			continue
		}
		running += delta
		fmt.Fprintf(&sb, "  #%02d %-14s %10v %10v\n", e.Seq, e.Memo, delta, running)
	}
	return sb.String()
}

func main() {
	bank := &Bank{}
	alice := bank.Open("alice", Checking, 5000)
	bob := bank.Open("bob", Savings, 0)
	carol := bank.Open("carol", Checking, 0)
	steps := []func() error{
		func() error { return bank.Deposit(alice.Num, 120050) },
		func() error { return bank.Deposit(bob.Num, 99999) },
		func() error { return bank.Transfer(alice.Num, bob.Num, 25025, "rent share") },
		func() error { return bank.Transfer(bob.Num, carol.Num, 100000, "loan") },
		func() error { return bank.Transfer(alice.Num, carol.Num, 98000, "car") },
		func() error { return bank.Transfer(alice.Num, carol.Num, 1000, "too much") },
		func() error { return bank.Transfer(carol.Num, 9999, 10, "nowhere") },
		func() error { carol.Frozen = true; return bank.Transfer(alice.Num, carol.Num, 1, "frozen") },
		func() error { carol.Frozen = false; return bank.Transfer(carol.Num, alice.Num, 0, "zero") },
		func() error { return bank.Transfer(bob.Num, alice.Num, 50000, "help") },
	}
	for i, step := range steps {
		err := step()
		var inf InsufficientFunds
		switch {
		case err == nil:
			fmt.Printf("step %d ok\n", i)
		case errors.As(err, &inf):
			fmt.Printf("step %d: short by %v: %v\n", i, inf.Need-inf.Have, err)
		case errors.Is(err, ErrFrozen), errors.Is(err, ErrNoAccount):
			fmt.Printf("step %d: account problem: %v\n", i, err)
		default:
			fmt.Printf("step %d: %v\n", i, err)
		}
	}
	bank.Transfer(alice.Num, carol.Num, 2000, "groceries")
	bank.MonthEnd(3500, 125)
	if err := bank.Audit(); err != nil {
		fmt.Println(err)
	} else {
		fmt.Println("audit ok, external", bank.external)
	}
	sorted := append([]*Account(nil), bank.accounts...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].Balance > sorted[j].Balance })
	for _, a := range sorted {
		fmt.Printf("%d %-6s %-8v %12v\n", a.Num, a.Owner, a.Kind, a.Balance)
		fmt.Print(bank.Statement(a.Num))
	}
	fmt.Println(Cents(-5), Cents(0), AccountKind(7))
}
