package boilerplate

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bansift/bansift/corpus"
)

// bylineRe matches a byline: "By Jane Doe", "Von Max Muster", "Written by …".
var bylineRe = regexp.MustCompile(`^(?i:by|von|written by|posted by|text|autor|autorin|author|authors|reporting by|story by)\b:?\s+\p{Lu}`)

// sourceRe matches a source line: "Source: Reuters", "Quelle: dpa".
var sourceRe = regexp.MustCompile(`^(?i:source|sources|quelle|quellen|via)\s*:\s*\S`)

// captionRe matches a caption or an image credit: "(Bild: dpa)", "Photo: AP",
// "Image credit: …".
var captionRe = regexp.MustCompile(`^\(?(?i:photo|photos|image|images|picture|foto|fotos|bild|bilder|credit|credits|image credit|photo credit|bildquelle|illustration|grafik|video)\s*(?:credit)?\s*:`)

// creditTailRe matches a caption that ends with its credit:
// "… (Photo: Reuters)", "… | Getty Images", "… / AFP".
var creditTailRe = regexp.MustCompile(`(?i:\((?:photo|image|bild|foto|credit)[^)]*\)|(?:[|/]|\s-)\s*(?:getty images|reuters|afp|ap|dpa|shutterstock|istock|imago|picture alliance)[^a-z]*|(?:credit|photo|image|bild|foto)s?:\s*[^.!?:]{1,60}|\((?:ap|afp|reuters|dpa|epa|getty images)\)|/\s*(?:ap|afp|reuters|dpa|epa)\s+(?:file|photo|images)|\s(?:staff|file)\s+photo\.?)$`)

// picturedRe matches a caption's "pictured": "(pictured)", "Jane Doe,
// pictured at the summit".
var picturedRe = regexp.MustCompile(`(?i:\(pictured\)|, pictured\b|\bpictured (?:at|in|on|with|here|during|left|right|above|below)\b)`)

// agencyCaptionRe matches the captions of photo agencies: "CITY, STATE -
// NOVEMBER 14: …" and "In this Sunday, Nov. 10, 2019, photo, …".
var agencyCaptionRe = regexp.MustCompile(`^(?:\p{Lu}[\p{Lu} .,'-]+ [-–] \p{Lu}+ \d{1,2}:\s|(?i:(?:file\s*[-–—]\s*)?in this\b.{0,60}\b(?:photo|photograph|image|picture)\b))`)

// bioRe matches an author's biography: "Jane Doe is a freelance writer
// based in …", "Max Muster ist Redakteur …".
var bioRe = regexp.MustCompile(`^\p{Lu}[\p{L}'-]+(?: \p{Lu}\.)?(?: \p{Lu}[\p{L}'-]+){1,2}(?: \([^)]*\))? (?:(?:is|was|ist|war) (?:a|an|the|our|ein|eine|der|die)?\b.{0,80}\b|joined .{0,60}\b|has been (?:reporting|writing|covering)\b.{0,60})(?i:writer|editor|journalist|reporter|correspondent|author|contributor|columnist|producer|educator|founder|freelancer|freelance|redakteur|redakteurin|journalistin|autor|autorin|korrespondent|korrespondentin)`)

// relativeTimeRe matches "6 hours ago", "vor 3 Stunden".
var relativeTimeRe = regexp.MustCompile(`(?i:^\d+\s+(?:second|minute|hour|day|week|month|year)s?\s+ago$|^vor\s+\d+\s+(?:sekunden|minuten|stunden|tagen|wochen|monaten)$)`)

// commentHeadRe matches the heading of a comment: "27. jane says:",
// "Max Muster schreibt:".
var commentHeadRe = regexp.MustCompile(`(?i:\b(?:says|said|writes|wrote|replied|sagt|schreibt|meint|antwortete)\s*:)$`)

// timeTokenRe matches what may stand beside a date in a bare timestamp.
var timeTokenRe = regexp.MustCompile(`(?i:^(?:\d{1,2}[:.]\d\d(?:[:.]\d\d)?|am|pm|a\.m\.|p\.m\.|at|um|uhr|on|am|updated|published|posted|aktualisiert|veröffentlicht|[a-z]{2,4}t|utc|gmt|mez|mesz|\d+[hm]|ago|[|,\-–—•·]|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?|(?:mo|di|mi|do|fr|sa|so)[a-z]*,?)$)`)

// isTimestamp reports a line that is only a date and a time, or a relative
// time: "November 19, 2019 at 8:32 am", "5H ago", "Updated 10:31 pm CST".
func isTimestamp(t string) bool {
	t = strings.TrimLeft(t, bullets+" ")
	if !strings.ContainsAny(t, "0123456789") || len(t) > 80 {
		return false
	}
	if relativeTimeRe.MatchString(t) || shortAgoRe.MatchString(t) {
		return true
	}
	d, ok := parseDateSpan(t)
	if !ok {
		return false
	}
	rest := t[:d[0]] + " " + t[d[1]:]
	for _, f := range strings.Fields(rest) {
		if !timeTokenRe.MatchString(f) {
			return false
		}
	}
	return true
}

// shortAgoRe matches the terse relative times of news tickers: "5H ago",
// "17h", "3 min ago".
var shortAgoRe = regexp.MustCompile(`(?i:^\d+\s?(?:h|m|d|min|mins|hr|hrs)\s+ago$)`)

// metaKind says whether a short line is page metadata (date, byline,
// source) or a caption, and which.
func metaKind(l *line) (corpus.RemovedKind, bool) {
	return l.metaKind, l.metaKind != ""
}

// findMetaKind computes metaKind's answer once per line.
func findMetaKind(l *line) corpus.RemovedKind {
	k, _ := detectMeta(l)
	return k
}

func detectMeta(l *line) (corpus.RemovedKind, bool) {
	t := strings.TrimLeft(l.text, bullets+" ")
	// "— Jane Doe (@jane) May 2, 2019": the signature of a quoted post,
	// which belongs to the article that quotes it.
	quoted := strings.Contains(t, "(@")
	nw := len(l.words)
	switch {
	case nw <= 8 && bylineRe.MatchString(t) && !l.sentence:
		return corpus.RemovedMetadata, true
	case nw <= 6 && sourceRe.MatchString(t):
		return corpus.RemovedMetadata, true
	case nw <= 6 && relativeTimeRe.MatchString(t):
		return corpus.RemovedMetadata, true
	case nw <= 12 && !quoted && isDateLine(t):
		return corpus.RemovedMetadata, true
	case nw <= 40 && captionRe.MatchString(t):
		return corpus.RemovedCaption, true
	case nw <= 80 && agencyCaptionRe.MatchString(t):
		return corpus.RemovedCaption, true
	case nw <= 80 && hasBioVerb(l.fold) && bioRe.MatchString(t):
		return corpus.RemovedMetadata, true
	case nw <= 60 && strings.Contains(l.fold, " pictured ") && picturedRe.MatchString(t):
		return corpus.RemovedCaption, true
	case nw <= 40 && hasCreditWord(l.words) && creditTailRe.MatchString(tail(t, 80)):
		return corpus.RemovedCaption, true
	}
	return "", false
}

// creditWords are the words creditTailRe needs among a line's last words.
var creditWords = map[string]bool{"photo": true, "photos": true, "image": true, "images": true, "bild": true,
	"foto": true, "fotos": true, "credit": true, "credits": true, "getty": true, "reuters": true, "afp": true,
	"ap": true, "dpa": true, "epa": true, "shutterstock": true, "istock": true, "imago": true, "alliance": true}

// hasCreditWord is a cheap test that creditTailRe may match.
func hasCreditWord(words []string) bool {
	for _, w := range words[max(0, len(words)-12):] {
		if creditWords[w] || strings.HasSuffix(w, "credit") || strings.HasSuffix(w, "credits") {
			// "treatmentCredit: EPA": captions glued to their credit.
			return true
		}
	}
	return false
}

// hasBioVerb is a cheap test that bioRe may match.
func hasBioVerb(fold string) bool {
	for _, v := range []string{" is ", " was ", " ist ", " war ", " joined ", " has been "} {
		if strings.Contains(fold, v) {
			return true
		}
	}
	return false
}

// tail returns about the last n bytes of s, cut at a rune boundary: the
// patterns anchored at a line's end need not scan all of a long line.
func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := len(s) - n
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return s[i:]
}

// isDateLine reports a short line carried by a date: a dateline, "Updated
// May 27, 2014 10:31", "Chris Davies - Nov 19, 2019".
func isDateLine(t string) bool {
	if !strings.ContainsAny(t, "0123456789") {
		return false
	}
	_, ok := parseDate(t)
	return ok && !endsSentence(t) || ok && len(strings.Fields(t)) <= 6
}

// markMeta labels the title and the metadata lines around the body and
// returns the title and the publication date.
func markMeta(lines []*line, from, to int) (title, published string) {
	// The title is the nearest heading-like line above the first body line.
	first := from
	for first < to && lines[first].cls != classGood {
		first++
	}
	// Words of the body: a headline shares its words with the article,
	// a link to another story does not.
	body := map[string]bool{}
	for _, l := range lines[from:to] {
		if l.cls == classGood {
			for _, w := range l.words {
				body[w] = true
			}
		}
	}
	ti := -1
	if first+1 < to && isTitle(lines[first]) && len(lines[first].words) <= regionTitleWords && !startsLower(lines[first+1].text) {
		// The region opens with its own headline.
		ti = first
	}
	if ti < 0 {
		// The nearest candidate above the body wins unless a farther one
		// shares clearly more of its words with the body.
		best := 0.0
		for i, seen := first-1, 0; i >= 0 && seen < titleWindow; i-- {
			l := lines[i]
			seen++
			if _, ok := metaKind(l); ok || !isTitle(l) {
				continue
			}
			if score := overlap(l.words, body); ti < 0 || score > best+titleMargin {
				ti, best = i, score
			}
		}
	}
	if ti >= 0 {
		l := lines[ti]
		title = stripSiteName(l.text, body)
		l.cls, l.kind, l.meta = classBad, corpus.RemovedMetadata, true
		// A page often prints its title twice (breadcrumb, then heading),
		// and again as an image's alt text, bullet and all.
		for _, o := range lines {
			if o != l && o.fold == l.fold {
				o.cls, o.kind, o.meta = classBad, corpus.RemovedMetadata, true
			}
		}
	}
	// Dates, bylines and sources near the title or the body's edges.
	anchor := first
	if ti >= 0 {
		anchor = ti
	}
	dateAt := -1
	for i, l := range lines {
		kind, ok := metaKind(l)
		if !ok {
			continue
		}
		near := i >= anchor-8 && i <= first+8 || i >= to-3 && i < to+3
		if l.cls == classGood && !near {
			continue
		}
		l.cls, l.kind, l.meta = classBad, kind, true
		if kind != corpus.RemovedMetadata {
			continue
		}
		if d, ok := parseDate(l.text); ok && (dateAt < 0 || abs(i-anchor) < abs(dateAt-anchor)) && abs(i-anchor) <= 15 {
			published, dateAt = d, i
		}
	}
	return title, published
}

// overlap is the share of the content words (four letters or more) of
// words found in body.
func overlap(words []string, body map[string]bool) float64 {
	n, hit := 0, 0
	for _, w := range words {
		if len([]rune(w)) < 4 {
			continue
		}
		n++
		if body[w] {
			hit++
		}
	}
	if n == 0 {
		return 0
	}
	return float64(hit) / float64(n)
}

// The title is looked for among titleWindow lines above the body; a farther
// candidate must share titleMargin more of its words with the body.
const (
	titleWindow = 12
	titleMargin = 0.25
)

// stripSiteName drops a site's name appended to a headline ("… – Example
// News", "… | Example"): a short last part none of whose words the body
// uses.
func stripSiteName(title string, body map[string]bool) string {
	for _, sep := range []string{" | ", " – ", " — ", " - ", " :: "} {
		i := strings.LastIndex(title, sep)
		if i <= 0 {
			continue
		}
		head, tail := title[:i], title[i+len(sep):]
		tw := strings.Fields(foldCue(tail))
		if len(tw) == 0 || len(tw) > 5 || len(strings.Fields(head)) < 3 {
			continue
		}
		if overlap(tw, body) == 0 {
			return strings.TrimSpace(head)
		}
	}
	return title
}

// regionTitleWords is the longest headline taken from the region's first
// line; a longer unpunctuated line there is more likely a lead paragraph.
const regionTitleWords = 16

// isTitle reports a heading-like line: a few words, no sentence ending, few
// digits, not a list item or a form.
func isTitle(l *line) bool {
	if l.bullet || l.form || l.bracketed || l.cue != nil || l.hard {
		return false
	}
	n := len(l.words)
	if hasCJK(l.text) {
		n = max(n, l.size/6)
	}
	if n < 3 || n > 30 || l.letters < 0.75 {
		return false
	}
	t := strings.TrimRight(l.text, " \"'”’")
	return !strings.HasSuffix(t, ".") || strings.HasSuffix(t, "...")
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// startsLower reports a line whose first letter is lower case.
func startsLower(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return unicode.IsLower(r)
		}
		if !unicode.IsPunct(r) {
			return false
		}
	}
	return false
}
