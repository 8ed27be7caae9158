// run

// A warehouse inventory: SKUs with stock per location, orders that reserve
// and ship stock, error values checked with errors.Is / errors.As through
// several layers of fmt.Errorf("%w") wrapping and errors.Join, rollback with
// defer, and a restock report.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

var (
	ErrUnknownSKU  = errors.New("unknown SKU")
	ErrOutOfStock  = errors.New("out of stock")
	ErrInvalidQty  = errors.New("invalid quantity")
	ErrOrderClosed = errors.New("order already closed")
)

type StockError struct {
	SKU       string
	Requested int
	Available int
}

func (e *StockError) Error() string {
	return fmt.Sprintf("sku %s: requested %d, available %d", e.SKU, e.Requested, e.Available)
}

func (e *StockError) Unwrap() error { return ErrOutOfStock }

type ValidationError struct {
	Field string
	Value any
}

func (e ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %v", e.Field, e.Value)
}

func (e ValidationError) Is(target error) bool {
	return target == ErrInvalidQty && e.Field == "quantity"
}

type Product struct {
	SKU      string
	Name     string
	PriceCts int
	Reorder  int
}

type Inventory struct {
	products map[string]Product
	stock    map[string]map[string]int // sku -> location -> count
	reserved map[string]int
}

func NewInventory() *Inventory {
	return &Inventory{
		products: map[string]Product{},
		stock:    map[string]map[string]int{},
		reserved: map[string]int{},
	}
}

func (inv *Inventory) AddProduct(p Product) {
	inv.products[p.SKU] = p
	if inv.stock[p.SKU] == nil {
		inv.stock[p.SKU] = map[string]int{}
	}
}

func (inv *Inventory) Receive(sku, loc string, qty int) error {
	if qty <= 0 {
		return fmt.Errorf("receive %s: %w", sku, ValidationError{"quantity", qty})
	}
	locs, ok := inv.stock[sku]
	if !ok {
		return fmt.Errorf("receive %s: %w", sku, ErrUnknownSKU)
	}
	locs[loc] += qty
	return nil
}

func (inv *Inventory) OnHand(sku string) int {
	total := 0
	for _, n := range inv.stock[sku] {
		total += n
	}
	return total
}

func (inv *Inventory) Available(sku string) int { return inv.OnHand(sku) - inv.reserved[sku] }

type Line struct {
	SKU string
	Qty int
}

type Order struct {
	ID     int
	Lines  []Line
	closed bool
}

// Reserve reserves every line or nothing: a deferred rollback undoes the
// lines already reserved when a later one fails.
func (inv *Inventory) Reserve(o *Order) (err error) {
	if o.closed {
		return fmt.Errorf("order %d: %w", o.ID, ErrOrderClosed)
	}
	var done []Line
	defer func() {
		if err != nil {
			for _, l := range done {
				inv.reserved[l.SKU] -= l.Qty
			}
			err = fmt.Errorf("order %d: %w (rolled back %d lines)", o.ID, err, len(done))
		}
	}()
	for _, l := range o.Lines {
		if _, ok := inv.products[l.SKU]; !ok {
			return fmt.Errorf("line %s: %w", l.SKU, ErrUnknownSKU)
		}
		if l.Qty <= 0 {
			return fmt.Errorf("line %s: %w", l.SKU, ValidationError{"quantity", l.Qty})
		}
		if avail := inv.Available(l.SKU); avail < l.Qty {
			return &StockError{l.SKU, l.Qty, avail}
		}
		inv.reserved[l.SKU] += l.Qty
		done = append(done, l)
	}
	return nil
}

// Ship takes reserved stock from locations in name order.
func (inv *Inventory) Ship(o *Order) (total int, err error) {
	if o.closed {
		return 0, ErrOrderClosed
	}
	for _, l := range o.Lines {
		need := l.Qty
		locs := inv.stock[l.SKU]
		names := make([]string, 0, len(locs))
		for name := range locs {
			names = append(names, name)
		}
		sort.Strings(names)
		for _, name := range names {
			take := min(need, locs[name])
			locs[name] -= take
			need -= take
			if locs[name] == 0 {
				delete(locs, name)
			}
		}
		inv.reserved[l.SKU] -= l.Qty
		total += l.Qty * inv.products[l.SKU].PriceCts
	}
	o.closed = true
	return total, nil
}

func (inv *Inventory) RestockReport() error {
	skus := make([]string, 0, len(inv.products))
	for sku := range inv.products {
		skus = append(skus, sku)
	}
	sort.Strings(skus)
	var errs []error
	for _, sku := range skus {
		p := inv.products[sku]
		locs := inv.stock[sku]
		names := make([]string, 0, len(locs))
		for n := range locs {
			names = append(names, fmt.Sprintf("%s=%d", n, locs[n]))
		}
		sort.Strings(names)
		fmt.Printf("  %-6s %-14s on hand %3d reserved %2d  [%s]\n", sku, p.Name, inv.OnHand(sku), inv.reserved[sku], strings.Join(names, " "))
		if inv.Available(sku) < p.Reorder {
			errs = append(errs, &StockError{sku, p.Reorder, inv.Available(sku)})
		}
	}
	return errors.Join(errs...)
}

func describe(err error) string {
	if err == nil {
		return "ok"
	}
	var se *StockError
	var ve ValidationError
	tags := []string{}
	if errors.As(err, &se) {
		tags = append(tags, fmt.Sprintf("stock(short %d of %s)", se.Requested-se.Available, se.SKU))
	}
	if errors.As(err, &ve) {
		tags = append(tags, "validation("+ve.Field+")")
	}
	for _, sentinel := range []error{ErrUnknownSKU, ErrOutOfStock, ErrInvalidQty, ErrOrderClosed} {
		if errors.Is(err, sentinel) {
			tags = append(tags, sentinel.Error())
		}
	}
	return err.Error() + "\n      => " + strings.Join(tags, ", ")
}

func main() {
	inv := NewInventory()
	for _, p := range []Product{
		{"W-1", "widget", 250, 10}, {"G-2", "gadget", 1999, 2},
		{"S-3", "sprocket", 75, 50}, {"D-4", "doohickey", 12000, 1},
	} {
		inv.AddProduct(p)
	}
	fmt.Println("receive:", describe(inv.Receive("W-1", "aisle-3", 40)))
	fmt.Println("receive:", describe(inv.Receive("W-1", "aisle-1", 15)))
	fmt.Println("receive:", describe(inv.Receive("G-2", "cage", 5)))
	fmt.Println("receive:", describe(inv.Receive("S-3", "bin-9", 60)))
	fmt.Println("receive:", describe(inv.Receive("X-9", "bin-1", 1)))
	fmt.Println("receive:", describe(inv.Receive("S-3", "bin-1", -4)))

	orders := []*Order{
		{ID: 1, Lines: []Line{{"W-1", 20}, {"G-2", 1}}},
		{ID: 2, Lines: []Line{{"S-3", 30}, {"G-2", 5}}},
		{ID: 3, Lines: []Line{{"W-1", 30}, {"D-4", 1}}},
		{ID: 4, Lines: []Line{{"S-3", 10}, {"Q-0", 1}}},
		{ID: 5, Lines: []Line{{"S-3", 0}}},
		{ID: 6, Lines: []Line{{"W-1", 35}, {"S-3", 25}}},
	}
	for _, o := range orders {
		err := inv.Reserve(o)
		fmt.Printf("reserve #%d: %s\n", o.ID, describe(err))
		if err == nil && o.ID%2 == 1 {
			total, err := inv.Ship(o)
			fmt.Printf("ship    #%d: $%d.%02d %s\n", o.ID, total/100, total%100, describe(err))
		}
	}
	fmt.Printf("reserve #1 again: %s\n", describe(inv.Reserve(orders[0])))
	_, err := inv.Ship(orders[0])
	fmt.Printf("ship #1 again: %s\n", describe(err))

	fmt.Println("report:")
	err = inv.RestockReport()
	fmt.Printf("restock needed:\n%v\n", err)
	fmt.Println("is out of stock:", errors.Is(err, ErrOutOfStock), "is unknown:", errors.Is(err, ErrUnknownSKU))
	var se *StockError
	if errors.As(err, &se) {
		fmt.Println("first shortage:", se.SKU)
	}
	wrapped := fmt.Errorf("nightly job: %w", fmt.Errorf("report: %w", err))
	fmt.Println(errors.Is(wrapped, ErrOutOfStock), errors.Unwrap(errors.Unwrap(wrapped)) == err)
}
