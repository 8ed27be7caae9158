// run

package main

import "fmt"

type Base struct {
	ID   int
	tags []string
}

func (b Base) Describe() string { return fmt.Sprintf("Base(%d)", b.ID) }
func (b *Base) AddTag(t string) { b.tags = append(b.tags, t) }
func (b *Base) Tags() []string   { return b.tags }

type Named struct {
	*Base
	Name string
}

func (n Named) Describe() string { return "Named " + n.Name + " over " + n.Base.Describe() }

type Widget struct {
	Named
	Size int
}

type Describer interface{ Describe() string }
type Tagger interface {
	AddTag(string)
	Tags() []string
}

type Logger struct{ prefix string }

func (l Logger) Log(s string) { fmt.Println(l.prefix + s) }

type Service struct {
	Logger
	Widget
	calls int
}

func (s *Service) Handle(x string) {
	s.calls++
	s.Log(fmt.Sprintf("handle %s #%d (widget %d, id %d)", x, s.calls, s.Size, s.ID))
}

func main() {
	w := Widget{Named: Named{Base: &Base{ID: 7}, Name: "knob"}, Size: 3}
	fmt.Println(w.Describe(), w.ID, w.Name)
	w.AddTag("red")
	w.Named.AddTag("round")
	var t Tagger = w // Widget's method set includes *Base's methods via the embedded pointer
	t.AddTag("small")
	fmt.Println(w.Tags(), t.Tags(), len(w.Base.tags))
	var d Describer = w
	fmt.Println(d.Describe())
	d = w.Named
	fmt.Println(d.Describe())
	d = *w.Base
	fmt.Println(d.Describe())
	d = &w
	fmt.Println(d.Describe())

	s := &Service{Logger: Logger{"[svc] "}, Widget: w}
	s.Handle("a")
	s.Handle("b")
	h := s.Handle
	h("c")
	f := (*Service).Handle
	f(s, "d")
	lg := s.Log
	s.prefix = "[changed] "
	lg("method value bound the old Logger copy")
	s.Log("direct call sees the new prefix")
	desc := Widget.Describe
	fmt.Println(desc(w))
	addTag := (*Widget).AddTag
	addTag(&w, "via-expr")
	fmt.Println(w.Tags())
	// Shared *Base: the copy in the service sees the same tags.
	fmt.Println(s.Tags())
	// Promoted field assignment through pointer chain.
	s.ID = 99
	fmt.Println(w.ID, s.Widget.Named.Base.ID)
	// Interface holding struct with embedded interface.
	type withIface struct {
		Describer
		extra int
	}
	wi := withIface{Describer: Base{ID: 5}, extra: 1}
	fmt.Println(wi.Describe())
	var d2 Describer = wi
	fmt.Println(d2.Describe())
	fmt.Printf("%v %+v\n", wi, wi)
}
