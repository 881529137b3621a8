// Package language decides the language of an article body with lingua-go.
//
// A Detector is built once (its n-gram models are loaded up front) and shared
// by every worker:
//
//	d, _ := language.New(language.Options{})
//	d.Detect("Die Bundesregierung prüft den Einsatz ...") // {Code: "de", Confidence: 0.98}
//
// Only a restricted set of languages is considered (DefaultLanguages): all of
// lingua's 75 models cost about 2 GB and several times the time, while the
// pages bansift reads are in a handful of languages. Text in a language
// outside the set is reported as the closest one in it, with low confidence.
package language
