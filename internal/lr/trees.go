package lr

import (
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
)

// Scorer scores a line's features with the probability that it is body.
type Scorer interface {
	Score(x []float64) float64
}

// Trees is a gradient-boosted ensemble of small regression trees on the
// log-odds scale.
type Trees struct {
	Names []string
	Bias  float64
	Trees []Tree
}

// Tree is a binary tree in an array: node i splits on Feature at
// Threshold (x <= Threshold goes to Left) or, when Feature is -1, is a
// leaf with Value.
type Tree []Node

// Node is one node of a Tree.
type Node struct {
	Feature     int
	Threshold   float64
	Left, Right int
	Value       float64
}

// Score returns the probability that the line with features x is body.
func (t *Trees) Score(x []float64) float64 {
	z := t.Bias
	for _, tr := range t.Trees {
		i := 0
		for tr[i].Feature >= 0 {
			if x[tr[i].Feature] <= tr[i].Threshold {
				i = tr[i].Left
			} else {
				i = tr[i].Right
			}
		}
		z += tr[i].Value
	}
	return 1 / (1 + math.Exp(-z))
}

// TreeOptions tune TrainTrees; the zero value works.
type TreeOptions struct {
	Rounds    int     // trees; 0 means 150
	Depth     int     // levels of splits per tree; 0 means 2
	Shrink    float64 // learning rate; 0 means 0.1
	Lambda    float64 // L2 on leaf values, per unit of total weight; 0 means 1e-3
	MinWeight float64 // least hessian weight in a leaf, per unit of total weight; 0 means 1e-3
	Bins      int     // candidate thresholds per feature; 0 means 32
}

// TrainTrees fits a boosted ensemble to xs, ys and ws with the logistic
// loss. Split thresholds are quantiles of each feature's values, found by
// sorting: the same input gives the same ensemble.
func TrainTrees(names []string, xs [][]float64, ys []bool, ws []float64, o TreeOptions) *Trees {
	if o.Rounds == 0 {
		o.Rounds = 150
	}
	if o.Depth == 0 {
		o.Depth = 2
	}
	if o.Shrink == 0 {
		o.Shrink = 0.1
	}
	if o.Lambda == 0 {
		o.Lambda = 1e-3
	}
	if o.MinWeight == 0 {
		o.MinWeight = 1e-3
	}
	if o.Bins == 0 {
		o.Bins = 32
	}
	d, n := len(names), len(xs)
	var total, pos float64
	for k := range xs {
		total += ws[k]
		if ys[k] {
			pos += ws[k]
		}
	}
	lambda, minH := o.Lambda*total, o.MinWeight*total
	// Candidate thresholds and each row's bin per feature.
	cuts := make([][]float64, d)
	bin := make([][]uint8, d)
	for f := range d {
		vals := make([]float64, n)
		for k, x := range xs {
			vals[k] = x[f]
		}
		slices.Sort(vals)
		vals = slices.Compact(vals)
		var c []float64
		if len(vals) <= o.Bins {
			for i := 0; i+1 < len(vals); i++ {
				c = append(c, (vals[i]+vals[i+1])/2)
			}
		} else {
			for b := 1; b < o.Bins; b++ {
				i := b * len(vals) / o.Bins
				c = append(c, (vals[i-1]+vals[i])/2)
			}
			c = slices.Compact(c)
		}
		cuts[f] = c
		bin[f] = make([]uint8, n)
		for k, x := range xs {
			bin[f][k] = uint8(sortSearch(c, x[f]))
		}
	}
	t := &Trees{Names: names, Bias: math.Log(max(pos, 1e-9) / max(total-pos, 1e-9))}
	z := make([]float64, n)
	for k := range z {
		z[k] = t.Bias
	}
	g, h := make([]float64, n), make([]float64, n)
	for range o.Rounds {
		for k := range xs {
			p := 1 / (1 + math.Exp(-z[k]))
			y := 0.0
			if ys[k] {
				y = 1
			}
			g[k] = ws[k] * (p - y)
			h[k] = ws[k] * max(p*(1-p), 1e-9)
		}
		rows := make([]int, n)
		for k := range rows {
			rows[k] = k
		}
		var tr Tree
		var grow func(rows []int, depth int) int
		grow = func(rows []int, depth int) int {
			var G, H float64
			for _, k := range rows {
				G += g[k]
				H += h[k]
			}
			me := len(tr)
			tr = append(tr, Node{Feature: -1, Value: -o.Shrink * G / (H + lambda)})
			if depth == o.Depth {
				return me
			}
			bestGain, bestF, bestB := 0.0, -1, 0
			gh := make([]float64, 2*(o.Bins+1))
			for f := range d {
				clear(gh)
				for _, k := range rows {
					b := bin[f][k]
					gh[2*b] += g[k]
					gh[2*b+1] += h[k]
				}
				var gl, hl float64
				for b := range cuts[f] {
					gl += gh[2*b]
					hl += gh[2*b+1]
					gr, hr := G-gl, H-hl
					if hl < minH || hr < minH {
						continue
					}
					gain := gl*gl/(hl+lambda) + gr*gr/(hr+lambda) - G*G/(H+lambda)
					if gain > bestGain+1e-12 {
						bestGain, bestF, bestB = gain, f, b
					}
				}
			}
			if bestF < 0 {
				return me
			}
			var left, right []int
			for _, k := range rows {
				if int(bin[bestF][k]) <= bestB {
					left = append(left, k)
				} else {
					right = append(right, k)
				}
			}
			tr[me] = Node{Feature: bestF, Threshold: cuts[bestF][bestB]}
			l := grow(left, depth+1)
			r := grow(right, depth+1)
			tr[me].Left, tr[me].Right = l, r
			return me
		}
		grow(rows, 0)
		t.Trees = append(t.Trees, tr)
		for k, x := range xs {
			i := 0
			for tr[i].Feature >= 0 {
				if x[tr[i].Feature] <= tr[i].Threshold {
					i = tr[i].Left
				} else {
					i = tr[i].Right
				}
			}
			z[k] += tr[i].Value
		}
	}
	return t
}

// sortSearch returns the number of cuts below v: v's bin.
func sortSearch(cuts []float64, v float64) int {
	i, _ := slices.BinarySearch(cuts, v)
	// BinarySearch finds the first cut >= v; v equal to a cut goes left.
	return i
}

// WriteTo writes t in the tree file format: '#' comments, "trees\t<bias>",
// then one line per node "<tree>\t<node>\t<feature name or leaf>\t<threshold
// or value>\t<left>\t<right>".
func (t *Trees) WriteTo(w io.Writer, header ...string) error {
	var b strings.Builder
	for _, h := range header {
		fmt.Fprintf(&b, "# %s\n", h)
	}
	f := func(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }
	fmt.Fprintf(&b, "trees\t%s\n", f(t.Bias))
	for ti, tr := range t.Trees {
		for ni, nd := range tr {
			if nd.Feature < 0 {
				fmt.Fprintf(&b, "%d\t%d\tleaf\t%s\n", ti, ni, f(nd.Value))
				continue
			}
			fmt.Fprintf(&b, "%d\t%d\t%s\t%s\t%d\t%d\n", ti, ni, t.Names[nd.Feature], f(nd.Threshold), nd.Left, nd.Right)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// readTrees parses a tree ensemble whose features are all among want.
func readTrees(data string, want []string) (*Trees, error) {
	index := map[string]int{}
	for i, n := range want {
		index[n] = i
	}
	t := &Trees{Names: want}
	head := false
	for n, l := range strings.Split(data, "\n") {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		bad := func(format string, a ...any) error { return modelError(n+1, fmt.Errorf(format, a...)) }
		f := strings.Split(l, "\t")
		if !head {
			v, err := strconv.ParseFloat(f[1], 64)
			if err != nil || len(f) != 2 {
				return nil, bad("want \"trees\\t<bias>\"")
			}
			t.Bias, head = v, true
			continue
		}
		if len(f) != 4 && len(f) != 6 {
			return nil, bad("want 4 or 6 fields, got %d", len(f))
		}
		ti, err1 := strconv.Atoi(f[0])
		ni, err2 := strconv.Atoi(f[1])
		v, err3 := strconv.ParseFloat(f[3], 64)
		if err := errors.Join(err1, err2, err3); err != nil {
			return nil, modelError(n+1, err)
		}
		if ti == len(t.Trees) {
			t.Trees = append(t.Trees, nil)
		}
		if ti != len(t.Trees)-1 || ni != len(t.Trees[ti]) {
			return nil, bad("tree %d node %d out of order", ti, ni)
		}
		if f[2] == "leaf" {
			if len(f) != 4 {
				return nil, bad("a leaf has 4 fields")
			}
			t.Trees[ti] = append(t.Trees[ti], Node{Feature: -1, Value: v})
			continue
		}
		fi, ok := index[f[2]]
		if !ok {
			return nil, bad("unknown feature %q", f[2])
		}
		if len(f) != 6 {
			return nil, bad("a split has 6 fields")
		}
		left, err1 := strconv.Atoi(f[4])
		right, err2 := strconv.Atoi(f[5])
		if err := errors.Join(err1, err2); err != nil {
			return nil, modelError(n+1, err)
		}
		if left <= ni || right <= ni {
			return nil, bad("children must follow their parent")
		}
		t.Trees[ti] = append(t.Trees[ti], Node{Feature: fi, Threshold: v, Left: left, Right: right})
	}
	if !head {
		return nil, modelError(0, errors.New("no \"trees\" line"))
	}
	for ti, tr := range t.Trees {
		for _, nd := range tr {
			if nd.Feature >= 0 && (nd.Left >= len(tr) || nd.Right >= len(tr)) {
				return nil, modelError(0, fmt.Errorf("tree %d: child out of range", ti))
			}
		}
	}
	return t, nil
}
