// run

// path and path/filepath: the lexical operations on many inputs (Clean,
// Join, Split, Base, Dir, Ext, IsAbs, Rel, Match with bad patterns,
// SplitList), then Glob, WalkDir and Walk over a small tree made in a
// temporary directory.
package main

import (
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
)

var paths = []string{
	"", ".", "..", "/", "//", "///a", "a", "a/", "a//b", "a/./b", "a/../b", "a/b/..", "a/b/../..",
	"a/b/../../..", "/..", "/../a", "../../a/b/../c", "./a/./b/.", "abc/def/ghi.txt", "/x/y/z.tar.gz",
	".hidden", "dir/.hidden", "a/b.c/d", "a.b/", "/a/b/", "..a/b..", "a/.../b", "x/./../y/./z/",
}

func main() {
	for _, p := range paths {
		dir, file := filepath.Split(p)
		fmt.Printf("%q: Clean=%q Base=%q Dir=%q Ext=%q Split=%q,%q IsAbs=%v path.Clean=%q\n",
			p, filepath.Clean(p), filepath.Base(p), filepath.Dir(p), filepath.Ext(p), dir, file,
			filepath.IsAbs(p), path.Clean(p))
	}

	joins := [][]string{{}, {""}, {"", ""}, {"a"}, {"a", "b"}, {"a", ""}, {"", "b"}, {"/", "a"},
		{"a/", "/b"}, {"a", "..", "..", "c"}, {"/a", "../../x"}, {"a", "b/c", "../d"}}
	for _, j := range joins {
		fmt.Printf("Join%q=%q path.Join=%q\n", j, filepath.Join(j...), path.Join(j...))
	}

	rels := [][2]string{{"a/b", "a/b"}, {"a/b", "a/b/c/d"}, {"a/b/c", "a/x"}, {"/a/b", "/c"},
		{"/", "/a/b"}, {".", "a"}, {"a", "."}, {"../a", "../b"}, {"../a", "b"}, {"a", "../b"},
		{"/a", "b"}, {"a", "/b"}, {"a/b/../c", "a/c/d"}, {"", "x"}, {"/a/b/c", "/a"}}
	for _, r := range rels {
		rel, err := filepath.Rel(r[0], r[1])
		fmt.Printf("Rel(%q, %q) = %q %v\n", r[0], r[1], rel, err)
	}

	matches := [][2]string{{"abc", "abc"}, {"*", "abc"}, {"*c", "abc"}, {"a*", "a"}, {"a*", "ab/c"},
		{"a*/b", "abc/b"}, {"a*b*c*d*e*/f", "axbxcxdxe/f"}, {"a*b*c*d*e*/f", "axbxcxdxexxx/f"},
		{"a*b?c*x", "abxbbxdbxebxczzx"}, {"a*b?c*x", "abxbbxdbxebxczzy"}, {"ab[c]", "abc"},
		{"ab[b-d]", "abc"}, {"ab[e-g]", "abc"}, {"ab[^c]", "abc"}, {"ab[^b-d]", "abc"},
		{"ab[^e-g]", "abc"}, {"a\\*b", "a*b"}, {"a\\*b", "ab"}, {"a?b", "a☺b"}, {"a[^a]b", "a☺b"},
		{"a???b", "a☺b"}, {"a[^a][^a][^a]b", "a☺b"}, {"[a-ζ]*", "α"}, {"*[a-ζ]", "A"},
		{"a?b", "a/b"}, {"a*b", "a/b"}, {"[\\]a]", "]"}, {"[\\-]", "-"}, {"[x\\-]", "z"},
		{"[x\\-]", "-"}, {"[x-]", "x"}, {"\\", "a"}, {"[a-b-c]", "a"}, {"[", "a"}, {"[^", "a"},
		{"[^bc", "a"}, {"a[", "a"}, {"a[", "ab"}, {"a[", "x"}, {"a/b[", "x"}, {"*x", "xxx"},
		{"[]a]", "]"}, {"[-]", "-"}, {"[x-]", "-"}, {"[-x]", "x"}, {"*[", "a"}, {"a*[", "b"},
		{"[a/b]", "/"}, {"a*b[", "b"}, {"x[a]y[", "xb"}, {"x[", "y"},
		{"*x*[", "y"}, {"?[", "a"}, {"a*[^]", "ab"}, {"[*]", "*"}, {"[a*b]c", "*c"}, {"\\[", "["}, {"", ""}, {"", "a"}, {"**", "ab"}, {"*/*", "a/b"}, {"*.go", "main.go"}}
	for _, m := range matches {
		ok, err := filepath.Match(m[0], m[1])
		ok2, err2 := path.Match(m[0], m[1])
		fmt.Printf("Match(%q, %q) = %v %v | %v %v %v\n", m[0], m[1], ok, err, ok2, err2,
			err == filepath.ErrBadPattern && err2 == path.ErrBadPattern)
	}

	fmt.Printf("%q %q %q\n", filepath.SplitList(""), filepath.SplitList("/bin:/usr/bin"), filepath.SplitList("a::b:"))
	fmt.Println(filepath.ToSlash("a/b"), filepath.FromSlash("a/b"), filepath.VolumeName("/a"), string(filepath.Separator), string(filepath.ListSeparator))

	abs, err := filepath.Abs("/x/../y/z")
	fmt.Println(abs, err)
	abs, err = filepath.Abs("rel/file")
	wd, _ := os.Getwd()
	fmt.Println(err, abs == filepath.Join(wd, "rel/file"), filepath.IsAbs(abs))

	// A small tree for Glob and the walks.
	root, err := os.MkdirTemp("", "filepath-test-")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(root)
	for _, d := range []string{"a/b/c", "a/d", "e"} {
		if err := os.MkdirAll(filepath.Join(root, d), 0o755); err != nil {
			fmt.Println(err)
		}
	}
	for _, f := range []string{"a/x.go", "a/y.txt", "a/b/z.go", "a/b/c/w.go", "e/v.md", "top.go"} {
		if err := os.WriteFile(filepath.Join(root, f), []byte(f), 0o644); err != nil {
			fmt.Println(err)
		}
	}
	rel := func(p string) string {
		r, err := filepath.Rel(root, p)
		if err != nil {
			return "?" + err.Error()
		}
		return r
	}
	for _, pat := range []string{"*.go", "a/*.go", "a/*/*.go", "*/*", "a/[bx]*", "nothing*", "top.go", "missing", "a/["} {
		got, err := filepath.Glob(filepath.Join(root, pat))
		var rels []string
		for _, g := range got {
			rels = append(rels, rel(g))
		}
		fmt.Printf("Glob %s: %v %v\n", pat, rels, err)
	}

	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		shown := fmt.Sprint(d)
		if p == root {
			shown = "(root)" // its name is random
		}
		fmt.Printf("walkdir %s dir=%v type=%v %s\n", rel(p), d.IsDir(), d.Type(), shown)
		if d.Name() == "b" {
			return filepath.SkipDir
		}
		return nil
	})
	fmt.Println("WalkDir:", err)

	err = filepath.Walk(root, func(p string, info fs.FileInfo, err error) error {
		if err != nil {
			return err
		}
		size := info.Size()
		if info.IsDir() {
			size = 0 // directory sizes depend on the file system
		}
		fmt.Printf("walk %s %v %d\n", rel(p), info.Mode(), size)
		if strings.HasSuffix(p, ".txt") {
			return filepath.SkipDir // skips the rest of directory a
		}
		return nil
	})
	fmt.Println("Walk:", err)

	n := 0
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		n++
		if n == 4 {
			return filepath.SkipAll
		}
		return nil
	})
	fmt.Println("SkipAll after", n, err)

	err = filepath.WalkDir(filepath.Join(root, "missing"), func(p string, d fs.DirEntry, err error) error {
		fmt.Println("visit missing:", d == nil, strings.Replace(err.Error(), root, "ROOT", 1))
		return err
	})
	fmt.Println("WalkDir missing:", strings.Replace(err.Error(), root, "ROOT", 1), os.IsNotExist(err))
}
