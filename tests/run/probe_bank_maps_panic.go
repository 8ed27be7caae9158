// run

package main

import (
	"fmt"
	"sort"
	"strings"
)

type Account struct {
	ID      int
	Owner   string
	Balance int64
	History []Txn
}

type Txn struct {
	Amount int64
	Memo   string
}

type InsufficientFunds struct {
	Need, Have int64
}

func (e *InsufficientFunds) Error() string {
	return fmt.Sprintf("insufficient funds: need %d, have %d", e.Need, e.Have)
}

type Bank struct {
	accounts map[int]*Account
	nextID   int
}

func NewBank() *Bank { return &Bank{accounts: make(map[int]*Account), nextID: 100} }

func (b *Bank) Open(owner string, initial int64) *Account {
	a := &Account{ID: b.nextID, Owner: owner}
	b.nextID++
	b.accounts[a.ID] = a
	a.deposit(initial, "open")
	return a
}

func (a *Account) deposit(n int64, memo string) {
	a.Balance += n
	a.History = append(a.History, Txn{n, memo})
}

func (b *Bank) Transfer(from, to int, n int64) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("transfer %d->%d: %w", from, to, err)
		}
	}()
	src, ok := b.accounts[from]
	if !ok {
		return fmt.Errorf("no account %d", from)
	}
	dst, ok := b.accounts[to]
	if !ok {
		return fmt.Errorf("no account %d", to)
	}
	if src.Balance < n {
		return &InsufficientFunds{n, src.Balance}
	}
	src.deposit(-n, fmt.Sprintf("to %d", to))
	dst.deposit(n, fmt.Sprintf("from %d", from))
	return nil
}

func (b *Bank) Report() string {
	ids := make([]int, 0, len(b.accounts))
	for id := range b.accounts {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	var sb strings.Builder
	for _, id := range ids {
		a := b.accounts[id]
		fmt.Fprintf(&sb, "%4d %-8s %8d  %v\n", a.ID, a.Owner, a.Balance, a.History)
	}
	return sb.String()
}

func main() {
	b := NewBank()
	alice := b.Open("alice", 500)
	bob := b.Open("bob", 50)
	fmt.Println(b.Transfer(alice.ID, bob.ID, 200))
	err := b.Transfer(bob.ID, alice.ID, 1000)
	fmt.Println(err)
	var inf *InsufficientFunds
	if ok := fmt.Sprint(err != nil); ok == "true" {
		fmt.Println("failed as expected")
	}
	_ = inf
	fmt.Println(b.Transfer(1, 2, 3))
	fmt.Print(b.Report())
	totals := map[string]int64{}
	for _, a := range b.accounts {
		for _, t := range a.History {
			totals[a.Owner] += t.Amount
		}
	}
	fmt.Println(totals)
	type kv struct {
		k string
		v int64
	}
	var kvs []kv
	for k, v := range totals {
		kvs = append(kvs, kv{k, v})
	}
	sort.Slice(kvs, func(i, j int) bool { return kvs[i].v > kvs[j].v })
	fmt.Printf("%+v\n", kvs)
	m := map[[2]int]string{{1, 2}: "a", {0, 5}: "b"}
	fmt.Println(m, len(m))
	delete(m, [2]int{1, 2})
	fmt.Println(m)
	mi := map[interface{}]int{1: 1, "a": 2, 2.5: 3, true: 4, [1]int{1}: 5}
	fmt.Println(len(mi), mi[1], mi["a"], mi[2.5], mi[true], mi[[1]int{1}], mi[nil])
	fmt.Println(map[float64]int{2: 1, -1: 2, 0.5: 3})
	fmt.Println(map[bool]string{true: "t", false: "f"})
	var accts []*Account
	fmt.Println(accts == nil, len(accts))
	var p *Account
	defer func() {
		fmt.Println("recovered:", recover())
		var mm map[string][]int
		mm["x"] = append(mm["x"], 1)
	}()
	fmt.Println(p.Owner)
}
