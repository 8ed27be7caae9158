// run

package main

import "fmt"

func main() {
	m8 := map[int8]int{}
	for i := -128; i < 128; i++ {
		m8[int8(i)] += i
	}
	m8[-1] += 1000
	fmt.Println(len(m8), m8[-128], m8[127], m8[-1], m8[0])

	m16 := map[int16]string{-32768: "min", 32767: "max", 0: "zero"}
	fmt.Println(len(m16), m16[-32768], m16[32767], m16[0], m16[1] == "")

	m32 := map[int32]int32{}
	m64 := map[int64]int64{}
	mu := map[uint]uint{}
	mu8 := map[uint8]int{}
	mu16 := map[uint16]int{}
	mu32 := map[uint32]int{}
	mu64 := map[uint64]int{}
	mp := map[uintptr]int{}
	for i := 0; i < 1000; i++ {
		m32[int32(i*7919)] = int32(i)
		m64[int64(i)<<40] = int64(-i)
		mu[uint(i)*3] = uint(i)
		mu8[uint8(i)]++
		mu16[uint16(i*97)]++
		mu32[uint32(i)<<20]++
		mu64[uint64(1)<<63|uint64(i)]++
		mp[uintptr(i)]++
	}
	fmt.Println(len(m32), m32[7919*500], len(m64), m64[int64(999)<<40], len(mu), mu[2997])
	fmt.Println(len(mu8), mu8[255], mu8[0], len(mu16), len(mu32), mu32[uint32(1000)<<20], len(mu64), mu64[1<<63|5], len(mp))

	type ID int
	ids := map[ID]string{1: "one", 2: "two"}
	ids[ID(3)] = "three"
	fmt.Println(len(ids), ids[1], ids[3])
	var r rune = 'é'
	runes := map[rune]int{'a': 1, r: 2}
	fmt.Println(runes['é'], runes['a'], runes['b'])
}
