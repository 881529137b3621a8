package htmlclean

import "testing"

func TestExtractPageURL(t *testing.T) {
	body := `<body><article><h1>Agency drops the app</h1>
<p>The agency told its staff on Monday to delete the messaging app from their work phones within thirty days.</p>
<p>Officials said the app sent contact lists to servers abroad, which broke the data protection rules of the agency.</p>
</article></body></html>`
	tests := []struct {
		name string
		head string
		want string
	}{
		{"canonical link", `<link rel="canonical" href="https://news.example.org/tech/agency-drops-app">`, "https://news.example.org/tech/agency-drops-app"},
		{"og:url", `<meta property="og:url" content="https://news.example.org/a/1">`, "https://news.example.org/a/1"},
		{"none", ``, ""},
		{"relative is not an address", `<link rel="canonical" href="/tech/agency-drops-app">`, ""},
	}
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := x.Extract("<!DOCTYPE html><html><head><title>Agency drops the app</title>"+tt.head+"</head>"+body, "")
			if err != nil {
				t.Fatal(err)
			}
			if r.URL != tt.want {
				t.Errorf("URL = %q, want %q", r.URL, tt.want)
			}
		})
	}
}
