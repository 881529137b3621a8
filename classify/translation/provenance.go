package translation

import (
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Provenance: where the page says it comes from. Names in the running text
// ("the Saudi Press Agency reported") are citations, which native English
// wire copy makes as often as translations do; only the places where a page
// names its own source count: the title, datelines, credit lines, the URL.

// creditPlace is a pattern of a place where a page names its source; the
// capture is the source.
type creditPlace struct {
	re        *regexp.Regexp
	shortOnly bool // only on short lines: in a sentence it would be a citation
	dateline  bool // the capture may be an unlisted outlet of Arabic form
	// needs lists the characters re cannot match without: the line must
	// hold one of each string's. Most lines hold none of them, and a
	// look-up is far cheaper than running the expression.
	needs []string
}

// possible reports whether line holds what p needs.
func (p creditPlace) possible(line string) bool {
	for _, n := range p.needs {
		if !strings.ContainsAny(line, n) {
			return false
		}
	}
	return true
}

// creditPlaces are tried on every line of the page, in this order.
var creditPlaces = []creditPlace{
	// A source in brackets closing a dateline or a line: "Muscat, 6 May
	// (ONA) --", "JEDDAH (Reuters) -", "Abu Dhabi (Etihad)".
	{re: regexp.MustCompile(`\(([^()\n]{2,40})\)\s*(?:[-–—:]|$)`), needs: []string{"(", ")"}},
	// A source in brackets after a dated dateline, before the story:
	// "ASHGABAT, November 14, 2016 (WAFA) President ...". The date keeps
	// out "The Saudi Press Agency (SPA) reported".
	{re: regexp.MustCompile(`^\W{0,3}\p{Lu}[\p{L}'’.]*(?:[ ,]+[\p{L}\d'’.]+){0,5}?[ ,]+\d{1,4},?\s*\(([^()\n]{2,60})\)`), needs: []string{"(", ")", "0123456789"}},
	// An aggregator's credit: its name, a dash, the source, a bracket:
	// "(MENAFN - Jordan News Agency)", "MENAFN - Amman Net)".
	{re: regexp.MustCompile(`\b\p{Lu}{3,10}\s*-\s*([^()\n]{2,40})\)`), needs: []string{"-", ")"}},
	// A source after the place and a comma or dash, before a dash, a colon,
	// a wide gap or the end: "Damascus, SANA –", "ADEN-SABA",
	// "Baghdad-AlSHARQIYA   September 28:".
	{re: regexp.MustCompile(`^\W{0,3}\p{Lu}[\p{L}'’.]*(?:[ /]\p{L}[\p{L}'’.]*){0,3}\s*[,–—-]\s*(\p{L}[\p{L} ]{1,30}?)\s*(?:[–—:-]|\s{2,}|$)`), dateline: true, needs: []string{",–—-"}},
	// A source and a slash opening the story: "Shafaq News/ A source said".
	{re: regexp.MustCompile(`^\W{0,3}(\p{L}[\p{L} ]{2,30}?)\s?/\s`), needs: []string{"/"}},
	// A labelled credit: "Source: BNA", "Credit - Al Arabiya", "via SPA".
	{re: regexp.MustCompile(`(?i)^\W*(?:sources?|credits?)\s*[:|\-–—]\s*(.{2,60})$`), shortOnly: true},
	{re: regexp.MustCompile(`(?i)^\W*(?:via|copyright|©|\(c\)|(?:originally|first) published (?:in|by|on)|translated (?:from|by)|translation (?:from|by))\s+(.{2,60})$`), shortOnly: true},
	// A source between dashes ending a line: "... - Emirates News Agency, WAM -".
	{re: regexp.MustCompile(`[-–—]\s*([^-–—\n]{2,40}?)\s*[-–—]\s*$`), shortOnly: true, needs: []string{"-–—"}},
}

// saysTranslated is a page's own statement that it is a translation from Arabic.
var saysTranslated = regexp.MustCompile(`(?i)\b(?:translated|translation) from (?:the )?arabic\b`)

// maxCreditWords bounds a body line taken for a credit line or an outlet's
// name alone: a sentence of the article that mentions an outlet is a
// citation, not provenance.
const maxCreditWords = 14

// footLines is how many lines end a story, where a credit line may be an
// outlet's name alone ("Al-Wafa News Agency").
const footLines = 3

// maxCredits bounds the credits counted on one page: a list page of one
// agency credits it in every item.
const maxCredits = 5

// provenance counts the credits of the page and reads its URL.
func (d *Detector) provenance(in *Input, s *featureSet) {
	credited := map[string]bool{} // lines already counted
	credit := func(o Outlet, where, line string) {
		if credited[line] || s.counts[fCreditArabic]+s.counts[fCreditEnglish] >= 2*maxCredits {
			return
		}
		switch {
		case o.translated():
			if s.counts[fCreditArabic] < maxCredits {
				credited[line] = true
				s.add(fCreditArabic, 1, fmt.Sprintf("%s names %q", where, o.Name))
			}
		case o.english():
			if s.counts[fCreditEnglish] < maxCredits {
				credited[line] = true
				s.add(fCreditEnglish, 1, fmt.Sprintf("%s names %q", where, o.Name))
			}
		}
	}
	// Title: the outlet stands before or after the headline.
	forms := 0
	for _, c := range d.titleOutlets(in) {
		if i, ok := d.byName[normalize(c)]; ok {
			credit(d.outlets[i], "title", "title:"+c)
		} else if forms == 0 && d.arabicForm(c) {
			forms++
			s.add(fArabicForm, 1, fmt.Sprintf("title names %q", strings.TrimSpace(c)))
		}
	}
	body := strings.Split(in.Text, "\n")
	lines := append(slices.Clone(in.Lines), body...)
	atFoot := map[string]bool{}
	for i, n := len(body)-1, 0; i >= 0 && n < footLines; i-- {
		if l := strings.TrimSpace(body[i]); l != "" {
			atFoot[l] = true
			n++
		}
	}
	said := false
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		short := len(strings.Fields(l)) <= maxCreditWords
		if short && !said && saysTranslated.MatchString(l) {
			said = true
			s.add(fSaysTranslated, 1, fmt.Sprintf("%q", l))
		}
		// A line that is an outlet's name alone, at the foot of the
		// story, signs it.
		if short && atFoot[l] {
			if i, ok := d.byName[normalize(l)]; ok {
				credit(d.outlets[i], "credit line", l)
				continue
			}
		}
		for _, p := range creditPlaces {
			if (p.shortOnly && !short) || !p.possible(l) {
				continue
			}
			for _, m := range p.re.FindAllStringSubmatch(l, -1) {
				if o, ok := d.sourceIn(m[1]); ok {
					credit(o, fmt.Sprintf("credit %q", clip(m[0], 60)), l)
				} else if p.dateline && forms == 0 && d.arabicForm(m[1]) {
					forms++
					s.add(fArabicForm, 1, fmt.Sprintf("dateline %q", clip(l, 60)))
				}
			}
		}
	}
	d.readURL(in.URL, s)
}

// sourceIn finds the outlet a credit names: the whole credit, or one of its
// parts split at dashes, slashes and commas ("NNN-ONA", "MENAFN - Jordan
// News Agency", "Emirates News Agency, WAM").
func (d *Detector) sourceIn(credit string) (Outlet, bool) {
	// "(Petra photo)", "(AFP/File)": the source of a picture, not of the story.
	for _, w := range strings.Fields(normalize(credit)) {
		if pictureWords[w] {
			return Outlet{}, false
		}
	}
	parts := append([]string{credit}, strings.FieldsFunc(credit, func(r rune) bool {
		return r == '-' || r == '–' || r == '—' || r == '/' || r == ',' || r == '|'
	})...)
	for _, p := range parts {
		if i, ok := d.byName[normalize(p)]; ok {
			return d.outlets[i], true
		}
	}
	// "With Reuters", "Referring to the National News Agency": an outlet
	// named inside a short credit; a one-word name inside ("TAP" in
	// "Double-tap to play") only for a wire, whose names are no words.
	if len(strings.Fields(credit)) <= maxCreditNameWords {
		if i, n, ok := d.outletIn(credit); ok && (n > 1 || d.outlets[i].english()) {
			return d.outlets[i], true
		}
	}
	return Outlet{}, false
}

// pictureWords mark a credit of a photograph or a video.
var pictureWords = map[string]bool{"photo": true, "photos": true, "picture": true, "pictures": true,
	"image": true, "images": true, "file": true, "video": true, "archive": true, "illustration": true}

// maxCreditNameWords bounds a credit searched for an outlet's name inside it.
const maxCreditNameWords = 8

// clip shortens s to about n bytes for an evidence line.
func clip(s string, n int) string {
	s = strings.TrimSpace(s)
	if len(s) <= n {
		return s
	}
	for n > 0 && !isRuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

// englishPaths are the first path segments and host labels of English
// editions.
var englishPaths = map[string]bool{"en": true, "eng": true, "english": true, "en-us": true, "en-gb": true}

// arabTLDs are the country domains of the Arab League's members.
var arabTLDs = map[string]bool{"sa": true, "ae": true, "qa": true, "kw": true, "bh": true, "om": true,
	"jo": true, "sy": true, "lb": true, "iq": true, "eg": true, "ly": true, "dz": true, "ma": true,
	"tn": true, "sd": true, "ye": true, "ps": true, "mr": true, "so": true, "dj": true, "km": true}

// readURL counts what the URL says: the outlet its host belongs to, an
// English edition's path, an Arab country's domain, a translation proxy.
func (d *Detector) readURL(raw string, s *featureSet) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return
	}
	if i, host, ok := d.outletOfURL(u); ok {
		o := d.outlets[i]
		switch {
		case o.translated():
			s.add(fURLOutlet, 1, fmt.Sprintf("%q (%s)", host, o.Name))
		case o.machine():
			s.add(fURLMT, 1, fmt.Sprintf("%q (%s)", host, o.Name))
		case o.english():
			s.add(fURLNative, 1, fmt.Sprintf("%q (%s)", host, o.Name))
		}
	}
	host := siteHost(u)
	labels := strings.Split(host, ".")
	seg, _, _ := strings.Cut(strings.Trim(u.Path, "/"), "/")
	switch {
	case englishPaths[strings.ToLower(seg)]:
		s.add(fURLEnglishPath, 1, fmt.Sprintf("path /%s/", seg))
	case len(labels) > 2 && englishPaths[labels[0]]:
		s.add(fURLEnglishPath, 1, fmt.Sprintf("host %q", host))
	case u.Query().Get("lang") == "en":
		s.add(fURLEnglishPath, 1, "lang=en")
	}
	if arabTLDs[labels[len(labels)-1]] {
		s.add(fURLArabTLD, 1, fmt.Sprintf("host %q", host))
	}
	if u.Query().Get("_x_tr_sl") == "ar" {
		s.add(fSaysTranslated, 1, "URL is a machine-translation proxy with source language Arabic (_x_tr_sl=ar)")
	}
}

// proxySuffix is the host suffix of Google's translation proxy, which serves
// "www.example.com" as "www-example-com.translate.goog".
const proxySuffix = ".translate.goog"

// siteHost is the lower-case host of u, or the host a translation proxy
// serves.
func siteHost(u *url.URL) string {
	host := strings.TrimSuffix(strings.ToLower(u.Hostname()), ".")
	if strings.HasSuffix(host, proxySuffix) {
		label := strings.TrimSuffix(host, proxySuffix)
		host = strings.ReplaceAll(strings.ReplaceAll(strings.ReplaceAll(label, "--", "\x00"), "-", "."), "\x00", "-")
	}
	return host
}

// outletOfURL finds the outlet of the most specific host entry u falls under.
func (d *Detector) outletOfURL(u *url.URL) (int, string, bool) {
	host := strings.TrimPrefix(strings.TrimPrefix(siteHost(u), "www."), "mail.")
	path := strings.Trim(u.Path, "/")
	// Try host/first-path-segment, then the host, then each parent domain.
	for h := host; h != ""; {
		if path != "" {
			seg, _, _ := strings.Cut(path, "/")
			if i, ok := d.byHost[h+"/"+strings.ToLower(seg)]; ok {
				return i, h + "/" + seg, true
			}
		}
		if i, ok := d.byHost[h]; ok {
			return i, h, true
		}
		_, rest, ok := strings.Cut(h, ".")
		if !ok || !strings.Contains(rest, ".") {
			break
		}
		h = rest
	}
	return 0, "", false
}

// outletIn finds the longest outlet name that s contains as whole words,
// and its length in words.
func (d *Detector) outletIn(s string) (int, int, bool) {
	w := strings.Fields(normalize(s))
	for n := min(len(w), 6); n >= 1; n-- {
		for i := 0; i+n <= len(w); i++ {
			if k, ok := d.byName[strings.Join(w[i:i+n], " ")]; ok {
				return k, n, true
			}
		}
	}
	return 0, 0, false
}

// normalize lowercases s, turns hyphens and other punctuation into spaces and
// drops apostrophes, so "Al-Quds al-Arabi" and "Al Quds Al Arabi" meet.
func normalize(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case r == '\'' || r == '’':
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r):
			b.WriteRune(r)
		default:
			b.WriteRune(' ')
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// citationTrie is a trie of the names of the Arabic-language outlets (in
// Latin letters), which a text cites when it digests the Arabic press
// ("reports Al-Qabas daily quoting sources"). Native wire copy cites them
// too, more rarely; agencies, which every wire cites, are left out.
func citationTrie(outlets []Outlet) (*phraseTrie, error) {
	var names []Phrase
	seen := map[string]bool{}
	for _, o := range outlets {
		if len(o.Languages) != 1 || o.Languages[0] != "ar" {
			continue
		}
		for _, n := range append([]string{o.Name}, o.Aliases...) {
			toks := tokenize(n)
			var words []string
			latin := true
			for _, t := range toks[1:] {
				if r, _ := utf8.DecodeRuneInString(t.text); !unicode.Is(unicode.Latin, r) && !unicode.IsDigit(r) {
					latin = false
				}
				words = append(words, strings.ReplaceAll(t.text, "|", ""))
			}
			key := strings.Join(words, " ")
			if !latin || len(words) == 0 || seen[key] {
				continue
			}
			seen[key] = true
			names = append(names, Phrase{Pattern: key, Feature: "cites_arabic", Gloss: o.Name})
		}
	}
	return newPhraseTrie(names)
}

// citations counts the Arabic-language outlets the text names.
func (d *Detector) citations(toks []token, text string, s *featureSet) {
	for _, m := range d.cites.find(toks) {
		s.add(fCitesArabic, 1, fmt.Sprintf("%q", clip(text[m.start:m.end], 40)))
	}
}
