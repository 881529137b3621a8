package htmlclean

import (
	"strings"

	"github.com/bansift/bansift/corpus"
	"golang.org/x/net/html"
)

// removedBlocks lists the paragraphs of the whole page (page0, rendered
// before extraction) whose text is not in the body paragraphs kept. Each
// gets the kind of the cue that dropped it, else a kind read from the
// element around it, and the source line of its element.
func removedBlocks(cues *cueSet, lines sourceLines, page0 []block, kept []string, dropped map[*html.Node]corpus.RemovedKind, why map[string]corpus.RemovedKind) []corpus.Removed {
	keptSet := make(map[string]bool, len(kept))
	norm := make([]string, len(kept))
	for i, k := range kept {
		norm[i] = normalize(k)
		keptSet[norm[i]] = true
	}
	body := strings.Join(norm, "\n")
	var out []corpus.Removed
	for _, b := range page0 {
		n := normalize(b.Text)
		if n == "" || keptSet[n] || strings.Contains(body, n) {
			continue
		}
		out = append(out, corpus.Removed{Line: lines.of(b.Node), Text: b.Text, Kind: kindOf(cues, b, n, dropped, why)})
	}
	return out
}

// kindOf says why block b (normalised text n) is not in the body.
func kindOf(cues *cueSet, b block, n string, dropped map[*html.Node]corpus.RemovedKind, why map[string]corpus.RemovedKind) corpus.RemovedKind {
	for a := b.Node; a != nil; a = a.Parent {
		if k, ok := dropped[a]; ok {
			return k
		}
	}
	if k, ok := why[n]; ok {
		return k
	}
	if k, ok := cues.matchText(b.Text); ok {
		return k
	}
	for a := b.Node; a != nil; a = a.Parent {
		if a.Type != html.ElementNode {
			continue
		}
		switch a.Data {
		case "nav", "header", "footer", "menu":
			return corpus.RemovedNavigation
		case "aside":
			return corpus.RemovedRelated
		case "figcaption":
			return corpus.RemovedCaption
		}
	}
	return corpus.RemovedOther
}
