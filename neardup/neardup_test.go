package neardup

import (
	"strings"
	"testing"
)

// The texts below are invented for these tests.

// wire is one agency story, as every outlet that carries it prints it.
const wire = `The harbour authority of Kestrel Bay said on Tuesday it would stop buying remote maintenance modules from the crane maker Velmora, citing the risk that the modules could be switched off from abroad. ` +
	`Port officials said the decision covers all new cranes ordered from next year and that existing modules would be disconnected from outside networks within six months. ` +
	`Velmora said in a statement that its equipment met every local security requirement and that it had not been told which risk the authority had in mind. ` +
	`The authority's chief engineer told reporters that an audit last spring had found the modules kept an open line to a server outside the country. ` +
	`Dock workers' unions welcomed the review but asked for guarantees that maintenance delays would not slow down the loading of ships during the winter season.`

// outlets wrap the wire story in their own boilerplate.
var outlets = []struct{ head, foot string }{
	{"Coastal Herald | Business | Tuesday", "Subscribe to the Coastal Herald morning briefing. Share this article. Related: Fish prices climb again."},
	{"Harbour Times - Latest news - Shipping", "Copyright Harbour Times. All rights reserved. Comments are closed for this article."},
	{"MARITIME DAILY", "Read more: New ferry line opens in the north. Follow us for more updates from the ports."},
}

// german is the same story in German: a translation, not a copy.
const german = `Die Hafenbehörde von Kestrel Bay kündigte am Dienstag an, keine Fernwartungsmodule des Kranherstellers Velmora mehr zu kaufen, weil die Module aus dem Ausland abgeschaltet werden könnten. ` +
	`Nach Angaben der Hafenverwaltung gilt die Entscheidung für alle neuen Krane, die ab dem nächsten Jahr bestellt werden; vorhandene Module sollen binnen sechs Monaten von externen Netzen getrennt werden. ` +
	`Velmora erklärte, seine Anlagen erfüllten alle örtlichen Sicherheitsanforderungen.`

// sameTopic are other stories about crane software bans, in other words.
var sameTopic = []string{
	`A second port, Marlow Sound, has ordered an inspection of the crane software it bought from Velmora after reports from Kestrel Bay. ` +
		`The inspection will take three months, a spokeswoman said, and no cranes will be taken out of service while it runs. ` +
		`Marlow Sound's board will decide in the spring whether to stop buying remote maintenance modules from the company.`,
	`Lawmakers in the capital want a national rule on port equipment after Kestrel Bay stopped buying Velmora maintenance modules. ` +
		`A draft bill would require every port authority to keep crane control systems off outside networks and to report any remote access. ` +
		`The transport committee will hear port operators, unions and crane makers, including Velmora, next month.`,
}

func sign(t *testing.T, text string) Signature {
	t.Helper()
	s, ok := Sign(text)
	if !ok {
		t.Fatalf("no signature for %q", text)
	}
	return s
}

func TestCopiesLinkToTheFirstAndNothingElse(t *testing.T) {
	type input struct {
		id, url, text string
		want          string // the id it copies, "" for none
	}
	var inputs []input
	for i, o := range outlets {
		id := []string{"herald", "times", "daily"}[i]
		want := "herald"
		if i == 0 {
			want = ""
		}
		inputs = append(inputs, input{id, "https://" + id + ".example/velmora", o.head + "\n\n" + wire + "\n\n" + o.foot, want})
	}
	inputs = append(inputs,
		input{"herald-again", "https://herald.example/velmora", outlets[0].head + "\n\n" + wire + "\n\n" + outlets[0].foot, ""}, // a re-scrape
		input{"german", "https://zeitung.example/velmora", german, ""},
		input{"marlow", "https://herald.example/marlow", sameTopic[0], ""},
		input{"bill", "https://times.example/bill", sameTopic[1], ""},
		input{"edited", "https://edited.example/velmora", strings.Replace(wire, "on Tuesday", "late on Tuesday", 1) + " The story was updated with the unions' reaction.", "herald"},
	)
	var ix Index
	for _, in := range inputs {
		m, found := ix.Add(Page{ID: in.id, URL: in.url, Sig: sign(t, in.text)})
		got := ""
		if found {
			got = m.ID
		}
		if got != in.want {
			t.Errorf("%s: copies %q (jaccard %.3f), want %q", in.id, got, m.Jaccard, in.want)
		}
		if found && (m.Jaccard < Threshold || m.Jaccard > 1) {
			t.Errorf("%s: jaccard %v", in.id, m.Jaccard)
		}
	}
}

func TestJaccardEstimate(t *testing.T) {
	a := sign(t, outlets[0].head+" "+wire)
	for _, tc := range []struct {
		name   string
		text   string
		lo, hi float64
	}{
		{"same text", outlets[0].head + " " + wire, 1, 1},
		{"other boilerplate", outlets[1].head + " " + wire + " " + outlets[1].foot, 0.7, 1},
		{"translation", german, 0, 0.1},
		{"same topic", sameTopic[0], 0, 0.15},
	} {
		b := sign(t, tc.text)
		if j := a.Jaccard(&b); j < tc.lo || j > tc.hi {
			t.Errorf("%s: jaccard %.3f, want in [%v, %v]", tc.name, j, tc.lo, tc.hi)
		}
	}
}

func TestSignatureRoundTripAndDeterminism(t *testing.T) {
	a := sign(t, wire)
	b, ok := FromBytes(a.Bytes())
	if !ok || b != a {
		t.Fatal("signature does not survive Bytes/FromBytes")
	}
	if c := sign(t, wire); c != a {
		t.Error("two signatures of one text differ")
	}
	if _, ok := Sign(" ,.;- "); ok {
		t.Error("a text without words has a signature")
	}
	short := sign(t, "Ban on drones")
	if other := sign(t, "ban on DRONES!"); other != short {
		t.Error("case and punctuation change the signature")
	}
}

// TestStoredOrderWins: a page processed again keeps its place, so it is
// not linked to its own later copies.
func TestStoredOrderWins(t *testing.T) {
	var ix Index
	text := outlets[0].head + " " + wire
	ix.Add(Page{ID: "first", Sig: sign(t, text)})
	ix.Add(Page{ID: "copy", Sig: sign(t, outlets[1].head+" "+wire)})
	if m, found := ix.Add(Page{ID: "first", Sig: sign(t, text)}); found {
		t.Errorf("the first page, processed again, links to %s", m.ID)
	}
	if m, found := ix.Add(Page{ID: "copy", Sig: sign(t, outlets[1].head+" "+wire)}); !found || m.ID != "first" {
		t.Errorf("the copy, processed again, links to %+v", m)
	}
}

func BenchmarkSign(b *testing.B) {
	text := strings.Repeat(wire+" ", 4) // about 4 KB, a news article
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Sign(text)
	}
}
