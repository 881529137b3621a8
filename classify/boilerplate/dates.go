package boilerplate

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// months maps English and German month names and abbreviations to numbers.
var months = map[string]int{
	"january": 1, "jan": 1, "januar": 1, "jänner": 1, "jän": 1,
	"february": 2, "feb": 2, "februar": 2,
	"march": 3, "mar": 3, "märz": 3, "mär": 3, "maerz": 3,
	"april": 4, "apr": 4,
	"may": 5, "mai": 5,
	"june": 6, "jun": 6, "juni": 6,
	"july": 7, "jul": 7, "juli": 7,
	"august": 8, "aug": 8,
	"september": 9, "sep": 9, "sept": 9,
	"october": 10, "oct": 10, "oktober": 10, "okt": 10,
	"november": 11, "nov": 11,
	"december": 12, "dec": 12, "dezember": 12, "dez": 12,
}

const monthRe = `(?i:(january|february|march|april|may|june|july|august|september|october|november|december|januar|jänner|februar|märz|maerz|juni|juli|oktober|dezember|jan|feb|mar|mär|apr|jun|jul|aug|sept|sep|oct|okt|nov|dec|dez|mai)\.?)`

// datePatterns are the date forms pages print, each with the order of its
// year, month and day groups. A form without a day is not a date.
var datePatterns = []struct {
	re               *regexp.Regexp
	year, month, day int // submatch indexes
}{
	// 2014-05-27, 2014/05/27
	{regexp.MustCompile(`\b((?:19|20)\d\d)[-/](\d\d?)[-/](\d\d?)(?:\b|T)`), 1, 2, 3},
	// 27.05.2014 (German numeric)
	{regexp.MustCompile(`\b(\d\d?)\.\s?(\d\d?)\.\s?((?:19|20)\d\d)\b`), 3, 2, 1},
	// May 27, 2014; May 27th 2014
	{regexp.MustCompile(`\b` + monthRe + `\s+(\d\d?)(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b`), 3, 1, 2},
	// 27 May 2014; 27. Mai 2014; 27th of May, 2014
	{regexp.MustCompile(`\b(\d\d?)(?:\.|st|nd|rd|th)?\s+(?:of\s+)?` + monthRe + `,?\s+((?:19|20)\d\d)\b`), 3, 2, 1},
}

// parseDate finds the first date in s and returns it as YYYY-MM-DD.
func parseDate(s string) (string, bool) {
	d, _, ok := findDate(s)
	return d, ok
}

// parseDateSpan returns the byte span of the first date in s.
func parseDateSpan(s string) ([2]int, bool) {
	_, span, ok := findDate(s)
	return span, ok
}

// findDate finds the first valid date in s: its ISO form and byte span.
func findDate(s string) (string, [2]int, bool) {
	var span [2]int
	if !hasYear(s) {
		return "", span, false
	}
	bestAt := -1
	best := ""
	for _, p := range datePatterns {
		m := p.re.FindStringSubmatchIndex(s)
		if m == nil || (bestAt >= 0 && m[0] >= bestAt) {
			continue
		}
		group := func(i int) string { return s[m[2*i]:m[2*i+1]] }
		y, _ := strconv.Atoi(group(p.year))
		d, _ := strconv.Atoi(group(p.day))
		ms := group(p.month)
		mo, err := strconv.Atoi(ms)
		if err != nil {
			mo = months[strings.ToLower(strings.TrimSuffix(ms, "."))]
		}
		if mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo) {
			continue
		}
		bestAt, best = m[0], fmt.Sprintf("%04d-%02d-%02d", y, mo, d)
		span = [2]int{m[0], m[1]}
	}
	return best, span, bestAt >= 0
}

// hasYear reports whether s holds four ASCII digits starting 19 or 20,
// which every date pattern needs: most lines have none, and this scan costs
// a fraction of one regular expression.
func hasYear(s string) bool {
	for i := 0; i+4 <= len(s); i++ {
		if (s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') && isDigit(s[i+2]) && isDigit(s[i+3]) {
			return true
		}
	}
	return false
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}
