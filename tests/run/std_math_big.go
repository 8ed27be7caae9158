// run

package main

import (
	"fmt"
	"math/big"
)

func factorial(n int64) *big.Int {
	r := big.NewInt(1)
	for i := int64(2); i <= n; i++ {
		r.Mul(r, big.NewInt(i))
	}
	return r
}

func fib(n int) *big.Int {
	a, b := big.NewInt(0), big.NewInt(1)
	for i := 0; i < n; i++ {
		a.Add(a, b)
		a, b = b, a
	}
	return a
}

func main() {
	fmt.Println(factorial(50))
	fmt.Println(fib(300).String())
	x, ok := new(big.Int).SetString("123456789012345678901234567890", 10)
	fmt.Println(x, ok)
	y := new(big.Int).Exp(big.NewInt(2), big.NewInt(200), nil)
	fmt.Println(y, y.BitLen(), y.Sign())
	q, m := new(big.Int).DivMod(y, x, new(big.Int))
	fmt.Println(q, m)
	fmt.Println(new(big.Int).GCD(nil, nil, big.NewInt(1071), big.NewInt(462)))
	fmt.Println(big.NewInt(1000003).ProbablyPrime(20), big.NewInt(1000001).ProbablyPrime(20))
	fmt.Printf("%x %o %b\n", big.NewInt(255), big.NewInt(8), big.NewInt(5))
	fmt.Println(x.Cmp(y), y.Cmp(x), x.Cmp(x))
	fmt.Println(new(big.Int).Sqrt(y))
	fmt.Println(new(big.Int).Neg(x), new(big.Int).Abs(new(big.Int).Neg(x)))
	fmt.Println(new(big.Int).ModInverse(big.NewInt(3), big.NewInt(11)))
	fmt.Println(x.Text(36), y.Int64(), big.NewInt(-42).Uint64())

	r := big.NewRat(3, 4)
	r2 := new(big.Rat).SetFrac64(5, 6)
	fmt.Println(new(big.Rat).Add(r, r2), new(big.Rat).Mul(r, r2), r.FloatString(5))
	r3, _ := new(big.Rat).SetString("1.25")
	fmt.Println(r3, r3.Num(), r3.Denom())

	f := new(big.Float).SetPrec(200)
	f.SetInt64(2)
	s := new(big.Float).SetPrec(200).Sqrt(f)
	fmt.Println(s.Text('g', 50))
	fmt.Printf("%.30f\n", s)
	g, _ := new(big.Float).SetString("1e100")
	fmt.Println(g, g.Prec())
	h := big.NewFloat(1.5)
	fmt.Println(h.Add(h, big.NewFloat(2.25)), h.String())
	i, acc := h.Int64()
	fmt.Println(i, acc)
	var z big.Int
	fmt.Println(z.String(), z.Sign())
	fmt.Sscan("98765432109876543210", &z)
	fmt.Println(&z)
}
