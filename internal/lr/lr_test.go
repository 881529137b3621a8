package lr

import (
	"bytes"
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/bansift/bansift/corpus"
)

// toy returns rows whose label is x0 + 0.5·x1 > 0.2, with a noise column,
// all from a fixed formula: no randomness in the test either.
func toy() (names []string, xs [][]float64, ys []bool, ws []float64) {
	names = []string{"a", "b", "noise", "constant"}
	for i := range 400 {
		a := math.Sin(float64(i) * 1.7)
		b := math.Cos(float64(i) * 0.3)
		noise := math.Sin(float64(i) * 12.9898)
		xs = append(xs, []float64{a, b, noise, 1})
		ys = append(ys, a+0.5*b > 0.2)
		ws = append(ws, 1+float64(i%3))
	}
	return names, xs, ys, ws
}

func accuracy(s Scorer, xs [][]float64, ys []bool) float64 {
	ok := 0
	for k, x := range xs {
		if s.Score(x) >= 0.5 == ys[k] {
			ok++
		}
	}
	return float64(ok) / float64(len(xs))
}

func TestTrain(t *testing.T) {
	names, xs, ys, ws := toy()
	m := Train(names, xs, ys, ws, TrainOptions{})
	if acc := accuracy(m, xs, ys); acc < 0.97 {
		t.Errorf("accuracy %.3f on separable data, want >= 0.97", acc)
	}
	if m.W[0] <= 0 || m.W[1] <= 0 {
		t.Errorf("weights of a and b = %v, %v, want both positive", m.W[0], m.W[1])
	}
	if m.W[3] != 0 {
		t.Errorf("constant feature weighs %v, want 0", m.W[3])
	}
}

func TestTrainDeterministic(t *testing.T) {
	names, xs, ys, ws := toy()
	var a, b, c, d bytes.Buffer
	if err := Train(names, xs, ys, ws, TrainOptions{}).WriteTo(&a); err != nil {
		t.Fatal(err)
	}
	if err := Train(names, xs, ys, ws, TrainOptions{}).WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two logistic regressions on the same data differ")
	}
	if err := TrainTrees(names, xs, ys, ws, TreeOptions{Rounds: 20}).WriteTo(&c); err != nil {
		t.Fatal(err)
	}
	if err := TrainTrees(names, xs, ys, ws, TreeOptions{Rounds: 20}).WriteTo(&d); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(c.Bytes(), d.Bytes()) {
		t.Error("two tree ensembles on the same data differ")
	}
}

func TestTrainTrees(t *testing.T) {
	// Body when exactly one of two flags is set: no linear model can
	// learn it, two levels of splits can. Unequal weights give the first
	// split a gain (a balanced xor gives a greedy tree none).
	names := []string{"p", "q"}
	var xs [][]float64
	var ys []bool
	var ws []float64
	for i := range 200 {
		p, q := float64(i%2), float64(i/2%2)
		xs = append(xs, []float64{p, q})
		ys = append(ys, p != q)
		ws = append(ws, 1+p/2+q/4)
	}
	tr := TrainTrees(names, xs, ys, ws, TreeOptions{Depth: 2, Rounds: 50, Shrink: 0.3})
	if acc := accuracy(tr, xs, ys); acc != 1 {
		t.Errorf("trees: accuracy %.3f on xor, want 1", acc)
	}
}

func TestReadRoundTrip(t *testing.T) {
	names, xs, ys, ws := toy()
	models := map[string]Scorer{
		"linear": Train(names, xs, ys, ws, TrainOptions{}),
		"trees":  TrainTrees(names, xs, ys, ws, TreeOptions{Rounds: 30}),
	}
	for name, m := range models {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			var err error
			switch m := m.(type) {
			case *Model:
				err = m.WriteTo(&buf, "header line")
			case *Trees:
				err = m.WriteTo(&buf, "header line")
			}
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(buf.String(), "# header line\n") {
				t.Errorf("file does not start with its header: %.40q", buf.String())
			}
			back, err := Read(&buf, names)
			if err != nil {
				t.Fatal(err)
			}
			for k, x := range xs {
				if a, b := m.Score(x), back.Score(x); a != b {
					t.Fatalf("row %d: score %v after reading, %v before", k, b, a)
				}
			}
		})
	}
}

func TestReadErrors(t *testing.T) {
	names := []string{"a", "b"}
	tests := []struct {
		name, file string
	}{
		{"no bias", "a\t0\t1\t0.5\nb\t0\t1\t0.5\n"},
		{"missing feature", "bias\t0.1\na\t0\t1\t0.5\n"},
		{"unknown feature", "bias\t0.1\na\t0\t1\t0.5\nb\t0\t1\t0.5\nc\t0\t1\t1\n"},
		{"zero scale", "bias\t0.1\na\t0\t0\t0.5\nb\t0\t1\t0.5\n"},
		{"bad number", "bias\tx\na\t0\t1\t0.5\nb\t0\t1\t0.5\n"},
		{"tree split on an unknown feature", "trees\t0\n0\t0\tc\t0.5\t1\t2\n0\t1\tleaf\t1\n0\t2\tleaf\t-1\n"},
		{"tree child out of range", "trees\t0\n0\t0\ta\t0.5\t1\t5\n0\t1\tleaf\t1\n"},
		{"tree nodes out of order", "trees\t0\n0\t1\tleaf\t1\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Read(strings.NewReader(tt.file), names)
			var fe *corpus.ParseError
			if !errors.As(err, &fe) {
				t.Errorf("Read: %v, want a *corpus.ParseError", err)
			}
		})
	}
}
