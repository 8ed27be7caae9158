// run

package main

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"
	"time"
)

type Item struct {
	SKU   string
	Name  string
	Qty   int
	Price float64
}

type Invoice struct {
	ID     int
	Issued time.Time
	Due    time.Time
	Items  []Item
}

var ErrOverdue = errors.New("invoice overdue")

type PaymentError struct {
	ID   int
	Days int
	Err  error
}

func (p PaymentError) Error() string {
	return fmt.Sprintf("invoice #%04d: %v by %d days", p.ID, p.Err, p.Days)
}

func (p PaymentError) Unwrap() error { return p.Err }

func (inv Invoice) Total() float64 {
	t := 0.0
	for _, it := range inv.Items {
		t += float64(it.Qty) * it.Price
	}
	return t
}

func check(inv Invoice, today time.Time) error {
	if today.After(inv.Due) {
		days := int(today.Sub(inv.Due).Hours() / 24)
		return fmt.Errorf("check: %w", PaymentError{inv.ID, days, ErrOverdue})
	}
	return nil
}

func main() {
	issued := time.Date(2024, time.January, 15, 10, 30, 0, 0, time.UTC)
	invs := []Invoice{
		{7, issued, issued.AddDate(0, 1, 0), []Item{{"A-1", "Widget", 3, 9.99}, {"B-22", "Gadget, large", 1, 149.5}}},
		{12, issued.AddDate(0, 0, 10), issued.AddDate(0, 0, 40), []Item{{"C-3", "Sprocket", 12, 0.35}}},
		{3, issued.AddDate(0, -2, 0), issued.AddDate(0, -1, 0), []Item{{"A-1", "Widget", 100, 9.5}, {"D-9", "Doohickey", 2, 1234.5678}}},
	}
	today := time.Date(2024, time.February, 20, 0, 0, 0, 0, time.UTC)
	sort.Slice(invs, func(i, j int) bool { return invs[i].Total() > invs[j].Total() })
	for _, inv := range invs {
		fmt.Printf("Invoice #%04d  issued %s  due %s\n", inv.ID, inv.Issued.Format("02 Jan 2006"), inv.Due.Format(time.DateOnly))
		fmt.Println(strings.Repeat("-", 48))
		for _, it := range inv.Items {
			fmt.Printf("%-6s %-16.16s %4d x %9.2f = %10.2f\n", it.SKU, it.Name, it.Qty, it.Price, float64(it.Qty)*it.Price)
		}
		fmt.Printf("%38s %10.2f\n", "TOTAL", inv.Total())
		if err := check(inv, today); err != nil {
			var pe PaymentError
			if errors.As(err, &pe) {
				fmt.Fprintln(os.Stdout, "  !!", err, "| days:", pe.Days, "| overdue:", errors.Is(err, ErrOverdue))
			}
		} else {
			fmt.Printf("  ok, %v left\n", inv.Due.Sub(today).Round(time.Hour))
		}
		fmt.Println()
	}
	fmt.Printf("%v %+v\n", invs[0].Items[0], invs[1].Items[0])
	fmt.Printf("%x %X %o %b %08.3f %-8d| %+d %e %G\n", 255, 3054, 8, 5, 3.14159, 42, 7, 123456.789, 1e-7)
	fmt.Printf("%5t|%-5t|%q|%v|%U|%c\n", true, false, 'x', 'x', 0x1F600, 0x41)
	fmt.Printf("%*d|%-*d|%.*f\n", 5, 42, 4, 7, 2, 3.14159)
}
