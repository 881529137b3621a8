package htmlclean_test

import (
	"fmt"

	"github.com/bansift/bansift/classify/htmlclean"
)

func Example() {
	page := `<html><head><title>Council drops camera supplier | Town Herald</title>
<meta property="article:published_time" content="2023-09-12T10:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Council drops camera supplier</h1>
<p>The town council voted on Tuesday to stop buying traffic cameras from its current supplier after an audit found that the devices sent data to servers abroad.</p>
<p>Sign up for our newsletter to get council news every week.</p>
<p>The cameras already installed will be switched off one by one as replacements arrive, the council said, a process it expects to finish next spring.</p>
</article></body></html>`
	x, err := htmlclean.New(htmlclean.Options{})
	if err != nil {
		panic(err)
	}
	r, err := x.Extract(page, "https://example.org/news/42")
	if err != nil {
		panic(err)
	}
	fmt.Println(r.Title)
	fmt.Println(r.Published)
	fmt.Println(r.Body)
	for _, rm := range r.Removed {
		fmt.Printf("line %d, %s: %s\n", rm.Line, rm.Kind, rm.Text)
	}
	// Output:
	// Council drops camera supplier
	// 2023-09-12
	// The town council voted on Tuesday to stop buying traffic cameras from its current supplier after an audit found that the devices sent data to servers abroad.
	//
	// The cameras already installed will be switched off one by one as replacements arrive, the council said, a process it expects to finish next spring.
	// line 3, navigation: Home News
	// line 4, metadata: Council drops camera supplier
	// line 6, newsletter: Sign up for our newsletter to get council news every week.
}
