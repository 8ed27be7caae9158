// run

package main

import (
	"container/ring"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"hash/fnv"
	"html"
	"log"
	"os"
	"strings"
	"time"
	"unicode/utf16"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("app: ")
	log.Println("starting", 42)
	log.Printf("value=%d", 7)
	l := log.New(os.Stdout, "[out] ", log.Lmsgprefix)
	l.Println("hello")

	h := fnv.New32a()
	h.Write([]byte("hello"))
	fmt.Println(h.Sum32())
	h64 := fnv.New64()
	h64.Write([]byte("world"))
	fmt.Printf("%x\n", h64.Sum64())
	fmt.Printf("%x\n", h64.Sum(nil))

	fmt.Println(utf16.Encode([]rune("héllo😀")))
	fmt.Println(string(utf16.Decode([]uint16{104, 0xd83d, 0xde00})))

	r := ring.New(4)
	for i := 0; i < 4; i++ {
		r.Value = i * i
		r = r.Next()
	}
	r.Do(func(v any) { fmt.Print(v, " ") })
	fmt.Println(r.Len())

	fmt.Println(html.EscapeString("<a href=\"x\">&</a>"), html.UnescapeString("&lt;b&gt; &amp; &eacute; &#65;"))

	rd := csv.NewReader(strings.NewReader("name,age\n\"Smith, J\",42\nbob,\"7\"\n"))
	recs, err := rd.ReadAll()
	fmt.Println(recs, err, len(recs))
	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"a,b", "c\"d", "e"})
	w.Flush()

	ctx, cancel := context.WithCancel(context.Background())
	ctx2 := context.WithValue(ctx, "k", "v")
	fmt.Println(ctx2.Value("k"), ctx2.Err())
	cancel()
	<-ctx2.Done()
	fmt.Println(ctx2.Err(), errors.Is(ctx2.Err(), context.Canceled))
	ctx3, c3 := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer c3()
	select {
	case <-ctx3.Done():
		fmt.Println("timeout:", ctx3.Err())
	case <-time.After(time.Second):
		fmt.Println("late")
	}
	fmt.Println(context.Background(), ctx)
	log.Fatalf("bye %s", "now")
}
