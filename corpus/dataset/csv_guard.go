package dataset

import (
	"strconv"
	"strings"
)

// formulaStarts are the first characters a spreadsheet reads as the start of
// a formula (OWASP, "CSV Injection"): =, +, - and @, and tab and carriage
// return, which some spreadsheets skip before looking for one.
const formulaStarts = "=+-@\t\r"

// guardCell makes a cell safe to open in a spreadsheet: a cell that starts
// like a formula gets a leading single quote, which spreadsheets show as
// text and do not evaluate. Numbers we write ourselves ("-0.5") are left as
// they are: they are data, not formulas, and stay numbers.
func guardCell(s string) string {
	if s == "" || !strings.ContainsRune(formulaStarts, rune(s[0])) {
		return s
	}
	if _, err := strconv.ParseFloat(s, 64); err == nil {
		return s
	}
	return "'" + s
}

// guardRow applies guardCell to every cell of row, in place.
func guardRow(row []string) []string {
	for i, c := range row {
		row[i] = guardCell(c)
	}
	return row
}
