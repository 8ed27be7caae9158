// run

// A text adventure driven by a script of commands: rooms and items as
// structs, behaviour through interfaces and embedded types, a player state
// machine, and a command dispatcher built from a map of closures.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Thing interface {
	Name() string
	Describe() string
}

type Takeable interface {
	Thing
	Weight() int
}

type Usable interface {
	Thing
	Use(g *Game) string
}

type base struct {
	name, desc string
}

func (b base) Name() string     { return b.name }
func (b base) Describe() string { return b.desc }

type Item struct {
	base
	weight int
}

func (i *Item) Weight() int { return i.weight }

type Lamp struct {
	Item
	lit bool
}

func (l *Lamp) Use(g *Game) string {
	l.lit = !l.lit
	if l.lit {
		return "The lamp flickers on."
	}
	return "The lamp goes dark."
}

func (l *Lamp) Describe() string {
	if l.lit {
		return l.desc + " It is glowing."
	}
	return l.desc
}

type Key struct {
	Item
	opens string
}

func (k *Key) Use(g *Game) string {
	for _, e := range g.room.exits {
		if e.locked && e.to == k.opens {
			e.locked = false
			return "You unlock the door to the " + k.opens + "."
		}
	}
	return "There is nothing to unlock here."
}

type Statue struct{ base }

type Exit struct {
	dir    string
	to     string
	locked bool
}

type Room struct {
	name   string
	desc   string
	dark   bool
	exits  []*Exit
	things []Thing
}

type State int

const (
	Exploring State = iota
	Won
	Dead
	Quit
)

var stateNames = map[State]string{Exploring: "exploring", Won: "won", Dead: "dead", Quit: "quit"}

func (s State) String() string { return stateNames[s] }

type Game struct {
	rooms     map[string]*Room
	room      *Room
	inventory []Takeable
	state     State
	moves     int
	commands  map[string]func(arg string) string
}

const maxCarry = 10

func (g *Game) canSee() bool {
	if !g.room.dark {
		return true
	}
	for _, t := range g.inventory {
		if l, ok := t.(*Lamp); ok && l.lit {
			return true
		}
	}
	return false
}

func (g *Game) look() string {
	if !g.canSee() {
		return "It is pitch dark. You might be eaten by a grue."
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s", strings.ToUpper(g.room.name), g.room.desc)
	for _, t := range g.room.things {
		fmt.Fprintf(&b, "\n  There is a %s here.", t.Name())
	}
	dirs := make([]string, 0, len(g.room.exits))
	for _, e := range g.room.exits {
		d := e.dir
		if e.locked {
			d += "(locked)"
		}
		dirs = append(dirs, d)
	}
	sort.Strings(dirs)
	fmt.Fprintf(&b, "\n  Exits: %s", strings.Join(dirs, ", "))
	return b.String()
}

func (g *Game) find(name string, things []Thing) (int, Thing) {
	for i, t := range things {
		if t.Name() == name {
			return i, t
		}
	}
	return -1, nil
}

func (g *Game) carried() int {
	w := 0
	for _, t := range g.inventory {
		w += t.Weight()
	}
	return w
}

func NewGame() *Game {
	g := &Game{rooms: map[string]*Room{}}
	add := func(r *Room) { g.rooms[r.name] = r }
	add(&Room{name: "hall", desc: "A dusty entrance hall.",
		exits:  []*Exit{{"north", "library", false}, {"down", "cellar", false}, {"east", "vault", true}},
		things: []Thing{&Lamp{Item: Item{base{"lamp", "A brass lamp."}, 3}}, &Statue{base{"statue", "A stern marble statue."}}}})
	add(&Room{name: "library", desc: "Shelves of rotting books.",
		exits:  []*Exit{{"south", "hall", false}},
		things: []Thing{&Item{base{"book", "A book titled 'Grues and You'."}, 2}, &Item{base{"anvil", "Very heavy."}, 7}}})
	add(&Room{name: "cellar", desc: "A damp cellar.", dark: true,
		exits:  []*Exit{{"up", "hall", false}},
		things: []Thing{&Key{Item{base{"key", "A small iron key."}, 1}, "vault"}}})
	add(&Room{name: "vault", desc: "Gold glitters everywhere.",
		exits: []*Exit{{"west", "hall", false}}})
	g.room = g.rooms["hall"]
	g.commands = map[string]func(string) string{
		"look": func(string) string { return g.look() },
		"go":   g.move,
		"take": g.take,
		"drop": g.drop,
		"use":  g.use,
		"examine": func(arg string) string {
			if _, t := g.find(arg, g.room.things); t != nil {
				return t.Describe()
			}
			for _, t := range g.inventory {
				if t.Name() == arg {
					return t.Describe()
				}
			}
			return "You see no " + arg + "."
		},
		"inventory": func(string) string {
			if len(g.inventory) == 0 {
				return "You are empty-handed."
			}
			names := []string{}
			for _, t := range g.inventory {
				names = append(names, fmt.Sprintf("%s(%d)", t.Name(), t.Weight()))
			}
			return fmt.Sprintf("You carry %s, weight %d/%d.", strings.Join(names, " "), g.carried(), maxCarry)
		},
		"quit": func(string) string { g.state = Quit; return "Bye." },
	}
	return g
}

func (g *Game) move(dir string) string {
	for _, e := range g.room.exits {
		if e.dir != dir {
			continue
		}
		if e.locked {
			return "The door is locked."
		}
		if !g.canSee() {
			g.state = Dead
			return "You stumble in the dark and are eaten by a grue."
		}
		g.room = g.rooms[e.to]
		if g.room.name == "vault" {
			g.state = Won
		}
		return g.look()
	}
	return "You can't go " + dir + "."
}

func (g *Game) take(name string) string {
	if !g.canSee() {
		return "You fumble around in the dark."
	}
	i, t := g.find(name, g.room.things)
	if t == nil {
		return "There is no " + name + " here."
	}
	tk, ok := t.(Takeable)
	if !ok {
		return "The " + name + " will not budge."
	}
	if g.carried()+tk.Weight() > maxCarry {
		return "The " + name + " is too heavy to carry with everything else."
	}
	g.room.things = append(g.room.things[:i], g.room.things[i+1:]...)
	g.inventory = append(g.inventory, tk)
	return "Taken: " + name + "."
}

func (g *Game) drop(name string) string {
	for i, t := range g.inventory {
		if t.Name() == name {
			g.inventory = append(g.inventory[:i], g.inventory[i+1:]...)
			g.room.things = append(g.room.things, t)
			return "Dropped."
		}
	}
	return "You don't have a " + name + "."
}

func (g *Game) use(name string) string {
	for _, t := range g.inventory {
		if t.Name() != name {
			continue
		}
		if u, ok := t.(Usable); ok {
			return u.Use(g)
		}
		return "You can't think of a way to use the " + name + "."
	}
	return "You don't have a " + name + "."
}

func (g *Game) Do(line string) string {
	g.moves++
	verb, arg, _ := strings.Cut(strings.TrimSpace(line), " ")
	if cmd, ok := g.commands[verb]; ok {
		return cmd(arg)
	}
	switch verb {
	case "n", "s", "e", "w", "u", "d":
		return g.move(map[string]string{"n": "north", "s": "south", "e": "east", "w": "west", "u": "up", "d": "down"}[verb])
	}
	return fmt.Sprintf("I don't know how to %q.", verb)
}

func play(script []string) {
	g := NewGame()
	fmt.Println(g.look())
	for _, line := range script {
		if g.state != Exploring {
			break
		}
		fmt.Printf("> %s\n%s\n", line, g.Do(line))
	}
	fmt.Printf("== game over: %v after %d moves ==\n\n", g.state, g.moves)
}

func main() {
	play([]string{
		"take statue", "examine statue", "go east", "take lamp", "use lamp",
		"n", "take anvil", "take book", "examine book", "inventory", "take anvil",
		"drop book", "take anvil", "drop anvil", "s", "go down", "take key", "use key",
		"u", "dance", "use key", "e", "look",
	})
	play([]string{"take lamp", "d", "take key", "use lamp", "take key", "go up", "use lamp", "inventory", "use book", "use key", "w", "e", "n"})
	play([]string{"go down", "look", "go up"})
	play([]string{"inventory", "quit", "look"})
}
