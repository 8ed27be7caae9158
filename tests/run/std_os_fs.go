// run

// os: Stat/Lstat and FileInfo, File.Stat, SameFile, ReadDir (sorted) and
// File.ReadDir in chunks, Readdirnames, MkdirAll, Remove, RemoveAll and
// Getwd, with gc's error texts, in a temporary directory.
package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"sort"
	"strings"
	"time"
)

var root string

// clean hides the random temporary directory name in error texts.
func clean(err error) string {
	if err == nil {
		return "<nil>"
	}
	return strings.ReplaceAll(err.Error(), root, "ROOT")
}

func describe(label string, fi os.FileInfo, err error) {
	if err != nil {
		var pe *fs.PathError
		fmt.Printf("%s: %s (PathError op=%v notexist=%v %v)\n", label, clean(err),
			errors.As(err, &pe) && pe.Op != "", os.IsNotExist(err), errors.Is(err, fs.ErrNotExist))
		return
	}
	size := fi.Size()
	if fi.IsDir() {
		size = -1 // directory sizes depend on the file system
	}
	recent := time.Since(fi.ModTime()) < time.Hour && !fi.ModTime().IsZero()
	fmt.Printf("%s: name=%s size=%d mode=%v dir=%v regular=%v perm=%v recent=%v\n", label, fi.Name(),
		size, fi.Mode(), fi.IsDir(), fi.Mode().IsRegular(), fi.Mode().Perm(), recent)
}

func main() {
	var err error
	root, err = os.MkdirTemp("", "osfs-")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(root)

	file := root + "/data.txt"
	if err := os.WriteFile(file, []byte("hello, world\n"), 0o640); err != nil {
		fmt.Println(err)
	}
	fi, err := os.Stat(file)
	describe("stat file", fi, err)
	fi, err = os.Lstat(file)
	describe("lstat file", fi, err)
	os.Mkdir(root+"/sub", 0o750)
	fi, err = os.Stat(root + "/sub/")
	describe("stat dir", fi, err)
	fi, err = os.Stat(root + "/nope")
	describe("stat missing", fi, err)
	fi, err = os.Lstat(root + "/nope/deeper")
	describe("lstat missing", fi, err)
	fi, err = os.Stat(file + "/x")
	describe("stat through file", fi, err)

	f, err := os.Open(file)
	if err != nil {
		fmt.Println(err)
		return
	}
	ffi, err := f.Stat()
	describe("file.Stat", ffi, err)
	fi, _ = os.Stat(file)
	dfi, _ := os.Stat(root + "/sub")
	fmt.Println("SameFile:", os.SameFile(fi, ffi), os.SameFile(fi, dfi))
	f.Close()
	_, err = f.Stat()
	fmt.Println("stat closed:", clean(err))

	// MkdirAll: nested, existing, through a file, and "x/.".
	fmt.Println("mkdirall:", clean(os.MkdirAll(root+"/p/q/r", 0o755)))
	fmt.Println("mkdirall again:", clean(os.MkdirAll(root+"/p/q", 0o755)))
	fmt.Println("mkdirall dot:", clean(os.MkdirAll(root+"/p/q/.", 0o755)))
	fmt.Println("mkdirall over file:", clean(os.MkdirAll(file+"/sub", 0o755)))
	fmt.Println("mkdirall file:", clean(os.MkdirAll(file, 0o755)))
	fmt.Println("mkdir exists:", clean(os.Mkdir(root+"/p", 0o755)))

	for _, name := range []string{"zeta", "alpha", "Mid", "beta.txt", "_under", "0num"} {
		os.WriteFile(root+"/p/"+name, []byte(name), 0o600)
	}
	entries, err := os.ReadDir(root + "/p")
	fmt.Println("readdir:", len(entries), clean(err))
	for _, e := range entries {
		info, err := e.Info()
		size := int64(-1)
		if err == nil && !info.IsDir() {
			size = info.Size()
		}
		fmt.Printf("  %-10s dir=%-5v type=%v size=%d str=%q\n", e.Name(), e.IsDir(), e.Type(), size, fmt.Sprint(e))
	}
	_, err = os.ReadDir(root + "/none")
	fmt.Println("readdir missing:", clean(err))
	_, err = os.ReadDir(file)
	fmt.Println("readdir file:", clean(err))

	// File.ReadDir in chunks of 4: directory order is arbitrary, so sort.
	d, _ := os.Open(root + "/p")
	var names []string
	for {
		chunk, err := d.ReadDir(4)
		if err == io.EOF {
			fmt.Println("chunked: EOF after", len(names))
			break
		}
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Println("chunk of", len(chunk))
		for _, e := range chunk {
			names = append(names, e.Name())
		}
	}
	d.Close()
	sort.Strings(names)
	fmt.Println(names)
	d, _ = os.Open(root + "/p")
	all, err := d.Readdirnames(-1)
	sort.Strings(all)
	fmt.Println("names:", all, err)
	more, err := d.Readdirnames(-1)
	fmt.Println("names again:", len(more), err)
	d.Close()

	// Remove: files, empty and non-empty directories.
	fmt.Println("remove file:", clean(os.Remove(root+"/p/zeta")))
	fmt.Println("remove missing:", clean(os.Remove(root+"/p/zeta")))
	fmt.Println("remove non-empty:", clean(os.Remove(root+"/p")))
	fmt.Println("remove empty:", clean(os.Remove(root+"/p/q/r")))
	fmt.Println("removeall:", clean(os.RemoveAll(root+"/p")))
	fmt.Println("removeall missing:", clean(os.RemoveAll(root+"/p")))
	fmt.Println("removeall empty:", clean(os.RemoveAll("")))
	fmt.Println("removeall dot:", clean(os.RemoveAll(root+"/.")))
	_, err = os.Stat(root + "/p")
	fmt.Println("gone:", os.IsNotExist(err))

	// Getwd agrees with the working directory's identity.
	wd, err := os.Getwd()
	dot, _ := os.Stat(".")
	wdi, _ := os.Stat(wd)
	fmt.Println("getwd:", err, strings.HasPrefix(wd, "/"), os.SameFile(dot, wdi))
}
