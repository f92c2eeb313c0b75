package parkdesk

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"fugong/assessment"
	"fugong/internal/wire"
)

// A park link carries a park's setup (assessment.Park) in the fragment of the kit's
// address, so that it works on any static host and reaches no server log:
//
//	https://host/prefix/#p=PAYLOAD
//
// PAYLOAD is the setup as bytes, written in base 36 (0–9, A–Z): every 5
// bytes become 8 characters, the last 1–4 bytes 2, 4, 5 or 7. Those
// characters are all in a QR code's alphanumeric mode (5.5 bits a
// character, against 8 in byte mode), so the payload takes about 18 %
// fewer modules than base64url would; they survive any chat app's link
// detection, and a payload whose letters were made lower case still
// decodes.
//
// The bytes are a frame that never changes between versions:
//
//	version (1 byte) · body length (uvarint) · body · CRC-32 (IEEE, 4 bytes, big-endian)
//
// The CRC covers everything before it. The frame tells a truncated link
// (fewer bytes than the length says) from an altered one (the CRC fails)
// and from one made by a newer kit (the CRC holds, the version or a field
// is unknown): each has its own error (an assessment.InputError) and message.
//
// Body, version 1: a uvarint bit set of the fields present (bit i is field
// i of the list below), then each present field in that order:
//
//	0 name, 2 district, 3 contact    text: uvarint byte length, then compact text
//	1 category                       1 byte, 1–4
//	4 phone, 5 hotline               uvarint character count, then 4-bit codes of
//	                                 "0123456789-+ " two a byte, padded with 0xF
//	6–8 batch1–batch3                uint16 big-endian: days since 2020-01-01
//	9 cat1_min_automation_share,     uvarint of the value × 100 (two decimals at most)
//	10 cat3_min_area_per_worker
//	11 few_workers_max               uvarint
//	12 support                       uvarint bit set over linkMeasures, then one
//	                                 text (the note, maybe empty) per measure set
//	13 lang                          1 byte: index in assessment.Languages
//	14 zones, 15 industries          uvarint count (≥ 1), then each name as text
//
// Fields 14 and 15 came after the first links were printed: a link
// without them is written as before, and a kit that predates them reads
// a link with them as one from a newer kit (ErrLinkTooNew).
//
// Compact text is wire.LinkText: one byte an ASCII character, two a CJK
// one (punctuation, kana, ideographs, full-width forms), and byte 0 and a
// uvarint any other. Chinese text costs 2 bytes a character instead of
// UTF-8's 3. The frame, base 36, compact text and the packed phone
// numbers are package wire's.
//
// Decoding is strict: the link must be exactly what EncodeParkLink makes
// of the setup it decodes to, so no two links mean the same setup, and the
// setup must pass the park's validation and the link's limits.

// ParkLinkVersion is the version of the link format this kit writes and
// the newest it reads.
const ParkLinkVersion = 1

// ParkLinkParam is the name of the fragment parameter holding the setup.
const ParkLinkParam = "p"

// The link's length limits, in characters: tighter than an assessment.Park's own, so
// that a complete setup fits a QR code that scans from a printed A4
// poster (see TestParkLinkFullSetupQR).
const (
	MaxLinkName     = 40
	MaxLinkDistrict = 30
	MaxLinkContact  = 20
	MaxLinkPhone    = 20
	MaxLinkNote     = 40
	// A link holds at most MaxLinkZones zones and MaxLinkIndustries
	// industries of the park's own, each of at most MaxLinkNameLen
	// characters.
	MaxLinkZones      = 8
	MaxLinkIndustries = 4
	MaxLinkNameLen    = 8
)

// linkMeasures pins the position of each support measure in the link's
// bit set. Positions are never reordered or reused: a new measure is
// appended, whatever order the form shows them in.
var linkMeasures = []string{
	"tax_deferral", "rent_relief", "industrial_funds", "transport_pass",
	"loan_subsidy", "research_funding", "legal_aid", "shuttle_service",
	"nucleic_acid_subsidy",
}

// Field positions in the body's bit set.
const (
	lfName = iota
	lfCategory
	lfDistrict
	lfContact
	lfPhone
	lfHotline
	lfBatch1
	lfBatch2
	lfBatch3
	lfCat1
	lfCat3
	lfFew
	lfSupport
	lfLang
	lfZones
	lfIndustries
	lfCount
)

// The errors DecodeParkLink returns. A program tells them apart with
// errors.Is; the kit shows Message and goes on with its defaults.
var (
	ErrLinkMalformed = assessment.LinkCodeError("malformed", assessment.Msg("parklink.err_link_malformed.message"))
	ErrLinkTruncated = assessment.LinkCodeError("truncated", assessment.Msg("parklink.err_link_truncated.message"))
	ErrLinkAltered   = assessment.LinkCodeError("altered", assessment.Msg("parklink.err_link_altered.message"))
	ErrLinkTooNew    = assessment.LinkCodeError("too_new", assessment.Msg("parklink.err_link_too_new.message"))
	ErrLinkInvalid   = assessment.LinkCodeError("invalid", assessment.Msg("parklink.err_link_invalid.message"))
)

// linkFrameErrors are the errors of a link whose frame does not read.
var linkFrameErrors = map[wire.Why]*assessment.InputError{
	wire.Malformed: ErrLinkMalformed, wire.Truncated: ErrLinkTruncated,
	wire.Altered: ErrLinkAltered, wire.TooNew: ErrLinkTooNew,
}

func linkInvalid(ps []assessment.Problem) *assessment.InputError {
	e := *ErrLinkInvalid
	e.Problems = ps
	return &e
}

// CheckParkLink returns what keeps p from being put in a link: the park's
// own validation errors (park.go: lengths, and the text policy of
// textpolicy.go, which keeps control and format characters out), the
// link's tighter length limits, a missing name and thresholds with more than two decimals. Nil means
// EncodeParkLink will succeed.
func CheckParkLink(p assessment.Park) []assessment.Problem {
	var ps []assessment.Problem
	for _, q := range assessment.ValidatePark(p) {
		if q.Severity == assessment.Error {
			ps = append(ps, q)
		}
	}
	add := func(code, field string, msg assessment.Text) {
		ps = append(ps, assessment.Problem{Code: code, Question: "park." + field, Severity: assessment.Error, Message: msg})
	}
	if strings.TrimSpace(p.Name) == "" {
		add(assessment.CodeRequired, "name", assessment.MsgRequired(assessment.Msg("park.name")))
	}
	for _, f := range []struct {
		name, value string
		label       assessment.Text
		max         int
	}{
		{"name", p.Name, assessment.Msg("park.name"), MaxLinkName},
		{"district", p.District, assessment.Msg("park.district"), MaxLinkDistrict},
		{"contact", p.Contact, assessment.Msg("park.contact"), MaxLinkContact},
		{"phone", p.Phone, assessment.Msg("park.phone"), MaxLinkPhone},
		{"hotline", p.Hotline, assessment.Msg("park.hotline"), MaxLinkPhone},
	} {
		if utf8.RuneCountInString(f.value) > f.max {
			add(assessment.CodeTooLong, f.name, assessment.MsgTooLong(f.label, f.max))
		}
	}
	for _, f := range []struct{ name, value string }{{"phone", p.Phone}, {"hotline", p.Hotline}} {
		if strings.Trim(f.value, phoneDigits) != "" {
			add(assessment.CodePhone, f.name, assessment.MsgPhone(assessment.Msg("parklink.phone_number")))
		}
	}
	for _, o := range p.Support {
		if utf8.RuneCountInString(o.Note) > MaxLinkNote {
			add(assessment.CodeTooLong, "support", assessment.MsgTooLong(assessment.Msg("park.park.support.label"), MaxLinkNote))
		}
	}
	for _, l := range []struct {
		name  string
		names []string
		max   int
		label assessment.Text
	}{{"zones", p.Zones, MaxLinkZones, assessment.Msg("park.zones.label")}, {"industries", p.Industries, MaxLinkIndustries, assessment.Msg("park.industries.label")}} {
		if len(l.names) > l.max {
			add(assessment.CodeTooLong, l.name, assessment.Msgf("parklink.too_many", "label", l.label, "max", strconv.Itoa(l.max)))
		}
		for _, n := range l.names {
			if utf8.RuneCountInString(n) > MaxLinkNameLen {
				add(assessment.CodeTooLong, l.name, assessment.MsgTooLong(l.label, MaxLinkNameLen))
			}
		}
	}
	for _, th := range []struct {
		name  string
		value *float64
	}{{"cat1_min_automation_share", p.Cat1MinAutomationShare}, {"cat3_min_area_per_worker", p.Cat3MinAreaPerWorker}} {
		if th.value != nil && !hundredths(*th.value) {
			add(assessment.CodeRange, th.name, assessment.Msg("parklink.threshold_decimals"))
		}
	}
	return ps
}

// phoneDigits are the characters a phone number in a link may hold: the
// first 13 of wire.PhoneSymbols, so a link's phone packs 4 bits a
// character (a link carries no brackets).
const phoneDigits = "0123456789-+ "

// hundredths reports whether f has at most two decimals.
func hundredths(f float64) bool {
	n := math.Round(f * 100)
	return math.Abs(n-f*100) < 1e-6 && n >= 0 && n < 1<<40
}

// EncodeParkLink returns the payload of p's link (see ParkLinkURL). Support
// measures are written in the kit's order, whatever their order in p. It
// fails with an ErrLinkInvalid assessment.InputError listing the problems when
// CheckParkLink finds any.
func EncodeParkLink(p assessment.Park) (string, error) {
	if ps := CheckParkLink(p); len(ps) > 0 {
		return "", linkInvalid(ps)
	}
	return wire.EncodeLink(ParkLinkVersion, encodeBody(p)), nil
}

// ParkLinkURL returns the link that opens the kit at base (its address,
// e.g. "https://example.org/fugong/") set up for p. Any fragment of base is
// replaced.
func ParkLinkURL(base string, p assessment.Park) (string, error) {
	payload, err := EncodeParkLink(p)
	if err != nil {
		return "", err
	}
	base, _, _ = strings.Cut(base, "#")
	return base + "#" + ParkLinkParam + "=" + payload, nil
}

// ParkLinkPayload returns the payload of a link: the value of the p
// parameter of its fragment. Without a "#", s is taken as the fragment
// ("p=…") or as the payload itself. ok is false when the fragment has no
// p parameter. Whitespace anywhere is dropped on purpose (assessment.StripSpace): a
// link holds none, and chat apps break long ones across lines; so is what
// a chat app adds after the payload (beforeChatQuery).
func ParkLinkPayload(s string) (payload string, ok bool) {
	s = assessment.StripSpace(s)
	if _, frag, found := strings.Cut(s, "#"); found {
		s = frag
	} else if !strings.Contains(s, "=") {
		return s, s != ""
	}
	for _, kv := range strings.Split(s, "&") {
		if v, found := strings.CutPrefix(kv, ParkLinkParam+"="); found {
			return beforeChatQuery(v), true
		}
	}
	return "", false
}

// DecodeParkLink reads a park's setup from a link, its fragment or its
// payload (see ParkLinkPayload). The error is always an *InputError:
// ErrLinkMalformed (not a park link), ErrLinkTruncated, ErrLinkAltered,
// ErrLinkTooNew (made by a newer kit) or ErrLinkInvalid (the setup does not
// validate, with its Problems). A setup that decodes is valid, and
// EncodeParkLink gives back its payload (in capitals).
func DecodeParkLink(link string) (assessment.Park, error) {
	payload, ok := ParkLinkPayload(link)
	if !ok || payload == "" {
		return assessment.Park{}, ErrLinkMalformed
	}
	payload = asciiUpper(payload)
	body, version, why := wire.DecodeLink(payload)
	if why != wire.OK {
		return assessment.Park{}, linkFrameErrors[why]
	}
	if version > ParkLinkVersion {
		return assessment.Park{}, ErrLinkTooNew
	}
	if version < 1 {
		return assessment.Park{}, ErrLinkMalformed
	}
	p, err := decodeBody(body)
	if err != nil {
		return assessment.Park{}, err
	}
	if ps := CheckParkLink(p); len(ps) > 0 {
		return assessment.Park{}, linkInvalid(ps)
	}
	if again, _ := EncodeParkLink(p); again != payload {
		return assessment.Park{}, linkInvalid([]assessment.Problem{{Code: assessment.CodeInconsistent, Question: "park", Severity: assessment.Error,
			Message: assessment.Msg("parklink.not_canonical")}})
	}
	return p, nil
}

// asciiUpper turns a–z into A–Z and leaves every other byte alone.
func asciiUpper(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' {
			return r - 'a' + 'A'
		}
		return r
	}, s)
}
