package corpus

import (
	"regexp"
	"strings"
)

// markup is what a look at a page's content says about its format.
type markup int

const (
	markupUnsure markup = iota // a few tags: the extension decides
	markupHTML                 // an HTML document
	markupNone                 // no tag at all: plain text
)

// sniffSample bounds how much of a page the sniffer looks at.
const sniffSample = 16 << 10

var (
	htmlStart = regexp.MustCompile(`(?s)^(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>])`)
	// tagLike matches an opening or closing tag with a name, a comment, or
	// a doctype; anyTag decides if there is any markup at all.
	anyTag    = regexp.MustCompile(`<(?:[a-z][a-z0-9-]*[\s/>]|/[a-z][a-z0-9-]*\s*>|!--|!doctype)`)
	knownTags = regexp.MustCompile(`</?(?:html|head|body|meta|link|script|style|title|div|span|p|a|br|hr|img|ul|ol|li|h[1-6]|table|tr|td|th|article|section|nav|header|footer|aside|main|form|input|button|strong|em|b|i|figure|figcaption|noscript|iframe|time|blockquote|pre|code|svg)[\s/>]`)
)

// sniffMarkup looks at the start of a decoded page. A page is HTML when it
// opens like a document (doctype, <html> or <head>), or when known tags are
// dense (at least 10, and one per 300 bytes of the sample): a plain-text
// article that mentions a tag or two does not qualify.
func sniffMarkup(s string) markup {
	sample := strings.ToLower(s[:min(len(s), sniffSample)])
	trimmed := strings.TrimLeft(sample, " \t\r\n\f\uFEFF")
	if htmlStart.MatchString(trimmed) {
		return markupHTML
	}
	if !anyTag.MatchString(sample) {
		return markupNone
	}
	if n := len(knownTags.FindAllStringIndex(sample, -1)); n >= 10 && n*300 >= len(sample) {
		return markupHTML
	}
	return markupUnsure
}

// pageFormat decides the format of a page that its name (a file extension,
// a JSONL field) suggests is byName. origin names that source in the note
// returned when the content overrides it ("a .txt file"); "" means the name
// said nothing (stdin), so there is nothing to note.
func pageFormat(content string, byName Format, origin string) (Format, string) {
	switch sniffMarkup(content) {
	case markupHTML:
		if byName != FormatHTML && origin != "" {
			return FormatHTML, "HTML markup in " + origin + ": read as html"
		}
		return FormatHTML, ""
	case markupNone:
		if byName == FormatHTML && origin != "" {
			return FormatText, "no HTML markup in " + origin + ": read as text"
		}
		return FormatText, ""
	}
	return byName, ""
}

// formatByExt is the format a file name suggests.
func formatByExt(ext string) Format {
	switch strings.ToLower(ext) {
	case ".html", ".htm", ".xhtml":
		return FormatHTML
	}
	return FormatText
}
