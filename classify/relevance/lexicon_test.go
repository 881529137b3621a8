package relevance_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/bansift/bansift/classify/relevance"
	"github.com/bansift/bansift/corpus"
)

// A user's cue file adds words: an authority the built-in list lacks turns a
// "replace" into a policy.
func TestUserCues(t *testing.T) {
	a := article{"Diocese modernises its offices", []string{
		"Parishes report a busy autumn.",
		"Choirs are recruiting again.",
		"The synod will replace all Huawei phones used in its offices by spring.",
	}}
	in := relevance.Input{Title: a.title, Text: a.text(), Language: "en",
		Claims: []corpus.Claim{a.claim(2, "The synod", 0.8, vendor("Huawei phones", "Huawei"))}}

	dir := t.TempDir()
	file := filepath.Join(dir, "church.tsv")
	if err := os.WriteFile(file, []byte("# extra\nauthority\ten\tsynod|diocese\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		cues []string
		want bool
	}{
		{"built-in only", nil, false},
		{"user file", []string{file}, true},
		{"user directory", []string{dir}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			j, err := relevance.New(relevance.Options{Cues: tc.cues})
			if err != nil {
				t.Fatal(err)
			}
			if got := j.Decide(in); got.Label != tc.want {
				t.Errorf("Label = %v (score %.3f), want %v", got.Label, got.Score, tc.want)
			}
		})
	}
}

// Cue words are read in the text's language: "land" is an authority in
// German ("das Land") and a verb in English. With no language every
// language's cues count.
func TestCueLanguage(t *testing.T) {
	tests := []struct {
		lang string
		want bool
	}{
		{"en", false},
		{"", true},
		{"und", true},
	}
	for _, tc := range tests {
		t.Run("lang="+tc.lang, func(t *testing.T) {
			got := relevance.Default().Decide(relevance.Input{
				Title: "Landers", Text: "The probes will land and drop rovers.", Language: tc.lang, Unplaced: 0.7,
			})
			if got.Label != tc.want {
				t.Errorf("Label = %v (score %.3f), want %v", got.Label, got.Score, tc.want)
			}
		})
	}
}

func TestCueFileErrors(t *testing.T) {
	tests := []struct {
		name, body string
		line       int
	}{
		{"two columns", "authority\tsynod\n", 1},
		{"unknown kind", "# c\nvendor\ten\tacme\n", 2},
		{"gap first", "restriction\ten\t... ban\n", 1},
		{"gap last", "restriction\ten\tban ...\n", 1},
		{"empty phrase", "restriction\ten\tban||bar\n", 1},
		{"empty language", "restriction\t\tban\n", 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			file := filepath.Join(t.TempDir(), "bad.tsv")
			if err := os.WriteFile(file, []byte(tc.body), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := relevance.New(relevance.Options{Cues: []string{file}})
			var pe *corpus.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("err = %v, want a *ParseError", err)
			}
			if pe.Line != tc.line || pe.Path != file {
				t.Errorf("error at %s:%d, want %s:%d", pe.Path, pe.Line, file, tc.line)
			}
		})
	}
	if _, err := relevance.New(relevance.Options{Cues: []string{filepath.Join(t.TempDir(), "missing.tsv")}}); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: err = %v, want not-exist", err)
	}
}
