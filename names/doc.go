// Package names canonicalises the names of people, companies and places in
// news text, including the garbled spellings that machine translation through
// Arabic script produces.
//
// Arabic script writes no short vowels and has no letters for g, p or v, so a
// name that went English → Arabic → English comes back with its vowels guessed
// and g/j/q, p/b, v/f swapped: "Yoshihide Suga" becomes "Yoshihidi Soja". A
// Matcher maps both spellings to the same transliteration skeleton and measures
// what is left with a small weighted edit distance:
//
//	m := names.Default()
//	m.NearMiss("Yoshihidi Soja")
//	// Match{Known: "Yoshihide Suga", Kind: "person", Country: "JP",
//	//       Role: "chief cabinet secretary", Distance: 0.75}, true
//	m.Find("spokesman Yoshihidi Soja declined")
//	// []Found{{Text: "Yoshihidi Soja", Start: 10, End: 24, Near: true, ...}}
//	names.CollapseRepeats("Huawei Technologies Technologies")
//	// "Huawei Technologies"
//
// Beyond the classes above, a matcher allows what Arabic script does to
// names: short vowels, which it does not write, guessed across classes in
// words of three strong consonants or more ("Gao Fung" for "Gao Feng", but
// "Tom Cook" is not "Tim Cook"); a given name written as two words ("Zhao Li
// Jian"); pinyin x read as sh ("Shi Jinping"); ch written t+sh, German sch as
// sh; s for z. Each costs a little; a near miss must stay within a total, a
// per-word and a per-consonant budget.
//
// The gazetteers (people with role and country, companies, places) are
// embedded data files under data/; callers add their own names with
// NewMatcher(extra...), reading them with ReadNames or Load (files or
// folders, the kind of each file from its name: people*.tsv,
// companies*.tsv, places*.tsv).
package names
