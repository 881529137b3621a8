package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// output is where a command writes its data: stdout, or a file that is
// written beside its target under a temporary name and renamed onto it only
// at the end, so that a run that fails early never replaces an earlier file
// with a few error records.
type output struct {
	io.Writer
	// target is the file asked for, or "" for stdout.
	target string
	// tmp is the file being written, renamed to target by finish.
	tmp *os.File
	// direct is a target that is no regular file (/dev/stdout, a named
	// pipe): it is written in place, since renaming onto it would replace
	// the device or pipe itself.
	direct *os.File
}

// createOutput opens path for writing; "" or "-" is stdout. A file is
// written unbuffered: the caller hands it whole records, so that a process
// killed mid-run leaves only whole lines behind.
func createOutput(path string, stdout io.Writer) (*output, error) {
	if path == "" || path == "-" {
		return &output{Writer: stdout}, nil
	}
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	mode := os.FileMode(0o644)
	if info, err := os.Stat(path); err == nil {
		switch {
		case info.IsDir():
			return nil, fmt.Errorf("output %s is a directory", path)
		case !info.Mode().IsRegular():
			f, err := os.OpenFile(path, os.O_WRONLY, 0)
			if err != nil {
				return nil, fmt.Errorf("output %s: %w", path, err)
			}
			return &output{Writer: f, target: path, direct: f}, nil
		}
		mode = info.Mode().Perm()
	}
	// The temporary file lies beside the target, so the rename stays on
	// one file system; its name says what it is if a kill leaves it.
	tmp, err := os.CreateTemp(dir, base+".partial-*")
	if err != nil {
		return nil, fmt.Errorf("output %s: %w", path, err)
	}
	if err := tmp.Chmod(mode); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return nil, err
	}
	return &output{Writer: tmp, target: path, tmp: tmp}, nil
}

// finish ends the output. With keep, the file written replaces the target;
// without, it is removed and the target is left as it was.
func (o *output) finish(keep bool) error {
	if o.direct != nil {
		return o.direct.Close()
	}
	if o.tmp == nil {
		return nil
	}
	name := o.tmp.Name()
	err := o.tmp.Close()
	if err == nil && keep {
		if err = os.Rename(name, o.target); err == nil {
			return nil
		}
	}
	os.Remove(name)
	return err
}

// errOutputIsInput refuses an output that would overwrite or be read as one
// of the run's inputs.
var errOutputIsInput = errors.New("is also an input")

// checkOutputNotInput returns an error when output is one of the input
// files, or a file the reader would take from an input folder (a page or,
// with --format jsonl, a JSONL file under it).
func checkOutputNotInput(output string, paths []string, format string) error {
	if output == "" || output == "-" {
		return nil
	}
	outAbs, err := filepath.Abs(output)
	if err != nil {
		return nil
	}
	outInfo, statErr := os.Stat(output)
	for _, p := range paths {
		if p == "-" {
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			continue
		}
		if !info.IsDir() {
			if statErr == nil && os.SameFile(info, outInfo) {
				return fmt.Errorf("output %s %w: write the records elsewhere", output, errOutputIsInput)
			}
			continue
		}
		dirAbs, err := filepath.Abs(p)
		if err != nil {
			continue
		}
		rel, err := filepath.Rel(dirAbs, outAbs)
		if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			continue
		}
		if readInFolder(output, format) {
			return fmt.Errorf("output %s is inside the input folder %s and %w: write the records elsewhere", output, p, errOutputIsInput)
		}
	}
	return nil
}

// readInFolder reports whether a folder input would read the file name.
func readInFolder(name, format string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".html", ".htm":
		return format != "jsonl"
	case ".jsonl", ".ndjson":
		return format == "jsonl"
	}
	return false
}

// checkInputsExist fails on a command-line path that does not exist, before
// anything is read or written: a mistyped path list is the user's to fix,
// not a record. (A file that cannot be read inside a folder still becomes
// an error record.)
func checkInputsExist(paths []string) error {
	var missing []string
	for _, p := range paths {
		if p == "-" {
			continue
		}
		if _, err := os.Stat(p); errors.Is(err, os.ErrNotExist) {
			missing = append(missing, p)
		}
	}
	switch len(missing) {
	case 0:
		return nil
	case 1:
		return fmt.Errorf("%s: no such file or directory", missing[0])
	}
	return fmt.Errorf("no such files or directories: %s", strings.Join(missing, ", "))
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
