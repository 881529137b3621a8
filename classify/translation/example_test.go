package translation_test

import (
	"fmt"

	"github.com/bansift/bansift/classify/translation"
)

func ExampleDetector_Detect() {
	d, err := translation.New()
	if err != nil {
		panic(err)
	}
	t := d.Detect(translation.Input{
		Title:    "Tokyo to review network suppliers",
		Text:     "Government spokesman Yoshihidi Soja said the review covers Huawei Technologies Technologies and will raise electronic security.",
		Language: "en",
	})
	fmt.Println(t.Code, t.Confidence)
	for _, e := range t.Evidence {
		fmt.Println(e)
	}
	// Output:
	// ar 0.75
	// "Yoshihidi Soja" is a near miss of "Yoshihide Suga" (e/i, u/o, g/j: confusions typical of transliteration through Arabic script)
	// word repeated back to back: "Technologies Technologies"
	// translation phrasing: "electronic security" (for cybersecurity)
}
