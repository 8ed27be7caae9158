// run

// A bank ledger: accounts keyed by id, balances in integer cents,
// transfers validated with error values (sentinels, typed errors, wrapping),
// an audit journal, interest postings and a sorted statement.
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
	return fmt.Sprintf("%s$%d.%02d", sign, int64(c/100), int64(c%100))
}

var (
	ErrNoAccount    = errors.New("no such account")
	ErrFrozen       = errors.New("account frozen")
	ErrInvalidMoney = errors.New("amount must be positive")
)

type InsufficientFundsError struct {
	Account string
	Balance Cents
	Need    Cents
}

func (e *InsufficientFundsError) Error() string {
	return fmt.Sprintf("insufficient funds in %s: balance %v, need %v", e.Account, e.Balance, e.Need)
}

type Account struct {
	ID        string
	Owner     string
	Balance   Cents
	Overdraft Cents
	Frozen    bool
}

type Entry struct {
	Seq    int
	Kind   string
	From   string
	To     string
	Amount Cents
}

type Ledger struct {
	accounts map[string]*Account
	journal  []Entry
	seq      int
}

func NewLedger() *Ledger {
	return &Ledger{accounts: make(map[string]*Account)}
}

func (l *Ledger) Open(id, owner string, overdraft Cents) *Account {
	a := &Account{ID: id, Owner: owner, Overdraft: overdraft}
	l.accounts[id] = a
	return a
}

func (l *Ledger) get(id string) (*Account, error) {
	a, ok := l.accounts[id]
	if !ok {
		return nil, fmt.Errorf("account %q: %w", id, ErrNoAccount)
	}
	if a.Frozen {
		return nil, fmt.Errorf("account %q: %w", id, ErrFrozen)
	}
	return a, nil
}

func (l *Ledger) record(kind, from, to string, amt Cents) {
	l.seq++
	l.journal = append(l.journal, Entry{l.seq, kind, from, to, amt})
}

func (l *Ledger) Deposit(id string, amt Cents) error {
	if amt <= 0 {
		return fmt.Errorf("deposit %v: %w", amt, ErrInvalidMoney)
	}
	a, err := l.get(id)
	if err != nil {
		return fmt.Errorf("deposit: %w", err)
	}
	a.Balance += amt
	l.record("deposit", "", id, amt)
	return nil
}

func (l *Ledger) withdraw(a *Account, amt Cents) error {
	if a.Balance+a.Overdraft < amt {
		return &InsufficientFundsError{a.ID, a.Balance, amt}
	}
	a.Balance -= amt
	return nil
}

func (l *Ledger) Transfer(from, to string, amt Cents) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("transfer %v %s->%s: %w", amt, from, to, err)
		}
	}()
	if amt <= 0 {
		return ErrInvalidMoney
	}
	src, err := l.get(from)
	if err != nil {
		return err
	}
	dst, err := l.get(to)
	if err != nil {
		return err
	}
	if err := l.withdraw(src, amt); err != nil {
		return err
	}
	dst.Balance += amt
	l.record("transfer", from, to, amt)
	return nil
}

// PostInterest adds interest in basis points to positive balances, rounding
// half away from zero, and charges 2% on overdrawn balances.
func (l *Ledger) PostInterest(bps int64) Cents {
	var total Cents
	for _, id := range l.sortedIDs() {
		a := l.accounts[id]
		var delta Cents
		if a.Balance > 0 {
			delta = Cents((int64(a.Balance)*bps + 5000) / 10000)
		} else if a.Balance < 0 {
			delta = Cents((int64(a.Balance)*200 - 5000) / 10000)
		}
		if delta != 0 {
			a.Balance += delta
			total += delta
			l.record("interest", "", id, delta)
		}
	}
	return total
}

func (l *Ledger) sortedIDs() []string {
	ids := make([]string, 0, len(l.accounts))
	for id := range l.accounts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}

func (l *Ledger) Total() Cents {
	var t Cents
	for _, a := range l.accounts {
		t += a.Balance
	}
	return t
}

func (l *Ledger) Statement() {
	accts := make([]*Account, 0, len(l.accounts))
	for _, a := range l.accounts {
		accts = append(accts, a)
	}
	sort.Slice(accts, func(i, j int) bool {
		if accts[i].Balance != accts[j].Balance {
			return accts[i].Balance > accts[j].Balance
		}
		return accts[i].ID < accts[j].ID
	})
	fmt.Println(strings.Repeat("-", 40))
	for _, a := range accts {
		flag := ""
		if a.Frozen {
			flag = " (frozen)"
		}
		fmt.Printf("%-6s %-10s %14v%s\n", a.ID, a.Owner, a.Balance, flag)
	}
	fmt.Printf("%-17s %14v\n", "total", l.Total())
	fmt.Println(strings.Repeat("-", 40))
}

func report(what string, err error) {
	if err == nil {
		fmt.Printf("ok    %s\n", what)
		return
	}
	var ife *InsufficientFundsError
	switch {
	case errors.As(err, &ife):
		fmt.Printf("FUNDS %s: short by %v\n      %v\n", what, ife.Need-ife.Balance, err)
	case errors.Is(err, ErrNoAccount):
		fmt.Printf("NOACC %s: %v\n", what, err)
	case errors.Is(err, ErrFrozen):
		fmt.Printf("FROZE %s: %v\n", what, err)
	default:
		fmt.Printf("ERR   %s: %v\n", what, err)
	}
}

func main() {
	l := NewLedger()
	l.Open("A-100", "alice", 0)
	l.Open("B-200", "bob", 50_00)
	l.Open("C-300", "carol", 0)
	l.Open("D-400", "dave", 0)

	report("deposit alice 1000", l.Deposit("A-100", 1000_00))
	report("deposit bob 25.50", l.Deposit("B-200", 25_50))
	report("deposit carol 0", l.Deposit("C-300", 0))
	report("deposit erin", l.Deposit("E-500", 10_00))
	report("alice->bob 120.75", l.Transfer("A-100", "B-200", 120_75))
	report("bob->carol 190", l.Transfer("B-200", "C-300", 190_00))
	report("bob->carol 260", l.Transfer("B-200", "C-300", 260_00))
	report("carol->dave 5", l.Transfer("C-300", "D-400", 5_00))
	l.accounts["D-400"].Frozen = true
	report("alice->dave 1", l.Transfer("A-100", "D-400", 1_00))
	report("alice->alice -3", l.Transfer("A-100", "A-100", -3_00))
	report("alice->nobody", l.Transfer("A-100", "Z-999", 1))
	l.Statement()

	fmt.Println("interest posted:", l.PostInterest(125))
	l.Statement()

	kinds := map[string]int{}
	var moved Cents
	for _, e := range l.journal {
		kinds[e.Kind]++
		if e.Kind == "transfer" {
			moved += e.Amount
		}
	}
	names := make([]string, 0, len(kinds))
	for k := range kinds {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		fmt.Printf("%s=%d ", k, kinds[k])
	}
	fmt.Println("moved", moved)
	for _, e := range l.journal {
		fmt.Printf("#%02d %-8s %6s -> %-6s %10v\n", e.Seq, e.Kind, e.From, e.To, e.Amount)
	}
	fmt.Println(Cents(-5), Cents(0), Cents(-123456), Cents(7))
}
