package neardup

import (
	"encoding/binary"
	"strings"
	"unicode"

	"github.com/cespare/xxhash/v2"
)

const (
	// Shingle is the number of words in a shingle: long enough that two
	// stories on one topic share few, short enough that a changed word
	// spoils few.
	Shingle = 5
	// Hashes is the signature length: Bands × Rows.
	Hashes = Bands * Rows
	// Bands and Rows shape the LSH banding; see doc.go for the odds.
	Bands = 16
	Rows  = 4
	// Threshold is the least estimated Jaccard similarity of a copy.
	Threshold = 0.5
)

// Signature is the MinHash signature of a text.
type Signature [Hashes]uint32

// seeds are the hash functions' seeds, fixed so that signatures stored by
// one run compare with those of the next.
var seeds = func() (s [Hashes]uint64) {
	x := uint64(0x62616e7369667421) // "bansift!"
	for i := range s {
		x = splitmix(x)
		s[i] = x
	}
	return s
}()

// splitmix is the SplitMix64 finaliser: a cheap, well-mixed 64-bit hash.
func splitmix(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9
	x = (x ^ (x >> 27)) * 0x94d049bb133111eb
	return x ^ (x >> 31)
}

// Sign returns the signature of text, or false when it has no words. A
// text shorter than a shingle is one shingle of all its words.
func Sign(text string) (Signature, bool) {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	var sig Signature
	if len(words) == 0 {
		return sig, false
	}
	for i := range sig {
		sig[i] = ^uint32(0)
	}
	n := max(1, len(words)-Shingle+1)
	for i := range n {
		h := xxhash.Sum64String(strings.Join(words[i:min(i+Shingle, len(words))], " "))
		for j, seed := range seeds {
			if v := uint32(splitmix(h^seed) >> 32); v < sig[j] {
				sig[j] = v
			}
		}
	}
	return sig, true
}

// Jaccard estimates the Jaccard similarity of the two texts' shingles.
func (s *Signature) Jaccard(o *Signature) float64 {
	same := 0
	for i := range s {
		if s[i] == o[i] {
			same++
		}
	}
	return float64(same) / Hashes
}

// Bytes is the signature as 4·Hashes little-endian bytes, for storing.
func (s *Signature) Bytes() []byte {
	b := make([]byte, 4*Hashes)
	for i, v := range s {
		binary.LittleEndian.PutUint32(b[4*i:], v)
	}
	return b
}

// FromBytes reads a signature written by Bytes.
func FromBytes(b []byte) (Signature, bool) {
	var s Signature
	if len(b) != 4*Hashes {
		return s, false
	}
	for i := range s {
		s[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return s, true
}

// bandKey is the LSH key of band b: a hash of its rows and its number.
func (s *Signature) bandKey(b int) uint64 {
	var buf [4*Rows + 1]byte
	for r := range Rows {
		binary.LittleEndian.PutUint32(buf[4*r:], s[b*Rows+r])
	}
	buf[4*Rows] = byte(b)
	return xxhash.Sum64(buf[:])
}
