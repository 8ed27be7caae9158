// run

// Sorting records by several keys with sort.SliceStable passes (least
// significant first), and sort.Sort on a type with a key function.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type File struct {
	Name string
	Dir  string
	Size int
}

type by struct {
	files []File
	less  func(a, b *File) bool
}

func (s by) Len() int           { return len(s.files) }
func (s by) Swap(i, j int)      { s.files[i], s.files[j] = s.files[j], s.files[i] }
func (s by) Less(i, j int) bool { return s.less(&s.files[i], &s.files[j]) }

func main() {
	files := []File{
		{"main.go", "cmd", 1200}, {"util.go", "pkg", 300}, {"README", ".", 900}, {"lex.go", "pkg", 4100},
		{"parse.go", "pkg", 4100}, {"go.mod", ".", 60}, {"main_test.go", "cmd", 800}, {"a.go", "pkg", 300},
	}
	sort.SliceStable(files, func(i, j int) bool { return files[i].Name < files[j].Name })
	sort.SliceStable(files, func(i, j int) bool { return files[i].Size > files[j].Size })
	sort.SliceStable(files, func(i, j int) bool { return files[i].Dir < files[j].Dir })
	for _, f := range files {
		fmt.Printf("%-4s %-13s %5d\n", f.Dir, f.Name, f.Size)
	}
	sort.Sort(by{files, func(a, b *File) bool { return strings.ToLower(a.Name) < strings.ToLower(b.Name) }})
	names := make([]string, len(files))
	for i, f := range files {
		names[i] = f.Name
	}
	fmt.Println(names)
	sort.Stable(sort.Reverse(by{files, func(a, b *File) bool { return a.Size < b.Size }}))
	for _, f := range files {
		fmt.Print(f.Size, ":", f.Name, " ")
	}
	fmt.Println()
	fmt.Println(sort.IsSorted(by{files, func(a, b *File) bool { return a.Size > b.Size }}))
}
