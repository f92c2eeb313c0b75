// Package wire is the binary codec shared by the short codes the kit
// prints and reads: the park link, the summary code and the daily report
// code. It holds what the three have in common — the frame with its
// length and CRC (frame.go), the two ways a frame is written as text
// (base 36 for the park link, link.go; a letter, a version and base64url
// for the codes, code.go), a byte writer and a reader whose first failure
// sticks (writer.go, reader.go), compact text (text.go) and packed phone
// numbers (phone.go) — and knows nothing of what a code means. It uses
// the standard library only, so that it runs natively and in the browser.
//
// Every format here is in circulation on paper: a change must leave each
// byte a code is written with as it is.
package wire

// Why is why a frame could not be read; OK when it could.
type Why uint8

// The reasons a frame is refused.
const (
	OK        Why = iota
	Malformed     // not a code of this kind at all
	Truncated     // cut short: fewer bytes than its length says
	Altered       // changed: its CRC does not hold
	TooNew        // written by a newer kit: its version is above the newest this kit reads
)
