// Package lr is the small learned scorer of packages boilerplate (is a line
// body?) and translation (is a page translated from Arabic?): a logistic
// regression over named features, its training (Newton's method with an L2
// penalty, deterministic), its text file format, and the labelling of a
// page's lines from a gold article body.
//
// In go feature vectors with labels and weights; out comes a Model that
// scores a vector with the probability of the positive label:
//
//	m := lr.Train(names, xs, ys, ws, lr.TrainOptions{})
//	p := m.Score(x) // 0..1
package lr

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/bansift/bansift/corpus"
)

// Model is a logistic regression over named features. Features are
// standardised (x-Mean)/Scale before the weights apply.
type Model struct {
	Names []string
	Mean  []float64
	Scale []float64
	W     []float64
	Bias  float64
}

// Score returns the probability that the line with features x is body.
func (m *Model) Score(x []float64) float64 {
	z := m.Bias
	for i, v := range x {
		z += m.W[i] * (v - m.Mean[i]) / m.Scale[i]
	}
	return 1 / (1 + math.Exp(-z))
}

// TrainOptions tune Train; the zero value works.
type TrainOptions struct {
	// L2 is the penalty on the squared weights, per unit of sample weight;
	// 0 means 1e-3.
	L2 float64
	// Iterations bounds Newton's steps; 0 means 30.
	Iterations int
}

// Train fits a model to xs (one row per line), ys (body or not) and ws
// (each line's weight). The same input gives the same model, bit for bit:
// no randomness, and sums run in input order.
func Train(names []string, xs [][]float64, ys []bool, ws []float64, opts TrainOptions) *Model {
	d := len(names)
	if opts.L2 == 0 {
		opts.L2 = 1e-3
	}
	if opts.Iterations == 0 {
		opts.Iterations = 30
	}
	m := &Model{Names: names, Mean: make([]float64, d), Scale: make([]float64, d), W: make([]float64, d)}
	var total float64
	for k, x := range xs {
		total += ws[k]
		for i, v := range x {
			m.Mean[i] += ws[k] * v
		}
	}
	for i := range m.Mean {
		m.Mean[i] /= total
	}
	for k, x := range xs {
		for i, v := range x {
			m.Scale[i] += ws[k] * (v - m.Mean[i]) * (v - m.Mean[i])
		}
	}
	for i := range m.Scale {
		m.Scale[i] = math.Sqrt(m.Scale[i] / total)
		if m.Scale[i] < 1e-9 {
			// A constant feature: its weight stays 0 under the penalty.
			m.Scale[i] = 1
		}
	}
	// z holds the standardised rows with a trailing 1 for the bias.
	z := make([][]float64, len(xs))
	for k, x := range xs {
		row := make([]float64, d+1)
		for i, v := range x {
			row[i] = (v - m.Mean[i]) / m.Scale[i]
		}
		row[d] = 1
		z[k] = row
	}
	beta := make([]float64, d+1)
	lambda := opts.L2 * total
	for it := 0; it < opts.Iterations; it++ {
		grad := make([]float64, d+1)
		hess := make([][]float64, d+1)
		for i := range hess {
			hess[i] = make([]float64, d+1)
		}
		for k, row := range z {
			s := 0.0
			for i, v := range row {
				s += beta[i] * v
			}
			p := 1 / (1 + math.Exp(-s))
			y := 0.0
			if ys[k] {
				y = 1
			}
			g := ws[k] * (p - y)
			h := ws[k] * math.Max(p*(1-p), 1e-9)
			for i, vi := range row {
				grad[i] += g * vi
				if vi == 0 {
					continue
				}
				for j := i; j <= d; j++ {
					hess[i][j] += h * vi * row[j]
				}
			}
		}
		for i := range d + 1 {
			for j := 0; j < i; j++ {
				hess[i][j] = hess[j][i]
			}
			if i < d {
				// The bias is not penalised.
				grad[i] += lambda * beta[i]
				hess[i][i] += lambda
			}
		}
		step := solve(hess, grad)
		change := 0.0
		for i := range beta {
			beta[i] -= step[i]
			change = math.Max(change, math.Abs(step[i]))
		}
		if change < 1e-8 {
			break
		}
	}
	copy(m.W, beta[:d])
	m.Bias = beta[d]
	return m
}

// solve returns x with a·x = b by Gaussian elimination with partial
// pivoting; a and b are overwritten.
func solve(a [][]float64, b []float64) []float64 {
	n := len(b)
	for c := range n {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(a[r][c]) > math.Abs(a[p][c]) {
				p = r
			}
		}
		a[c], a[p] = a[p], a[c]
		b[c], b[p] = b[p], b[c]
		if a[c][c] == 0 {
			continue
		}
		for r := c + 1; r < n; r++ {
			f := a[r][c] / a[c][c]
			if f == 0 {
				continue
			}
			for k := c; k < n; k++ {
				a[r][k] -= f * a[c][k]
			}
			b[r] -= f * b[c]
		}
	}
	x := make([]float64, n)
	for r := n - 1; r >= 0; r-- {
		s := b[r]
		for k := r + 1; k < n; k++ {
			s -= a[r][k] * x[k]
		}
		if a[r][r] != 0 {
			x[r] = s / a[r][r]
		}
	}
	return x
}

// The file format is tab-separated text: '#' comment lines, a line
// "bias\t<value>", and one line per feature "<name>\t<mean>\t<scale>\t<weight>".
// Floats are printed with strconv's shortest round-tripping form, so a
// model written and read back scores exactly as before.

// WriteTo writes m in the file format, under the header lines given.
func (m *Model) WriteTo(w io.Writer, header ...string) error {
	bw := bufio.NewWriter(w)
	for _, h := range header {
		fmt.Fprintf(bw, "# %s\n", h)
	}
	f := func(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }
	fmt.Fprintf(bw, "bias\t%s\n", f(m.Bias))
	for i, n := range m.Names {
		fmt.Fprintf(bw, "%s\t%s\t%s\t%s\n", n, f(m.Mean[i]), f(m.Scale[i]), f(m.W[i]))
	}
	return bw.Flush()
}

// modelError is a bad line of a model file, as the one positioned error
// type of every loader; line 0 is the file as a whole. Read has no path:
// its callers name the file.
func modelError(line int, err error) error { return &corpus.ParseError{Line: line, Err: err} }

// Read parses a model file, a logistic regression (a "bias" line) or a tree
// ensemble (a "trees" line). want lists the feature names the caller
// computes, in its order.
func Read(r io.Reader, want []string) (Scorer, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	for _, l := range strings.Split(string(data), "\n") {
		if l = strings.TrimSpace(l); l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		if strings.HasPrefix(l, "trees\t") {
			return readTrees(string(data), want)
		}
		break
	}
	return readLinear(strings.NewReader(string(data)), want)
}

// readLinear parses a logistic regression; the file must weigh exactly the
// features of want.
func readLinear(r io.Reader, want []string) (*Model, error) {
	m := &Model{Names: want, Mean: make([]float64, len(want)), Scale: make([]float64, len(want)), W: make([]float64, len(want))}
	index := map[string]int{}
	for i, n := range want {
		index[n] = i
	}
	seen := map[string]bool{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	n, bias := 0, false
	for sc.Scan() {
		n++
		t := strings.TrimSpace(sc.Text())
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		f := strings.Split(t, "\t")
		vals := make([]float64, len(f)-1)
		for i, s := range f[1:] {
			v, err := strconv.ParseFloat(s, 64)
			if err != nil {
				return nil, modelError(n, err)
			}
			vals[i] = v
		}
		if f[0] == "bias" {
			if len(vals) != 1 {
				return nil, modelError(n, fmt.Errorf("bias takes one value, got %d", len(vals)))
			}
			m.Bias, bias = vals[0], true
			continue
		}
		i, ok := index[f[0]]
		if !ok {
			return nil, modelError(n, fmt.Errorf("unknown feature %q", f[0]))
		}
		if len(vals) != 3 || vals[1] == 0 {
			return nil, modelError(n, fmt.Errorf("feature %q needs mean, non-zero scale and weight", f[0]))
		}
		m.Mean[i], m.Scale[i], m.W[i] = vals[0], vals[1], vals[2]
		seen[f[0]] = true
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if !bias {
		return nil, modelError(n, fmt.Errorf("no bias line"))
	}
	for _, name := range want {
		if !seen[name] {
			return nil, modelError(n, fmt.Errorf("feature %q missing", name))
		}
	}
	return m, nil
}
