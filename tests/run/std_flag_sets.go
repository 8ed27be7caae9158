// run

package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(s string) error { *l = append(*l, s); return nil }

type level int

func (l *level) String() string { return fmt.Sprint(int(*l)) }
func (l *level) Set(s string) error {
	if s == "bad" {
		return errors.New("bad level")
	}
	*l = level(len(s))
	return nil
}

func main() {
	fs := flag.NewFlagSet("tool", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	n := fs.Int("n", 3, "number of `items`")
	name := fs.String("name", "world", "who to greet")
	v := fs.Bool("v", false, "verbose")
	d := fs.Duration("wait", 2*time.Second, "how long")
	f := fs.Float64("ratio", 0.5, "a ratio")
	var tags listFlag
	fs.Var(&tags, "tag", "tags (repeatable)")
	var lv level
	fs.Var(&lv, "level", "a level")
	u := fs.Uint64("big", 0, "a big one")
	err := fs.Parse([]string{"-n", "7", "--name=gopher", "-v", "-tag", "a", "-tag=b", "-wait", "150ms", "-level", "xyz", "rest1", "rest2"})
	fmt.Println(err, *n, *name, *v, *d, *f, tags, lv, *u)
	fmt.Println(fs.Args(), fs.NArg(), fs.Arg(0), fs.NFlag())
	fs.Visit(func(fl *flag.Flag) { fmt.Println("set:", fl.Name, fl.Value) })
	fs.VisitAll(func(fl *flag.Flag) { fmt.Print(fl.Name, "=", fl.DefValue, " ") })
	fmt.Println()
	fs.PrintDefaults()
	err = fs.Parse([]string{"-nope"})
	fmt.Println("err:", err)
	err = fs.Parse([]string{"-n", "abc"})
	fmt.Println("err:", err)
	err = fs.Parse([]string{"-level", "bad"})
	fmt.Println("err:", err)
	err = fs.Parse([]string{"-h"})
	fmt.Println("err:", err, errors.Is(err, flag.ErrHelp))

	count := flag.Int("count", 1, "count")
	flag.Parse()
	fmt.Println(*count, flag.NArg(), flag.Parsed())
}
