package boilerplate_test

import (
	"fmt"

	"github.com/bansift/bansift/classify/boilerplate"
)

func Example() {
	c, err := boilerplate.New(boilerplate.Options{})
	if err != nil {
		panic(err)
	}
	page := `Home
News
Technology
Search [          ] [Go]

Freedonia bans Acme routers in ministries

By Jane Holloway
May 27, 2014

The government of Freedonia has told its ministries to stop buying routers made by Acme, citing the risk that the devices could leak data.

The order gives agencies six months to replace the equipment they run. It does not apply to private firms, officials said.

Share on Facebook
Leave a Reply
© 2014 Example Media`
	r := c.Clean(page, "en")
	fmt.Println("title:", r.Title)
	fmt.Println("published:", r.Published)
	fmt.Println(r.Body)
	for _, x := range r.Removed {
		fmt.Printf("%2d %-10s %s\n", x.Line, x.Kind, x.Text)
	}
	// Output:
	// title: Freedonia bans Acme routers in ministries
	// published: 2014-05-27
	// The government of Freedonia has told its ministries to stop buying routers made by Acme, citing the risk that the devices could leak data.
	//
	// The order gives agencies six months to replace the equipment they run. It does not apply to private firms, officials said.
	//  1 navigation Home
	//  2 navigation News
	//  3 navigation Technology
	//  4 other      Search [          ] [Go]
	//  6 metadata   Freedonia bans Acme routers in ministries
	//  8 metadata   By Jane Holloway
	//  9 metadata   May 27, 2014
	// 15 share      Share on Facebook
	// 16 comments   Leave a Reply
	// 17 legal      © 2014 Example Media
}
