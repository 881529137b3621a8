package extract_test

import (
	"fmt"

	"github.com/bansift/bansift/extract"
)

func ExampleExtractor_Extract() {
	ex, err := extract.New(extract.Options{})
	if err != nil {
		panic(err)
	}
	doc := extract.Document{
		Title:    "Japan's ministries to drop Huawei and ZTE gear",
		Text:     "Japan's government will stop buying routers and base stations from Huawei and ZTE for its ministries, to guard against espionage.",
		Language: "en",
	}
	for _, c := range ex.Extract(doc) {
		fmt.Println(c.Actor.Country, c.Action, c.Status, c.Primary)
		for _, t := range c.Targets {
			fmt.Println(" target:", t.Vendor, t.Category)
		}
		fmt.Println(" for:", c.Affected[0].Sector, "why:", c.Reasons[0].Category)
		ev := c.Evidence[0]
		fmt.Println(" quotes the text:", doc.Text[ev.Start:ev.End] == ev.Text)
	}
	// Output:
	// JP purchase_ban planned true
	//  target: Huawei telecom_equipment
	//  target: ZTE telecom_equipment
	//  for: government why: espionage
	//  quotes the text: true
}
