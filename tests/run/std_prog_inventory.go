// run

// An inventory report: parse records, aggregate with maps, sort, and
// print an aligned table with totals using Printf widths.
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

const data = `sku,name,category,qty,price
A100,Widget,tools,12,2.50
A101,Gadget,tools,3,10.00
B200,Sprocket,parts,150,0.15
B201,Cog,parts,0,0.30
C300,Manual,books,7,15.99
bad line
A102,Doohickey,tools,x,1.00`

type item struct {
	sku, name, cat string
	qty            int
	price          float64
}

func main() {
	var items []item
	for i, line := range strings.Split(data, "\n")[1:] {
		f := strings.Split(line, ",")
		if len(f) != 5 {
			fmt.Printf("line %d: want 5 fields, got %d\n", i+2, len(f))
			continue
		}
		q, err := strconv.Atoi(f[3])
		if err != nil {
			fmt.Printf("line %d: %v\n", i+2, err)
			continue
		}
		p, _ := strconv.ParseFloat(f[4], 64)
		items = append(items, item{f[0], f[1], f[2], q, p})
	}
	byCat := map[string][]item{}
	for _, it := range items {
		byCat[it.cat] = append(byCat[it.cat], it)
	}
	cats := make([]string, 0, len(byCat))
	for c := range byCat {
		cats = append(cats, c)
	}
	sort.Strings(cats)
	fmt.Printf("%-6s %-10s %5s %8s %9s\n", "SKU", "NAME", "QTY", "PRICE", "VALUE")
	fmt.Println(strings.Repeat("-", 42))
	grand := 0.0
	for _, c := range cats {
		its := byCat[c]
		sort.Slice(its, func(i, j int) bool { return its[i].qty*100+int(its[i].price) > its[j].qty*100+int(its[j].price) })
		sub := 0.0
		fmt.Printf("[%s]\n", strings.ToUpper(c))
		for _, it := range its {
			v := float64(it.qty) * it.price
			sub += v
			flag := ""
			if it.qty == 0 {
				flag = " (out of stock)"
			}
			fmt.Printf("%-6s %-10s %5d %8.2f %9.2f%s\n", it.sku, it.name, it.qty, it.price, v, flag)
		}
		fmt.Printf("%33s %9.2f\n", "subtotal", sub)
		grand += sub
	}
	fmt.Printf("%33s %9.2f\n", "TOTAL", grand)
	fmt.Printf("%d items in %d categories, avg value %.3f\n", len(items), len(cats), grand/float64(len(items)))
}
