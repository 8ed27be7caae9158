// run

package main

import (
	"bufio"
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Direction int

const (
	North Direction = iota
	East
	South
	West
)

var dirNames = map[string]Direction{"n": North, "north": North, "e": East, "east": East, "s": South, "south": South, "w": West, "west": West}

func (d Direction) String() string {
	return [...]string{"north", "east", "south", "west"}[d]
}

func (d Direction) Opposite() Direction { return (d + 2) % 4 }

type Item struct {
	Name   string
	Weight int
	Value  int
}

type Room struct {
	Name  string
	Desc  string
	Exits map[Direction]*Room
	Items []*Item
	Dark  bool
	Lock  *Item
}

type State int

const (
	Exploring State = iota
	Fighting
	Won
	Dead
)

func (s State) String() string {
	switch s {
	case Exploring:
		return "exploring"
	case Fighting:
		return "fighting"
	case Won:
		return "won"
	case Dead:
		return "dead"
	}
	return "?"
}

type Player struct {
	Room      *Room
	Inventory []*Item
	HP        int
	State     State
	Moves     int
}

var (
	ErrNoExit   = errors.New("you can't go that way")
	ErrTooHeavy = errors.New("too heavy")
	ErrNoItem   = errors.New("no such item")
)

type LockedError struct{ Need string }

func (e LockedError) Error() string { return "the door is locked; you need the " + e.Need }

func link(a *Room, d Direction, b *Room) {
	a.Exits[d] = b
	b.Exits[d.Opposite()] = a
}

func newRoom(name, desc string) *Room {
	return &Room{Name: name, Desc: desc, Exits: map[Direction]*Room{}}
}

func (p *Player) weight() (w int) {
	for _, it := range p.Inventory {
		w += it.Weight
	}
	return
}

func (p *Player) has(name string) bool {
	for _, it := range p.Inventory {
		if it.Name == name {
			return true
		}
	}
	return false
}

func (p *Player) Go(d Direction) error {
	next, ok := p.Room.Exits[d]
	if !ok {
		return fmt.Errorf("go %v: %w", d, ErrNoExit)
	}
	if next.Lock != nil && !p.has(next.Lock.Name) {
		return LockedError{next.Lock.Name}
	}
	p.Room = next
	p.Moves++
	return nil
}

func (p *Player) Take(name string) error {
	for i, it := range p.Room.Items {
		if it.Name == name {
			if p.weight()+it.Weight > 10 {
				return fmt.Errorf("take %s: %w (carrying %d)", name, ErrTooHeavy, p.weight())
			}
			p.Inventory = append(p.Inventory, it)
			p.Room.Items = append(p.Room.Items[:i], p.Room.Items[i+1:]...)
			return nil
		}
	}
	return fmt.Errorf("take %s: %w", name, ErrNoItem)
}

func (p *Player) Drop(name string) error {
	for i, it := range p.Inventory {
		if it.Name == name {
			p.Room.Items = append(p.Room.Items, it)
			p.Inventory = append(p.Inventory[:i:i], p.Inventory[i+1:]...)
			return nil
		}
	}
	return fmt.Errorf("drop %s: %w", name, ErrNoItem)
}

func (p *Player) Look() string {
	var b strings.Builder
	if p.Room.Dark && !p.has("lamp") {
		return "It is pitch dark."
	}
	fmt.Fprintf(&b, "== %s ==\n%s", p.Room.Name, p.Room.Desc)
	if len(p.Room.Items) > 0 {
		names := make([]string, len(p.Room.Items))
		for i, it := range p.Room.Items {
			names[i] = it.Name
		}
		fmt.Fprintf(&b, "\nYou see: %s", strings.Join(names, ", "))
	}
	var exits []string
	for d := range p.Room.Exits {
		exits = append(exits, d.String())
	}
	sort.Strings(exits)
	fmt.Fprintf(&b, "\nExits: %v", exits)
	return b.String()
}

type handler func(p *Player, args []string) (string, error)

func main() {
	hall := newRoom("Hall", "A grand hall with a dusty chandelier.")
	kitchen := newRoom("Kitchen", "Pots and pans everywhere.")
	cellar := newRoom("Cellar", "Cold, damp stone walls.")
	cellar.Dark = true
	vault := newRoom("Vault", "Gold glitters in every corner.")
	key := &Item{"key", 1, 5}
	vault.Lock = key
	link(hall, East, kitchen)
	link(kitchen, South, cellar)
	link(hall, North, vault)
	kitchen.Items = []*Item{{"lamp", 2, 3}, {"anvil", 9, 1}}
	cellar.Items = []*Item{key, {"cheese", 1, 2}}
	vault.Items = []*Item{{"gold", 5, 100}}

	p := &Player{Room: hall, HP: 10}
	cmds := map[string]handler{
		"look": func(p *Player, _ []string) (string, error) { return p.Look(), nil },
		"go": func(p *Player, a []string) (string, error) {
			if len(a) == 0 {
				return "", errors.New("go where?")
			}
			d, ok := dirNames[a[0]]
			if !ok {
				return "", fmt.Errorf("unknown direction %q", a[0])
			}
			if err := p.Go(d); err != nil {
				return "", err
			}
			return p.Look(), nil
		},
		"take": func(p *Player, a []string) (string, error) {
			if err := p.Take(a[0]); err != nil {
				return "", err
			}
			return "Taken: " + a[0], nil
		},
		"drop": func(p *Player, a []string) (string, error) {
			return "Dropped.", p.Drop(a[0])
		},
		"inv": func(p *Player, _ []string) (string, error) {
			var s []string
			total := 0
			for _, it := range p.Inventory {
				s = append(s, fmt.Sprintf("%s(%d)", it.Name, it.Weight))
				total += it.Value
			}
			return fmt.Sprintf("carrying %v weight=%d value=%d", s, p.weight(), total), nil
		},
	}
	script := `look
go e
take anvil
take lamp
take anvil
drop anvil
go s
take key
take cheese
go w
go n
go n
go north
take gold
inv
dance
go up`
	sc := bufio.NewScanner(strings.NewReader(script))
	for sc.Scan() {
		line := sc.Text()
		f := strings.Fields(line)
		fmt.Printf("> %s\n", line)
		h, ok := cmds[f[0]]
		if !ok {
			fmt.Println("I don't know how to", f[0])
			continue
		}
		out, err := h(p, f[1:])
		var le LockedError
		switch {
		case errors.As(err, &le):
			fmt.Println("LOCKED:", le.Need, "|", err)
		case errors.Is(err, ErrNoExit), errors.Is(err, ErrTooHeavy), errors.Is(err, ErrNoItem):
			fmt.Println("oops:", err)
		case err != nil:
			fmt.Println("error:", err)
		default:
			fmt.Println(out)
		}
		if p.has("gold") && p.State == Exploring {
			p.State = Won
		}
	}
	fmt.Printf("state=%v moves=%d hp=%d\n", p.State, p.Moves, p.HP)
}
