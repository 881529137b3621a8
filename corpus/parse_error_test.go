package corpus

import (
	"errors"
	"testing"
)

func TestParseErrorMessage(t *testing.T) {
	bad := errors.New("bad")
	tests := []struct {
		name string
		err  ParseError
		want string
	}{
		{"file and line", ParseError{Path: "cues_en.txt", Line: 3, Err: bad}, "cues_en.txt:3: bad"},
		{"whole file", ParseError{Path: "cues_en.txt", Err: bad}, "cues_en.txt: bad"},
		{"a reader's line", ParseError{Line: 7, Err: bad}, "line 7: bad"},
		{"nothing but the error", ParseError{Err: bad}, "bad"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.err.Error(); got != tt.want {
				t.Errorf("Error() = %q, want %q", got, tt.want)
			}
			if !errors.Is(&tt.err, bad) {
				t.Error("does not unwrap to its cause")
			}
		})
	}
}
