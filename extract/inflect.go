package extract

import (
	"slices"
	"strings"
)

// articleForms are the forms of a language's definite article. A German
// article inflects with the case of its noun ("die App" as subject, "der
// App" after "Nutzung", "den Konzern", "dem Unternehmen"), so a role phrase
// written with one form stands for all of them.
var articleForms = map[string][]string{
	"de": {"der", "die", "das", "den", "dem", "des"},
}

// possessiveForms are a language's possessive determiners as one paradigm:
// a role phrase written with "seine Produkte" stands for "dessen Produkte"
// and "ihren Produkten"'s determiner too, as "its products" does for
// "their products".
var possessiveForms = map[string][]string{
	"en": {"its", "their"},
	"de": {"sein", "seine", "seinen", "seiner", "seinem", "seines", "ihr", "ihre", "ihren", "ihrer", "ihrem", "ihres", "dessen", "deren"},
}

// articleVariants returns p and, when p opens with a definite article or a
// possessive of lang, p with each other form of it.
func articleVariants(lang, p string) []string {
	first, rest, ok := strings.Cut(p, " ")
	if !ok {
		return []string{p}
	}
	out := []string{p}
	for _, forms := range [][]string{articleForms[lang], possessiveForms[lang]} {
		if !containsFold(forms, first) {
			continue
		}
		for _, f := range forms {
			if !strings.EqualFold(f, first) {
				out = append(out, f+" "+rest)
			}
		}
	}
	return out
}

// germanEndings are the endings an adjective or determiner written with -e
// takes in the other cases: "schwarze Liste", "auf einer schwarzen Liste".
var germanEndings = []string{"n", "r", "s", "m"}

// inflections returns p and, for German, p with each declinable word of it
// in its other case endings. A declinable word is a lower-case word ending
// in -e before the phrase's last word ("keine ... mehr", "schwarze liste");
// articles have their own paradigm. At most two words are varied, so a
// phrase gives at most 25 forms.
func inflections(lang, p string) []string {
	if lang != "de" {
		return []string{p}
	}
	words := strings.Fields(p)
	out := []string{p}
	varied := 0
	for i := 0; i < len(words)-1 && varied < 2; i++ {
		w := words[i]
		if len(w) < 4 || !strings.HasSuffix(w, "e") || strings.ContainsAny(w, "*.") || w != strings.ToLower(w) || containsFold(articleForms[lang], w) {
			continue
		}
		varied++
		for _, form := range slices.Clone(out) {
			fw := strings.Fields(form)
			for _, end := range germanEndings {
				fw[i] = w + end
				out = append(out, strings.Join(fw, " "))
			}
		}
	}
	return out
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

// adjectiveSlots are phrase words standing for one attributive adjective
// between an article and its noun, by language: "the Chinese company",
// "des chinesischen Konzerns". In German any adjective after an article has
// one of the weak endings; in English the nationality adjectives are the
// ones that qualify a maker ("the Russian firm", "the American company").
var adjectiveSlots = map[string][]string{
	"en": {"*ese", "*an", "*ish", "*i"},
	"de": {"*e", "*en"},
}

// anaphorVariants returns the forms of an anaphor phrase: those of
// articleVariants and, when it is an article and a maker noun (maker tells
// which), each of them with one adjective after the article and, for
// German, the genitive noun after "des" ("des Konzerns"). Only a maker is
// pointed back at through its nationality: "the Chinese firm" is the firm
// just named, "the Chinese technology" is any.
func anaphorVariants(lang, p string, maker func(string) bool) []string {
	var out []string
	for _, v := range articleVariants(lang, p) {
		out = append(out, v)
		first, rest, ok := strings.Cut(v, " ")
		if !ok || strings.Contains(rest, " ") || !maker(rest) ||
			!(strings.EqualFold(first, "the") || containsFold(articleForms[lang], first)) {
			continue
		}
		forms := []string{rest}
		if lang == "de" && strings.EqualFold(first, "des") && !strings.HasSuffix(rest, "s") {
			forms = append(forms, rest+"s", rest+"es")
			out = append(out, first+" "+rest+"s", first+" "+rest+"es")
		}
		for _, f := range forms {
			for _, adj := range adjectiveSlots[lang] {
				out = append(out, first+" "+adj+" "+f)
			}
		}
	}
	return out
}

// singular is the singular of an English or German plural noun as a maker
// list writes it: "companies" is "company", "firms" "firm", "Konzerne"
// "Konzern". A word that is no plural comes back unchanged.
func singular(w string) []string {
	out := []string{w}
	switch {
	case strings.HasSuffix(w, "ies"):
		out = append(out, strings.TrimSuffix(w, "ies")+"y")
	case strings.HasSuffix(w, "s"), strings.HasSuffix(w, "e"):
		out = append(out, w[:len(w)-1])
	}
	return out
}
