package eval

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"
)

// Metric is one named score, as floors refer to it.
type Metric struct {
	Name  string
	Value float64
	// Defined is false when the score has nothing to count (e.g. recall of
	// translated pages when no page is translated); floors skip it.
	Defined bool
	// LowerIsBetter marks rates of mistakes: a floor is then a ceiling.
	LowerIsBetter bool
	// Count is what the score was counted from ("41/45", "tp 9 fp 1 fn 2"),
	// for people; "" when it is not a count.
	Count string
}

func metric(name string, v float64, ok bool) Metric { return Metric{Name: name, Value: v, Defined: ok} }

// Metrics lists the report's scores by the names floors use, each with the
// counts behind it: the one list of gold metrics.
func (r Report) Metrics() Metrics {
	ratio := func(name string, x Ratio) Metric {
		v, ok := x.Value()
		m := metric(name, v, ok)
		m.Count = fmt.Sprintf("%d/%d", x.Hits, x.Total)
		return m
	}
	prf := func(prefix string, s PRF) []Metric {
		p, okP := s.Precision()
		rc, okR := s.Recall()
		f, okF := s.F1()
		ms := []Metric{metric(prefix+"_precision", p, okP), metric(prefix+"_recall", rc, okR), metric(prefix+"_f1", f, okF)}
		ms[0].Count = fmt.Sprintf("%d/%d", s.TP, s.TP+s.FP)
		ms[1].Count = fmt.Sprintf("%d/%d", s.TP, s.TP+s.FN)
		ms[2].Count = fmt.Sprintf("tp %d fp %d fn %d", s.TP, s.FP, s.FN)
		return ms
	}
	ms := []Metric{
		ratio("language_accuracy", r.Language),
		ratio("translated_recall", r.Translated),
	}
	fp := ratio("translated_fp_rate", r.TranslatedFP)
	fp.LowerIsBetter = true
	ms = append(ms, fp, ratio("relevance_accuracy", r.Relevance))
	ms = append(ms, prf("body", r.Body)...)
	leak := ratio("leak_rate", r.Leak)
	leak.LowerIsBetter = true
	ms = append(ms, leak)
	ms = append(ms, prf("claims", r.Claims)...)
	return append(ms,
		ratio("primary_recall", r.Primary),
		ratio("action_accuracy", r.Action),
		ratio("status_accuracy", r.Status),
		ratio("sector_accuracy", r.Sector),
		ratio("reason_accuracy", r.Reason),
		ratio("category_accuracy", r.Category),
	)
}

// Metrics lists the benchmark scores by the names floors use.
func (s BenchScore) Metrics() Metrics {
	ok := s.Pages > 0
	return []Metric{
		metric("precision", s.P, ok),
		metric("recall", s.R, ok),
		metric("f1", s.F1, ok),
		metric("accuracy", s.Accuracy, ok),
	}
}

// Metrics are scores in order; as JSON, an object of name to value (null
// when undefined).
type Metrics []Metric

func (m Metrics) MarshalJSON() ([]byte, error) {
	var b strings.Builder
	b.WriteByte('{')
	for i, x := range m {
		if i > 0 {
			b.WriteByte(',')
		}
		name, _ := json.Marshal(x.Name)
		b.Write(name)
		b.WriteByte(':')
		if !x.Defined {
			b.WriteString("null")
			continue
		}
		v, err := json.Marshal(x.Value)
		if err != nil {
			return nil, err
		}
		b.Write(v)
	}
	b.WriteByte('}')
	return []byte(b.String()), nil
}

// Floors are minimum scores by section ("corpus", "bench_text", ...) and
// metric name. For a LowerIsBetter metric the number is a maximum.
type Floors map[string]map[string]float64

// LoadFloors reads a floors JSON file.
func LoadFloors(path string) (Floors, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var f Floors
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&f); err != nil {
		return nil, jsonGoldError(path, data, err)
	}
	return f, nil
}

// FloorFailure is a score on the wrong side of its floor.
type FloorFailure struct {
	Metric Metric
	Floor  float64
}

func (f FloorFailure) String() string {
	if f.Metric.LowerIsBetter {
		return fmt.Sprintf("%s %.4f above its ceiling %.4f", f.Metric.Name, f.Metric.Value, f.Floor)
	}
	return fmt.Sprintf("%s %.4f below its floor %.4f", f.Metric.Name, f.Metric.Value, f.Floor)
}

// Check returns every metric of section that misses its floor. A floor
// naming no metric is an error (a typo would otherwise never fail); an
// undefined metric is skipped.
func (f Floors) Check(section string, metrics []Metric) ([]FloorFailure, error) {
	floors, ok := f[section]
	if !ok {
		return nil, fmt.Errorf("floors have no section %q (have: %s)", section, strings.Join(f.sections(), ", "))
	}
	byName := make(map[string]Metric, len(metrics))
	names := make([]string, len(metrics))
	for i, m := range metrics {
		byName[m.Name] = m
		names[i] = m.Name
	}
	keys := make([]string, 0, len(floors))
	for k := range floors {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var fails []FloorFailure
	for _, k := range keys {
		m, ok := byName[k]
		if !ok {
			return nil, fmt.Errorf("floors section %q: unknown metric %q (known: %s)", section, k, strings.Join(names, ", "))
		}
		if !m.Defined {
			continue
		}
		floor := floors[k]
		if m.LowerIsBetter && m.Value > floor || !m.LowerIsBetter && m.Value < floor {
			fails = append(fails, FloorFailure{Metric: m, Floor: floor})
		}
	}
	return fails, nil
}

func (f Floors) sections() []string {
	s := make([]string, 0, len(f))
	for k := range f {
		s = append(s, k)
	}
	slices.Sort(s)
	return s
}
