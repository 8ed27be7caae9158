// run

// An inventory and order-processing system: products with variants,
// discount rules as an interface with several implementations, orders
// validated against stock, and a report sorted by several keys.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type SKU string

type Product struct {
	SKU      SKU
	Name     string
	Price    int // cents
	Stock    int
	Category string
}

type Line struct {
	SKU SKU
	Qty int
}

type Order struct {
	ID       int
	Customer string
	Lines    []Line
	Coupon   string
}

type Rule interface {
	Name() string
	Apply(o *Order, inv *Inventory, subtotal int) int // discount in cents
}

type PercentOff struct {
	Category string
	Percent  int
}

func (p PercentOff) Name() string { return fmt.Sprintf("%d%% off %s", p.Percent, p.Category) }
func (p PercentOff) Apply(o *Order, inv *Inventory, _ int) int {
	d := 0
	for _, l := range o.Lines {
		if pr, ok := inv.Find(l.SKU); ok && pr.Category == p.Category {
			d += pr.Price * l.Qty * p.Percent / 100
		}
	}
	return d
}

type BuyXGetY struct {
	SKU  SKU
	X, Y int
}

func (b BuyXGetY) Name() string { return fmt.Sprintf("buy %d get %d free on %s", b.X, b.Y, b.SKU) }
func (b BuyXGetY) Apply(o *Order, inv *Inventory, _ int) int {
	for _, l := range o.Lines {
		if l.SKU == b.SKU {
			pr, _ := inv.Find(l.SKU)
			free := l.Qty / (b.X + b.Y) * b.Y
			return free * pr.Price
		}
	}
	return 0
}

type Coupon struct {
	Code    string
	Amount  int
	Minimum int
}

func (c *Coupon) Name() string { return "coupon " + c.Code }
func (c *Coupon) Apply(o *Order, _ *Inventory, subtotal int) int {
	if o.Coupon == c.Code && subtotal >= c.Minimum {
		return c.Amount
	}
	return 0
}

type Inventory struct {
	products []Product
}

func (inv *Inventory) Find(s SKU) (*Product, bool) {
	for i := range inv.products {
		if inv.products[i].SKU == s {
			return &inv.products[i], true
		}
	}
	return nil, false
}

var ErrUnknown = errors.New("unknown product")

type StockError struct {
	SKU       SKU
	Want, Got int
}

func (e *StockError) Error() string {
	return fmt.Sprintf("insufficient stock for %s: want %d, have %d", e.SKU, e.Want, e.Got)
}

type Receipt struct {
	Order     int
	Subtotal  int
	Discounts []string
	Discount  int
}

func (r Receipt) Total() int { return r.Subtotal - r.Discount }

func money(c int) string { return fmt.Sprintf("$%d.%02d", c/100, c%100) }

func (inv *Inventory) Process(o *Order, rules []Rule) (Receipt, error) {
	r := Receipt{Order: o.ID}
	for _, l := range o.Lines {
		p, ok := inv.Find(l.SKU)
		if !ok {
			return r, fmt.Errorf("order %d: %w: %s", o.ID, ErrUnknown, l.SKU)
		}
		if p.Stock < l.Qty {
			return r, &StockError{l.SKU, l.Qty, p.Stock}
		}
		r.Subtotal += p.Price * l.Qty
	}
	for _, rule := range rules {
		if d := rule.Apply(o, inv, r.Subtotal); d > 0 {
			r.Discount += d
			r.Discounts = append(r.Discounts, fmt.Sprintf("%s: -%s", rule.Name(), money(d)))
		}
	}
	for _, l := range o.Lines {
		p, _ := inv.Find(l.SKU)
		p.Stock -= l.Qty
	}
	return r, nil
}

func main() {
	inv := &Inventory{products: []Product{
		{"TEA-1", "Green tea", 450, 20, "drinks"},
		{"TEA-2", "Black tea", 399, 5, "drinks"},
		{"MUG-1", "Mug", 1200, 3, "kitchen"},
		{"BIS-1", "Biscuits", 250, 50, "food"},
	}}
	rules := []Rule{PercentOff{"drinks", 10}, BuyXGetY{"BIS-1", 2, 1}, &Coupon{"WELCOME", 500, 2000}}
	orders := []*Order{
		{1, "ann", []Line{{"TEA-1", 2}, {"BIS-1", 6}}, ""},
		{2, "bob", []Line{{"MUG-1", 2}, {"TEA-2", 1}}, "WELCOME"},
		{3, "cy", []Line{{"MUG-1", 2}}, ""},
		{4, "dee", []Line{{"XXX-9", 1}}, ""},
		{5, "eve", []Line{{"TEA-2", 4}, {"BIS-1", 3}}, "WELCOME"},
	}
	revenue := 0
	for _, o := range orders {
		r, err := inv.Process(o, rules)
		var se *StockError
		switch {
		case errors.As(err, &se):
			fmt.Printf("order %d rejected: %v (short by %d)\n", o.ID, err, se.Want-se.Got)
			continue
		case errors.Is(err, ErrUnknown):
			fmt.Println("rejected:", err)
			continue
		}
		revenue += r.Total()
		fmt.Printf("order %d for %s: subtotal %s, total %s\n", o.ID, o.Customer, money(r.Subtotal), money(r.Total()))
		for _, d := range r.Discounts {
			fmt.Println("   ", d)
		}
	}
	fmt.Println("revenue", money(revenue))
	ps := append([]Product(nil), inv.products...)
	sort.Slice(ps, func(i, j int) bool {
		if ps[i].Category != ps[j].Category {
			return ps[i].Category < ps[j].Category
		}
		return ps[i].Stock < ps[j].Stock
	})
	for _, p := range ps {
		fmt.Printf("%-8s %-10s %-6s stock %2d %s\n", p.SKU, p.Name, p.Category, p.Stock, strings.Repeat("*", p.Stock/2))
	}
}
