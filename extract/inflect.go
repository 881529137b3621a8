package extract

import "strings"

// articleForms are the forms of a language's definite article. A German
// article inflects with the case of its noun ("die App" as subject, "der
// App" after "Nutzung", "den Konzern", "dem Unternehmen"), so a role phrase
// written with one form stands for all of them.
var articleForms = map[string][]string{
	"de": {"der", "die", "das", "den", "dem", "des"},
}

// articleVariants returns p and, when p opens with a definite article of
// lang, p with each other form of it.
func articleVariants(lang, p string) []string {
	first, rest, ok := strings.Cut(p, " ")
	forms := articleForms[lang]
	if !ok || !containsFold(forms, first) {
		return []string{p}
	}
	out := []string{p}
	for _, f := range forms {
		if !strings.EqualFold(f, first) {
			out = append(out, f+" "+rest)
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
