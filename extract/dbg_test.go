package extract

import (
	"encoding/json"
	"fmt"
	"os"
	"testing"
)

func TestDbg2(t *testing.T) {
	b, _ := os.ReadFile(os.Getenv("F"))
	for _, c := range extractor(t).Extract(Document{Title: os.Getenv("T"), Text: string(b), Language: os.Getenv("L")}) {
		c.Evidence = c.Evidence[:1]
		j, _ := json.Marshal(c)
		fmt.Println(string(j))
	}
}
