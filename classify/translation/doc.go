// Package translation tells when English text is a machine translation from
// Arabic, and says why in words a person can check.
//
// Language detection cannot see it: the text is English. What gives it away is
// where the page comes from and what translation through Arabic script does to
// the words. Detect weighs four kinds of signal:
//
//   - provenance: the title, a source or credit line, or the URL host names an
//     Arabic-language outlet (data/outlets.tsv), or the page says it was
//     translated from Arabic;
//   - names that are near misses of known names ("Yoshihidi Soja" for
//     "Yoshihide Suga"), found with package extract/names;
//   - a word written twice back to back ("Technologies Technologies");
//   - phrasing typical of Arabic-to-English machine translation
//     ("fifth generation" for 5G, "electronic security"), data/phrases.tsv.
//
// Each finding has a weight, each kind a cap; a page is flagged when the
// capped sum reaches 0.4 and at least two kinds agree, or when provenance is
// explicit (an Arabic-only outlet, a "translated from Arabic" line). A doubled
// word, a garbled name or odd phrasing alone never flags a page. The
// confidence grows with the sum; the evidence lists every finding.
//
//	d, _ := translation.New()
//	t := d.Detect(translation.Input{Title: title, Text: body, URL: url, Lines: removed, Language: "en"})
//	// t == nil, or &corpus.Translation{Code: "ar", Confidence: 0.95, Evidence: []string{
//	//	`title names the Arabic-language outlet "Al Quds Al Arabi"`,
//	//	`"Yoshihidi Soja" is a near miss of "Yoshihide Suga" (e/i, u/o, g/j: ...)`,
//	//	`word repeated back to back: "Technologies Technologies"`,
//	//	`translation phrasing: "fifth generation mobile network" (for 5G), ...`}}
package translation
