// Package translation tells when English text is a machine translation from
// Arabic, and says why in words a person can check.
//
// Language detection cannot see it: the text is English. What gives it away is
// where the page comes from and what translation through Arabic script does to
// the words. Detect weighs five kinds of signal:
//
//   - provenance: the title names an Arabic-language outlet (data/outlets.tsv)
//     before or after the headline, or so does the page's title line when the
//     cleaner stripped the outlet from the title it kept (a removed line near
//     the top that is the headline plus an outlet), or a dateline at the top
//     ("Riyadh – Al Watan"), or a source or credit line, or the URL host; an unlisted outlet whose name has Arabic form
//     ("Al Sharq Al Jadid") counts weakly; a page that says it was translated
//     from Arabic counts strongly. Outlet names in footers, partner lists and
//     links to other stories are not provenance;
//   - names that are near misses of known names ("Yoshihidi Soja" for
//     "Yoshihide Suga"), found with package extract/names;
//   - a word written twice back to back ("Technologies Technologies");
//   - phrasing typical of Arabic-to-English machine translation
//     ("fifth generation" for 5G, "electronic security", "In its side,"),
//     data/phrases.tsv;
//   - style: "the" makes up 14% or more of a page's prose (80 words at
//     least), as when Arabic's article al- is carried onto every noun.
//
// Each finding has a weight, each kind a cap; a page is flagged when the
// capped sum reaches 0.4 and at least two kinds agree, or when provenance is
// explicit (an Arabic-only outlet, a "translated from Arabic" line). A doubled
// word, a garbled name, odd phrasing or style alone never flags a page. The
// confidence grows with the sum; the evidence lists every finding.
//
// Users extend the outlets, phrases and names with Options (OutletFiles,
// PhraseFiles, NameFiles: files or folders in the embedded files' formats).
//
//	d, _ := translation.New()
//	t := d.Detect(translation.Input{Title: title, Text: body, URL: url, Lines: removed, Language: "en"})
//	// t == nil, or &corpus.Translation{Code: "ar", Confidence: 0.95, Evidence: []string{
//	//	`title names the Arabic-language outlet "Al Quds Al Arabi"`,
//	//	`"Yoshihidi Soja" is a near miss of "Yoshihide Suga" (e/i, u/o, g/j: ...)`,
//	//	`word repeated back to back: "Technologies Technologies"`,
//	//	`translation phrasing: "fifth generation mobile network" (for 5G), ...`}}
package translation
