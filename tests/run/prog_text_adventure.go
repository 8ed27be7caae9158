// run

// A text-adventure state machine: rooms and items as structs, commands
// parsed from a script, game states as an interface with one
// implementation per state, and an inventory with embedded behaviour.
package main

import (
	"fmt"
	"strings"
)

type Direction int

const (
	North Direction = iota
	East
	South
	West
)

var dirNames = [...]string{"north", "east", "south", "west"}

func (d Direction) String() string { return dirNames[d] }

func parseDir(s string) (Direction, bool) {
	for i, n := range dirNames {
		if n == s || n[:1] == s {
			return Direction(i), true
		}
	}
	return 0, false
}

type Item struct {
	Name   string
	Weight int
}

type Container struct {
	Items []Item
}

func (c *Container) Take(name string) (Item, bool) {
	for i, it := range c.Items {
		if it.Name == name {
			c.Items = append(c.Items[:i], c.Items[i+1:]...)
			return it, true
		}
	}
	return Item{}, false
}

func (c *Container) Put(it Item) { c.Items = append(c.Items, it) }

func (c Container) List() string {
	if len(c.Items) == 0 {
		return "nothing"
	}
	names := make([]string, len(c.Items))
	for i, it := range c.Items {
		names[i] = it.Name
	}
	return strings.Join(names, ", ")
}

type Room struct {
	Name   string
	Exits  [4]*Room
	Locked [4]bool
	Container
	Dark bool
}

type Player struct {
	Container
	At       *Room
	Capacity int
	Moves    int
}

func (p *Player) Load() int {
	w := 0
	for _, it := range p.Items {
		w += it.Weight
	}
	return w
}

func (p *Player) Has(name string) bool {
	for _, it := range p.Items {
		if it.Name == name {
			return true
		}
	}
	return false
}

type State interface {
	Handle(g *Game, verb, arg string) State
	Name() string
}

type Exploring struct{}
type Fighting struct{ monsterHP int }
type Won struct{}
type Dead struct{ cause string }

type Game struct {
	P   *Player
	out []string
}

func (g *Game) say(format string, args ...any) {
	g.out = append(g.out, fmt.Sprintf(format, args...))
}

func (Exploring) Name() string { return "exploring" }
func (Exploring) Handle(g *Game, verb, arg string) State {
	p := g.P
	switch verb {
	case "look":
		if p.At.Dark && !p.Has("lamp") {
			g.say("It is pitch dark.")
			break
		}
		g.say("%s. You see %s.", p.At.Name, p.At.List())
	case "go":
		d, ok := parseDir(arg)
		if !ok {
			g.say("Go where?")
			break
		}
		next := p.At.Exits[d]
		switch {
		case next == nil:
			g.say("You cannot go %v.", d)
		case p.At.Locked[d] && !p.Has("key"):
			g.say("The way %v is locked.", d)
		default:
			p.At = next
			p.Moves++
			g.say("You go %v to the %s.", d, next.Name)
			if next.Name == "lair" {
				g.say("A troll attacks!")
				return &Fighting{monsterHP: 3}
			}
			if next.Name == "vault" {
				return Won{}
			}
		}
	case "take":
		it, ok := p.At.Take(arg)
		if !ok {
			g.say("No %s here.", arg)
			break
		}
		if p.Load()+it.Weight > p.Capacity {
			p.At.Put(it)
			g.say("The %s is too heavy.", arg)
			break
		}
		p.Put(it)
		g.say("Taken: %s (load %d/%d).", arg, p.Load(), p.Capacity)
	case "drop":
		if it, ok := p.Take(arg); ok {
			p.At.Put(it)
			g.say("Dropped %s.", arg)
		} else {
			g.say("You have no %s.", arg)
		}
	case "inv":
		g.say("You carry %s.", p.List())
	default:
		g.say("I don't know how to %q.", verb)
	}
	return Exploring{}
}

func (f *Fighting) Name() string { return fmt.Sprintf("fighting(hp=%d)", f.monsterHP) }
func (f *Fighting) Handle(g *Game, verb, arg string) State {
	switch verb {
	case "hit":
		dmg := 1
		if g.P.Has("sword") {
			dmg = 2
		}
		f.monsterHP -= dmg
		g.say("You hit the troll for %d.", dmg)
		if f.monsterHP <= 0 {
			g.say("The troll flees.")
			return Exploring{}
		}
		return f
	case "flee":
		g.P.At = g.P.At.Exits[South]
		g.say("You run back to the %s.", g.P.At.Name)
		return Exploring{}
	}
	return Dead{"the troll ate you while you tried to " + verb}
}

func (Won) Name() string                         { return "won" }
func (w Won) Handle(g *Game, _, _ string) State  { g.say("The game is over; you won."); return w }
func (Dead) Name() string                        { return "dead" }
func (d Dead) Handle(g *Game, _, _ string) State { g.say("You are dead (%s).", d.cause); return d }

func build() *Room {
	hall := &Room{Name: "hall"}
	armory := &Room{Name: "armory", Dark: true}
	lair := &Room{Name: "lair"}
	vault := &Room{Name: "vault"}
	link := func(a *Room, d Direction, b *Room) {
		a.Exits[d] = b
		b.Exits[(d+2)%4] = a
	}
	link(hall, East, armory)
	link(hall, North, lair)
	link(lair, North, vault)
	lair.Locked[North] = true
	hall.Put(Item{"lamp", 2})
	hall.Put(Item{"anvil", 50})
	armory.Put(Item{"sword", 5})
	armory.Put(Item{"key", 1})
	return hall
}

func main() {
	script := `look
take anvil
take lamp
go e
look
take sword
take key
inv
go w
go n
hit
hit
look
go s
go n
take crown
xyzzy
go n
look`
	play(script)
	play("go n\nflee\ngo n\ndance\nlook")
}

func play(script string) {
	g := &Game{P: &Player{At: build(), Capacity: 10}}
	var st State = Exploring{}
	for _, line := range strings.Split(script, "\n") {
		fields := strings.Fields(line)
		verb, arg := fields[0], ""
		if len(fields) > 1 {
			arg = fields[1]
		}
		before := st.Name()
		st = st.Handle(g, verb, arg)
		for _, o := range g.out {
			fmt.Printf("[%s] > %-10s %s\n", before, line, o)
		}
		g.out = g.out[:0]
	}
	fmt.Printf("final state %s after %d moves\n", st.Name(), g.P.Moves)
	_, dead := st.(Dead)
	fmt.Println("dead:", dead)
}
