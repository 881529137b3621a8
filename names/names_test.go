package names

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/bansift/bansift/corpus"
	"github.com/bansift/bansift/internal/sharedtest"
)

func TestNearMiss(t *testing.T) {
	m := Default()
	tests := []struct {
		name, in string
		want     string // known name, "" for no near miss
	}{
		{"vowels and g/j", "Yoshihidi Soja", "Yoshihide Suga"},
		{"p/b", "Mike Bombeo", "Mike Pompeo"},
		{"alif for u and p/b", "Donald Tramb", "Donald Trump"},
		{"v/f in a company", "Hikfision", "Hikvision"},
		{"lost doubling", "Canbera", "Canberra"},
		{"lost h", "Boris Jonson", "Boris Johnson"},
		{"lost vowel in a place", "Bejing", "Beijing"},
		{"o/u in a company", "Samsong", "Samsung"},
		{"accents ignored", "Angéla Mirkel", "Angela Merkel"},
		{"exact is no near miss", "Yoshihide Suga", ""},
		{"alias is no near miss", "Huawei Technologies", ""},
		{"case is no near miss", "YOSHIHIDE SUGA", ""},
		{"i/u is not a transliteration slip", "Tom Cook", ""},
		{"ordinary given name against a place", "Gordon", ""},
		{"too short", "Abi", ""},
		{"short known name never matched", "Hawawei", ""},
		{"ordinary words only", "Foreign Minister", ""},
		{"a consonant changed in a short name", "Mikrop", ""},
		{"unrelated name", "Ben Sullivan", ""},
		{"two consonants changed", "Yoshikide Buga", ""},
		{"one consonant changed", "Mike Pomleo", ""},
		{"acronym", "PRCA", ""},
		{"surname of a known person", "Macron", ""},
		{"French eau said o", "Justin Trudo", "Justin Trudeau"},
		{"hyphenated given name", "Moon Jai-in", "Moon Jae-in"},
		{"waw read as w", "Geng Shwang", "Geng Shuang"},
		{"short vowel guessed across classes", "Gao Fung", "Gao Feng"},
		{"short vowel guessed, i for o", "Mao Nong", "Mao Ning"},
		{"short vowel in a two-consonant word stays distinct", "Tom Cook", ""},
		{"two slips in a long word", "Jessica Rosenwerssel", "Jessica Rosenworcel"},
		{"two guessed vowels in a short word", "Gina Raimindi", ""},
		{"given name written as two words", "Zhao Li Jian", "Zhao Lijian"},
		{"split and garbled", "Xi Jin Bing", "Xi Jinping"},
		{"pinyin x read as sh", "Shi Jinbing", "Xi Jinping"},
		{"an article is not half a name", "A New York", ""},
		{"ch written t+sh", "Mitsh McConnell", "Mitch McConnell"},
		{"German sch said sh", "Olaf Sholz", "Olaf Scholz"},
		{"s said z", "Jessica Rozenworsel", "Jessica Rosenworcel"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := m.NearMiss(tt.in)
			if tt.want == "" {
				if ok {
					t.Errorf("NearMiss(%q) = %q (%.2f %v), want no near miss", tt.in, got.Known, got.Distance, got.Confusions)
				}
				return
			}
			if !ok || got.Known != tt.want {
				t.Fatalf("NearMiss(%q) = %q, %v; want %q", tt.in, got.Known, ok, tt.want)
			}
			if got.Distance <= 0 || got.Distance > maxDistMulti {
				t.Errorf("Distance = %v, want in (0, %v]", got.Distance, maxDistMulti)
			}
			if len(got.Confusions) == 0 {
				t.Error("no confusions reported")
			}
		})
	}
}

func TestNearMissConfusions(t *testing.T) {
	got, ok := Default().NearMiss("Yoshihidi Soja")
	if !ok {
		t.Fatal("no near miss")
	}
	for _, want := range []string{"e/i", "u/o", "g/j"} {
		if !slices.Contains(got.Confusions, want) {
			t.Errorf("Confusions = %v, want %q among them", got.Confusions, want)
		}
	}
	if got.Kind != KindPerson || got.Country != "JP" || got.Role == "" {
		t.Errorf("got %+v, want a Japanese person with a role", got)
	}
}

func TestLookupAndCanonical(t *testing.T) {
	m := Default()
	tests := []struct {
		name, in, want string
		near           bool
	}{
		{"alias", "Huawei Technologies", "Huawei", false},
		{"hyphen and case", "abdel fattah al sisi", "Abdel Fattah el-Sisi", false},
		{"near miss", "Xi Jinbing", "Xi Jinping", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := m.Canonical(tt.in)
			if !ok || got.Known != tt.want || (got.Distance > 0) != tt.near {
				t.Errorf("Canonical(%q) = %+v, %v; want %q near=%v", tt.in, got, ok, tt.want, tt.near)
			}
		})
	}
	if _, ok := m.Lookup("Nobody Atall"); ok {
		t.Error("Lookup found an unknown name")
	}
}

func TestNewMatcherExtra(t *testing.T) {
	m, err := NewMatcher(Name{Canonical: "Kwantum Dynamics", Kind: KindCompany, Country: "XX"})
	if err != nil {
		t.Fatal(err)
	}
	got, ok := m.NearMiss("Kwantom Dinamics")
	if !ok || got.Known != "Kwantum Dynamics" || got.Country != "XX" {
		t.Errorf("NearMiss = %+v, %v; want the extra name", got, ok)
	}
	if _, ok := Default().Lookup("Kwantum Dynamics"); ok {
		t.Error("extra name leaked into Default")
	}
}

func TestFind(t *testing.T) {
	m := Default()
	tests := []struct {
		name string
		text string
		want []string // Text:Known, "~" marks a near miss
	}{
		{"near miss in a sentence", "Government spokesman Yoshihidi Soja declined to comment.",
			[]string{"~Yoshihidi Soja:Yoshihide Suga"}},
		{"exact names", "Officials in Tokyo said Huawei Technologies was not named.",
			[]string{"Tokyo:Tokyo", "Huawei Technologies:Huawei"}},
		{"particle inside a name", "Mohammed bin Salman met them.",
			[]string{"Mohammed bin Salman:Mohammed bin Salman"}},
		{"word used in lower case is ordinary", "Mikron said so. A mikron is small.", nil},
		{"punctuation splits names", "Shinzo, Abe", nil},
		{"possessive", "Donald Trump's order and Yoshihidi Soja’s reply",
			[]string{"Donald Trump:Donald Trump", "~Yoshihidi Soja:Yoshihide Suga"}},
		{"hyphenated name", "President Moon Jai-in said", []string{"~Moon Jai-in:Moon Jae-in"}},
		{"given name split in two", "spokesman Zhao Li Jian said", []string{"~Zhao Li Jian:Zhao Lijian"}},
		{"guessed short vowel", "spokesman Gao Fung said", []string{"~Gao Fung:Gao Feng"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, f := range m.Find(tt.text) {
				if tt.text[f.Start:f.End] != f.Text {
					t.Errorf("text[%d:%d] = %q, Text = %q", f.Start, f.End, tt.text[f.Start:f.End], f.Text)
				}
				s := f.Text + ":" + f.Known
				if f.Near {
					s = "~" + s
				}
				got = append(got, s)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Find = %q, want %q", got, tt.want)
			}
		})
	}
}

// FindNearSpans is Find less its one-word near misses: over the benchmark's
// text dumps (when ../shared is there) and a few sentences written to hold
// one-word and longer near misses side by side.
func TestFindNearSpansIsFindLessOneWordNearMisses(t *testing.T) {
	m := Default()
	texts := []string{
		"Spokesman Yoshihidi Soja said Huawey and Tokio disagreed with Donald Trump.",
		"Zhao Li Jian met Moon Jai-in; Sauda Arabya was not there.",
	}
	if dir := sharedtest.Dir(t); dir != "" {
		files, _ := filepath.Glob(filepath.Join(dir, "bench", "article-extraction", "text", "*.txt"))
		for _, f := range files[:min(len(files), 60)] {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, string(b))
		}
	}
	oneWordNear := 0
	for _, text := range texts {
		var want []Found
		for _, f := range m.Find(text) {
			if f.Near && !strings.Contains(f.Text, " ") {
				oneWordNear++
				continue
			}
			want = append(want, f)
		}
		got := m.FindNearSpans(text)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("FindNearSpans differs from Find less one-word near misses:\n got  %+v\n want %+v", got, want)
		}
	}
	if oneWordNear == 0 {
		t.Error("no one-word near miss in the texts: the test exercises nothing")
	}
}

func TestRepeats(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"content word", "equipment by Huawei Technologies Technologies and ZTE", []string{"Technologies"}},
		{"case folded", "the Ministry ministry said", []string{"Ministry"}},
		{"legit doubling", "he said that that was what he had had in mind", nil},
		{"function-word typo", "according to the the report", nil},
		{"across punctuation", "it was Huawei. Huawei said", nil},
		{"across a line", "Huawei\nHuawei", nil},
		{"digits", "in 2019 2019 it", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, r := range Repeats(tt.in) {
				if !strings.EqualFold(tt.in[r.Start:r.End], r.Word+" "+r.Word) {
					t.Errorf("span %q is not the doubled word %q", tt.in[r.Start:r.End], r.Word)
				}
				got = append(got, r.Word)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Repeats = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestCollapseRepeats(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"doubled", "Huawei Technologies Technologies", "Huawei Technologies"},
		{"tripled", "the Chinese Chinese Chinese side", "the Chinese side"},
		{"two pairs", "Huawei Huawei and ZTE ZTE", "Huawei and ZTE"},
		{"nothing to do", "had had enough", "had had enough"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := CollapseRepeats(tt.in); got != tt.want {
				t.Errorf("CollapseRepeats(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestParseNames(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    []Name
		errLine int
	}{
		{"full line", "# c\nJane Roe\tGB\tminister\t\tJ. Roe; Jane R. Roe\n",
			[]Name{{Canonical: "Jane Roe", Kind: KindPerson, Country: "GB", Role: "minister", Aliases: []string{"J. Roe", "Jane R. Roe"}}}, 0},
		{"name only and arabic origin", "Omar\nZaid Ali\t\t\tar\n",
			[]Name{{Canonical: "Omar", Kind: KindPerson}, {Canonical: "Zaid Ali", Kind: KindPerson, Arabic: true}}, 0},
		{"empty name", "Jane Roe\n\tGB\n", nil, 2},
		{"too many columns", "a\tb\tc\td\te\tf\n", nil, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseNames(strings.NewReader(tt.in), KindPerson, "x.tsv")
			if tt.errLine > 0 {
				var pe *corpus.ParseError
				if !errors.As(err, &pe) || pe.Line != tt.errLine || !errors.Is(err, ErrColumns) {
					t.Fatalf("err = %v, want ParseError at line %d", err, tt.errLine)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %d names, want %d", len(got), len(tt.want))
			}
			for i := range got {
				if got[i].Canonical != tt.want[i].Canonical || got[i].Country != tt.want[i].Country ||
					got[i].Role != tt.want[i].Role || got[i].Arabic != tt.want[i].Arabic ||
					!slices.Equal(got[i].Aliases, tt.want[i].Aliases) {
					t.Errorf("name %d = %+v, want %+v", i, got[i], tt.want[i])
				}
			}
		})
	}
}

// TestGazetteersLoad guards the embedded data: every file parses, people have
// a role and a country, no spelling names two entities.
func TestGazetteersLoad(t *testing.T) {
	all, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]string{}
	for _, n := range all {
		if n.Kind == KindPerson && (n.Role == "" || n.Country == "") {
			t.Errorf("%q: person without role or country", n.Canonical)
		}
		for _, s := range append([]string{n.Canonical}, n.Aliases...) {
			k := normalize(s)
			if prev, ok := seen[k]; ok && prev != n.Canonical {
				t.Errorf("%q spells both %q and %q", s, prev, n.Canonical)
			}
			seen[k] = n.Canonical
		}
	}
}

func BenchmarkFind(b *testing.B) {
	m := Default()
	text := strings.Repeat("Asked about the plan, the cabinet's spokesman Yoshihidi Soja would say only "+
		"that Tokyo talks often with Washington. In Beijing, a foreign ministry spokesman, Geng Shuang, "+
		"told reporters that Huawei Technologies and ZTE had always obeyed Japanese law. ", 12)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		m.Find(text)
	}
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	sub := filepath.Join(dir, "more")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	people := write("people_extra.tsv", "Jane Roevald\tGB\tminister\n")
	if err := os.WriteFile(filepath.Join(sub, "companies.tsv"), []byte("Kwantum Dynamics\tXX\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	bad := write("misc.tsv", "Foo\n")

	got, err := Load(people, sub)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].Kind != KindPerson || got[1].Kind != KindCompany {
		t.Fatalf("Load = %+v, want a person and a company", got)
	}
	m, err := NewMatcher(got...)
	if err != nil {
		t.Fatal(err)
	}
	if mt, ok := m.NearMiss("Jane Ruevald"); !ok || mt.Known != "Jane Roevald" {
		t.Errorf("NearMiss over loaded names = %+v, %v", mt, ok)
	}
	if _, err := Load(bad); !errors.Is(err, ErrFileKind) {
		t.Errorf("file of no kind: err = %v, want ErrFileKind", err)
	}
	if _, err := Load(filepath.Join(dir, "missing.tsv")); err == nil {
		t.Error("missing file: no error")
	}
}
