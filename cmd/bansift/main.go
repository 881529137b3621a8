// Command bansift turns scraped news pages into a dataset of technology
// restrictions. See README.md, or run `bansift --help`.
package main

import (
	"os"

	"github.com/bansift/bansift/cmd/cli"
)

func main() {
	os.Exit(cli.Main(cli.System(), os.Args[1:]))
}
