package translation

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/bansift/bansift/internal/lr"
)

// The model: a logistic regression over the features, trained by
// internal/train on data/features.tsv (the signal counts of labelled real
// pages, no text), its weights and threshold in data/model.tsv. It reads
// log(1+x) of every feature but the share of "the", so that one page with
// forty formulas does not outweigh the rest. The threshold was chosen for at
// most one false flag among the native pages of the training set.

//go:generate go run ./internal/train -features data/features.tsv -out data/model.tsv

//go:embed data/model.tsv
var modelData []byte

// readModel parses data/model.tsv: a "threshold" line and the lines of an
// lr model over FeatureNames.
func readModel(b []byte) (*lr.Model, float64, error) {
	var rest bytes.Buffer
	threshold := math.NaN()
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "threshold\t"); ok {
			t, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
			if err != nil || t <= 0 || t >= 1 {
				return nil, 0, fmt.Errorf("model: threshold %q: want a number in (0, 1)", v)
			}
			threshold = t
			continue
		}
		rest.WriteString(sc.Text())
		rest.WriteByte('\n')
	}
	if math.IsNaN(threshold) {
		return nil, 0, fmt.Errorf("model: no threshold line")
	}
	s, err := lr.Read(&rest, FeatureNames())
	if err != nil {
		return nil, 0, fmt.Errorf("model: %w", err)
	}
	m, ok := s.(*lr.Model)
	if !ok {
		return nil, 0, fmt.Errorf("model: want a logistic regression")
	}
	return m, threshold, nil
}

// ModelInput turns a feature vector into what the model reads.
func ModelInput(x []float64) []float64 {
	out := make([]float64, len(x))
	for i, v := range x {
		if i == fTheShare || i == fSentenceLength {
			out[i] = v
		} else {
			out[i] = math.Log1p(max(v, 0))
		}
	}
	return out
}

// Score is the model's reading of a page, for people: the probability, the
// threshold, and what each feature added.
type Score struct {
	Probability float64
	Threshold   float64
	Flagged     bool
	// Rule is the provenance rule that flagged the page whatever its
	// probability, or "" (see decidingRule).
	Rule string
	// Features are the features with a value, largest contribution first.
	Features []FeatureScore
	set      *featureSet
}

// FeatureScore is one feature of a page and what it added to the log-odds.
type FeatureScore struct {
	Name         string
	Value        float64 // as in data/features.tsv
	Contribution float64 // weight × standardised input, relative to a page at the mean
	feature      int
}

// Score reads in with the model; ok is false when in is not English.
func (d *Detector) Score(in Input) (Score, bool) { return d.score(&in) }

func (d *Detector) score(in *Input) (Score, bool) {
	if !d.isEnglish(in) {
		return Score{}, false
	}
	s := d.features(in)
	x := s.values()
	z := ModelInput(x)
	sc := Score{Probability: d.model.Score(z), Threshold: d.threshold, set: s}
	sc.Rule = decidingRule(s)
	sc.Flagged = sc.Probability >= d.threshold || sc.Rule != ""
	for f, v := range x {
		if s.counts[f] == 0 || f == fTheShare && v == nativeTheShare || f == fSentenceLength && v == nativeSentenceLength {
			continue
		}
		c := d.model.W[f] * (z[f] - d.model.Mean[f]) / d.model.Scale[f]
		sc.Features = append(sc.Features, FeatureScore{Name: featureNames[f], Value: v, Contribution: c, feature: f})
	}
	sort.SliceStable(sc.Features, func(i, j int) bool { return sc.Features[i].Contribution > sc.Features[j].Contribution })
	return sc, true
}

// decidingRule returns the provenance that flags a page alone, or "": the
// page says it is translated from Arabic; or its URL, a dateline or a credit
// puts it on an Arabic outlet or an agency's English desk, and its URL is
// not on an outlet that writes in English. Of the 105 native pages of the
// training set none has such provenance, of the 74 translated ones 50 have;
// the model weighs the other signals of the pages without it.
func decidingRule(s *featureSet) string {
	switch {
	case s.counts[fSaysTranslated] > 0:
		return "the page says it is translated from Arabic"
	case s.counts[fURLNative] > 0:
		return ""
	case s.counts[fURLOutlet] > 0:
		return "the URL is on an Arabic outlet or a desk that translates from Arabic"
	case s.counts[fCreditArabic] > 0:
		return "a dateline or credit names an Arabic outlet or agency"
	}
	return ""
}

// String is the score on one line: "p 0.91 (threshold 0.6): credit_arabic
// 2 (+1.84), formula 3.1 (+0.52), ...".
func (sc Score) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "p %.2f (threshold %.2f)", sc.Probability, sc.Threshold)
	if sc.Rule != "" {
		fmt.Fprintf(&b, ", flagged: %s", sc.Rule)
	}
	for i, f := range sc.Features {
		sep := ", "
		if i == 0 {
			sep = ": "
		}
		fmt.Fprintf(&b, "%s%s %g (%+.2f)", sep, f.Name, f.Value, f.Contribution)
	}
	return b.String()
}

// evidence lists what speaks for a translation, strongest first, after a
// line that gives the model's verdict.
func (sc Score) evidence() []string {
	out := []string{fmt.Sprintf("model: probability %.2f of translation from Arabic (threshold %.2f)", sc.Probability, sc.Threshold)}
	if sc.Rule != "" {
		out[0] = fmt.Sprintf("provenance: %s (model: probability %.2f, threshold %.2f)", sc.Rule, sc.Probability, sc.Threshold)
	}
	for _, f := range sc.Features {
		if f.Contribution > 0 || f.feature == fSaysTranslated {
			out = append(out, fmt.Sprintf("%s (%+.2f)", sc.set.describe(f.feature), f.Contribution))
		}
	}
	return out
}

func round2(p float64) float64 { return math.Round(p*100) / 100 }
