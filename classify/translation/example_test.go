package translation_test

import (
	"fmt"
	"strings"

	"github.com/bansift/bansift/classify/translation"
)

func ExampleDetector_Detect() {
	d, err := translation.New(translation.Options{})
	if err != nil {
		panic(err)
	}
	t := d.Detect(translation.Input{
		Title: "Minister receives trade delegation",
		Text: "Muscat, 3 June (ONA) -- The Minister of Commerce received today, Monday, a trade delegation of the brotherly country.\n\n" +
			"For his part, the head of the delegation lauded the depth of the relations which bind the two sides.",
		URL:      "https://omannews.gov.om/topics/en/80/show/1",
		Language: "en",
	})
	fmt.Println(t.Code, t.Confidence > 0.5)
	fmt.Println(t.Evidence[0][:strings.Index(t.Evidence[0], ":")])
	// Output:
	// ar true
	// provenance
}
