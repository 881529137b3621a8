package main

import (
	"strings"

	"github.com/bansift/bansift/eval"
)

// shingle is the benchmark's shingle length: a line's label agrees with
// how the benchmark scores the body it ends up in.
const shingle = 4

// Label says which of a page's lines are body, given the gold article body.
// The page's tokens (the benchmark's \w+ tokens, line after line, so that a
// short line is judged with the words around it) are cut into 4-shingles; a
// token is covered when a shingle holding it occurs in the gold. A line is
// body when most of its tokens are covered. Shingles across a line break
// let a one-word subheading between two gold paragraphs count as body,
// while a menu word between them ("Advertisement") is covered by no
// shingle the gold holds.
func Label(lines []string, gold string) []bool {
	goldSet := map[string]bool{}
	g := eval.BenchTokens(gold)
	for i := 0; i+shingle <= len(g); i++ {
		goldSet[strings.Join(g[i:i+shingle], "\x00")] = true
	}
	var toks []string
	owner := []int{} // owner[k] is the line of token k
	for li, l := range lines {
		for _, t := range eval.BenchTokens(l) {
			toks = append(toks, t)
			owner = append(owner, li)
		}
	}
	covered := make([]bool, len(toks))
	if len(g) < shingle {
		// A gold body too short for one shingle: a token is covered when
		// the whole gold occurs at it.
		for k := 0; len(g) > 0 && k+len(g) <= len(toks); k++ {
			if strings.Join(toks[k:k+len(g)], "\x00") == strings.Join(g, "\x00") {
				for j := k; j < k+len(g); j++ {
					covered[j] = true
				}
			}
		}
	}
	for k := 0; k+shingle <= len(toks); k++ {
		if goldSet[strings.Join(toks[k:k+shingle], "\x00")] {
			for j := k; j < k+shingle; j++ {
				covered[j] = true
			}
		}
	}
	hit := make([]int, len(lines))
	all := make([]int, len(lines))
	for k, li := range owner {
		all[li]++
		if covered[k] {
			hit[li]++
		}
	}
	out := make([]bool, len(lines))
	for i := range lines {
		out[i] = all[i] > 0 && 2*hit[i] > all[i]
	}
	return out
}
