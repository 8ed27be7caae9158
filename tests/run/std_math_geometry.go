// run

// A small geometry library on top of math: distances, angles, polygon
// areas, rounding to decimals and statistics.
package main

import (
	"fmt"
	"math"
	"sort"
)

type Pt struct{ X, Y float64 }

func dist(a, b Pt) float64 { return math.Hypot(b.X-a.X, b.Y-a.Y) }

func angleDeg(a, b Pt) float64 { return math.Atan2(b.Y-a.Y, b.X-a.X) * 180 / math.Pi }

func area(poly []Pt) float64 {
	s := 0.0
	for i := range poly {
		j := (i + 1) % len(poly)
		s += poly[i].X*poly[j].Y - poly[j].X*poly[i].Y
	}
	return math.Abs(s) / 2
}

func roundTo(x float64, places int) float64 {
	p := math.Pow(10, float64(places))
	return math.Round(x*p) / p
}

func stats(xs []float64) (mean, sd, median float64) {
	for _, x := range xs {
		mean += x
	}
	mean /= float64(len(xs))
	for _, x := range xs {
		sd += (x - mean) * (x - mean)
	}
	sd = math.Sqrt(sd / float64(len(xs)-1))
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	if len(s)%2 == 1 {
		median = s[len(s)/2]
	} else {
		median = (s[len(s)/2-1] + s[len(s)/2]) / 2
	}
	return
}

func main() {
	a, b, c := Pt{0, 0}, Pt{3, 4}, Pt{-2, 1}
	fmt.Println(dist(a, b), dist(b, c), roundTo(dist(a, c), 3))
	fmt.Printf("%.4f %.4f %.4f\n", angleDeg(a, b), angleDeg(a, c), angleDeg(b, a))
	fmt.Println(area([]Pt{a, b, c}), area([]Pt{{0, 0}, {4, 0}, {4, 3}, {0, 3}}))
	for n := 3; n <= 8; n++ {
		poly := make([]Pt, n)
		for i := range poly {
			t := 2 * math.Pi * float64(i) / float64(n)
			poly[i] = Pt{math.Cos(t), math.Sin(t)}
		}
		fmt.Printf("%d-gon area %.6f (circle %.6f)\n", n, area(poly), math.Pi)
	}
	mean, sd, med := stats([]float64{2, 4, 4, 4, 5, 5, 7, 9})
	fmt.Printf("mean=%g sd=%.5f median=%g\n", mean, sd, med)
	for _, x := range []float64{1.005, 2.675, -1.5, 0.125, 1234.5678} {
		fmt.Println(x, roundTo(x, 2), roundTo(x, 0), math.Floor(x*100)/100)
	}
	// Compound interest and a numeric integral.
	principal := 1000.0
	for years := 1; years <= 5; years++ {
		fmt.Printf("year %d: %.2f\n", years, principal*math.Pow(1+0.05/12, float64(12*years)))
	}
	sum := 0.0
	n := 1000
	for i := 0; i < n; i++ {
		x := (float64(i) + 0.5) / float64(n)
		sum += 4 / (1 + x*x)
	}
	fmt.Printf("pi ~ %.10f err %.2e\n", sum/float64(n), math.Abs(sum/float64(n)-math.Pi))
	fmt.Println(math.Sqrt(2)*math.Sqrt(2) == 2, math.Abs(math.Sqrt(2)*math.Sqrt(2)-2) < 1e-15)
}
