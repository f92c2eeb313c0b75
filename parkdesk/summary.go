package parkdesk

import (
	"math"
	"strings"
	"unicode/utf8"

	"fugong/internal/wire"

	"fugong/assessment"
)

// A summary code carries an enterprise's result back to its park with no
// server: the kit prints it as a QR code on the commitment letter and shows
// it on the result screen, and a member of the park's staff who scans it
// opens the kit's collect route, which adds the enterprise to that phone's
// registry. The code travels in the fragment of the address, so it reaches
// no server log:
//
//	https://host/prefix/collect#s=s1.PAYLOAD
//
// "s1." names the format and its version. PAYLOAD is base64url without
// padding (RFC 4648 §5) of
//
//	body length (uvarint) · body · CRC-32 (IEEE, 4 bytes big-endian)
//
// where the CRC covers the length and the body. The frame tells a code cut
// short (fewer bytes than the length says) from an altered one (the CRC
// fails), and the prefix tells a code from a newer kit ("s2.") from a
// broken one; each has its own error (an InputError).
//
// Body, version 1, in this order:
//
//	name, credit code     text: uvarint byte length, then compact text (below)
//	                      (the credit code: uvarint 1 then 12 bytes of 5-bit
//	                      symbols when it is 18 characters of the GB 32100
//	                      alphabet; else uvarint 2 and text; 0 when empty)
//	contact phone         uvarint n<<1, then n 4-bit symbols of "0123456789-+ ()",
//	                      two a byte, padded with 0xF; or uvarint 1 and text
//	status                1 byte: category (bits 0–2), batch (3–4), priority (5),
//	                      readiness (6–7: ready, phased, not_ready, none)
//	unmet critical items  uvarint bit set over summaryCritical, then uvarint
//	                      count and the text of items not in that table
//	staff counts          uvarint bit set of the counts given, then each as uvarint:
//	                      total, normal, ordinary isolation, key isolation, under
//	                      treatment, returnees from medium/high-risk regions
//	thresholds            1 byte: 0 the defaults, 1 three numbers follow
//	deciding answers      uvarint count, then each: uvarint question (index in
//	                      summaryQuestions + 1, or 0 and the ID as text), value
//	ruleset               text
//	plan ID               1 byte 0 and 4 bytes (8 upper-case hex digits); 1 and
//	                      text was reserved for other IDs, and is refused
//
// A value is a tag byte and its payload: 0 empty, 1 no, 2 yes, 3 a number
// ≥ 0 with at most two decimals as the uvarint of its hundredths, 4 any
// other finite number as float64 bits (8 bytes big-endian), 5 text, 6 a
// list: uvarint count, then each choice as uvarint (index in summaryChoices
// + 1, or 0 and the ID as text).
//
// Compact text is wire.Text: one byte an ASCII character, two a Chinese,
// Korean or Japanese one (ideographs, Hangul syllables, CJK punctuation and
// kana, full-width forms), and byte 0 and a uvarint any other. The frame,
// compact text and packed phone numbers are package wire's. A Chinese name
// costs 2 bytes a character instead of UTF-8's 3. DEFLATE was tried and does not
// pay: the body is 100–200 bytes with little repetition (TestSummaryBodySize),
// and compress/flate made it longer in every case measured.
//
// Version 2 is version 1's body followed by the park's fields, which
// came later: a byte of flags — bit 0 a zone follows, bit 1 an industry,
// bits 2–3 规上 and 4–5 四上 (each a YesNo: 0 unanswered, 1 no, 2 yes) —
// then the zone as text and the industry (uvarint index in IndustryIDs +
// 1, or 0 and its name as text). A summary without any of them is written
// as version 1, byte for byte as before; one with them as version 2, which
// a kit that predates them reports as made by a newer kit.
//
// Decoding is strict: a body must be exactly what EncodeSummary makes of
// the summary it decodes to, so no two codes mean the same summary; its
// text must pass the kit's text policy and its plan ID be 8 hex digits
// (summary_strict.go). Whitespace in a code is dropped before it is read
// (SummaryCode), and a registry keeps the code as EncodeSummary writes it
// (NormalizeSummaryCode).

// SummaryVersion is the version of the summary format this kit writes and
// the newest it reads.
const SummaryVersion = 2

// SummaryParam is the name of the fragment parameter holding the code.
const SummaryParam = "s"

// CollectRoute is the kit's route that receives a summary code.
const CollectRoute = "collect"

// Limits a summary code holds to; EncodeSummary refuses more, and
// NewSummary clips to them.
const (
	MaxSummaryName  = 100 // characters of the enterprise's name
	MaxSummaryCode  = 32  // characters of the credit code
	MaxSummaryPhone = 32  // characters of the contact phone
	MaxSummaryText  = 100 // characters of a text answer
	MaxSummaryFacts = 32  // deciding answers
	MaxSummaryList  = 16  // choices in one answer, unmet items beyond the table
	MaxSummaryID    = 64  // bytes of an ID not in the tables
	maxSummaryBytes = wire.MaxBody
)

// summaryQuestions pins the position of the questions whose answers decide
// a category or a priority. Positions are never reordered or reused: a new
// question is appended; any other ID is written out as text.
var summaryQuestions = []string{
	"automation_share", "product_types", "floor_area_m2", "peak_shift_workers",
	"can_keep_1m", "closed_management", "backbone_enterprise", "employees_total",
}

// summaryChoices pins the position of choice IDs in list answers.
var summaryChoices = []string{
	"prevention_supplies", "medical", "daily_necessities", "energy_utilities",
	"key_supply_chain", "other",
}

// summaryCritical pins the position of the critical readiness items in the
// bit set of unmet items.
var summaryCritical = []string{
	"team_named", "staff_screened", "returnees_quarantined", "isolation_room", "supplies_14d",
	"active_cases",
}

// summaryReadiness lists the verdicts by their 2-bit code; "" (none) is 3.
var summaryReadiness = [4]assessment.Readiness{assessment.Ready, assessment.Phased, assessment.NotReady, ""}

// Unknown marks a staff count that was not answered.
const Unknown = -1

// Staff holds an enterprise's head counts; a count not answered is Unknown.
type Staff struct {
	Total             int // employees_total
	Normal            int // staff_normal (正常人员)
	OrdinaryIsolation int // staff_ordinary_isolation (普通隔离人员)
	KeyIsolation      int // staff_key_isolation (重点隔离人员)
	InTreatment       int // staff_in_treatment (感染治疗人员)
	ReturneesMidHigh  int // returnees_mid_high_risk (中、高风险地区返岗人员)
}

// staffIDs are the questions of Staff's counts, in its order.
var staffIDs = []string{"employees_total", "staff_normal", "staff_ordinary_isolation",
	"staff_key_isolation", "staff_in_treatment", "returnees_mid_high_risk"}

func (s *Staff) counts() [6]*int {
	return [6]*int{&s.Total, &s.Normal, &s.OrdinaryIsolation, &s.KeyIsolation, &s.InTreatment, &s.ReturneesMidHigh}
}

// UnknownStaff is a Staff with no count answered.
var UnknownStaff = Staff{Unknown, Unknown, Unknown, Unknown, Unknown, Unknown}

// Summary is what a summary code carries: who the enterprise is, what the
// kit concluded, the answers that decided the category and priority (so
// the park's kit can derive them again), and which plan it is.
type Summary struct {
	Name       string // the enterprise's name
	CreditCode string // unified social credit code, as given
	Phone      string // contact phone, as given
	Category   int    // 1–4, 0 undetermined
	Batch      int    // 1–3, 0 undetermined
	Priority   bool
	Readiness  assessment.Readiness
	Unmet      []string // the critical items not met, by ID
	Staff      Staff
	Thresholds assessment.Thresholds // the thresholds the result was worked out with
	Facts      []assessment.Fact     // the deciding answers: the category rules', then priority's
	Ruleset    string
	PlanID     string

	// The park's fields (version 2).
	Zone       string // the park's zone (片区) it is in, "" when not given
	Industry   string // one of IndustryIDs, or the park's own industry, "" when not given
	AboveScale YesNo  // 规上: an industrial enterprise above designated size
	FourAbove  YesNo  // 四上
}

// YesNo is a yes/no answer that may be missing.
type YesNo uint8

// The values of a YesNo.
const (
	Unanswered YesNo = iota
	AnsweredNo
	AnsweredYes
)

// yesNoOf is the YesNo of answer v.
func yesNoOf(v assessment.Value) YesNo {
	if v.Type != assessment.TypeBool {
		return Unanswered
	}
	if v.Bool {
		return AnsweredYes
	}
	return AnsweredNo
}

// MaxSummaryPark is the most characters of the zone and of the industry's
// name a summary code carries.
const MaxSummaryPark = 20

// NewSummary sums up answers a and their result r = Evaluate(a).
// Text is cleaned to the text policy (CleanText: what it refuses is left
// out, and the validator reports it to the person who typed it) and
// clipped to the code's limits, so the summary always encodes.
func NewSummary(a *assessment.Answers, r assessment.Result) Summary {
	if a == nil {
		a = &assessment.Answers{}
	}
	u := assessment.Usable(a)
	s := Summary{
		Name:       clipRunes(assessment.CleanText(a.Str("name"), false), MaxSummaryName),
		CreditCode: clipRunes(assessment.CleanText(a.Str("credit_code"), false), MaxSummaryCode),
		Phone:      clipRunes(assessment.CleanText(a.Str("contact_phone"), false), MaxSummaryPhone),
		Category:   r.Category,
		Batch:      r.Batch,
		Priority:   r.Priority,
		Readiness:  r.Readiness,
		Staff:      UnknownStaff,
		Thresholds: r.Thresholds,
		Ruleset:    r.Ruleset,
		PlanID:     assessment.PlanID(a),
		Zone:       clipRunes(assessment.CleanText(u.Str("zone"), false), MaxSummaryPark),
		Industry:   clipRunes(assessment.CleanText(u.Str("industry"), false), MaxSummaryPark),
		AboveScale: yesNoOf(u.Get("above_scale")),
		FourAbove:  yesNoOf(u.Get("four_above")),
	}
	if s.Thresholds == (assessment.Thresholds{}) {
		s.Thresholds = assessment.DefaultThresholds
	}
	if s.Ruleset == "" {
		s.Ruleset = assessment.RulesetVersion
	}
	for _, it := range r.Items {
		if it.Level == assessment.Critical && !it.Met {
			s.Unmet = append(s.Unmet, it.ID)
		}
	}
	for i, p := range s.Staff.counts() {
		if n, ok := u.Number(staffIDs[i]); ok && n >= 0 && n <= 1e9 && n == math.Trunc(n) {
			*p = int(n)
		}
	}
	seen := map[string]bool{}
	add := func(fs []assessment.Fact) {
		for _, f := range fs {
			if seen[f.Question] || len(s.Facts) == MaxSummaryFacts {
				continue
			}
			seen[f.Question] = true
			v := f.Value
			if v.Type == assessment.TypeString {
				v.Str = clipRunes(assessment.CleanText(v.Str, false), MaxSummaryText)
			}
			if v.Type == assessment.TypeInvalid {
				v = assessment.Value{}
			}
			s.Facts = append(s.Facts, assessment.Fact{Question: f.Question, Value: v})
		}
	}
	for _, rs := range r.Because {
		if strings.HasPrefix(rs.Rule, "category.") {
			add(rs.Answers)
		}
	}
	for _, rs := range r.PriorityReasons {
		if rs.Rule == "priority.backbone" {
			add(rs.Answers)
		}
	}
	return s
}

// SummaryURL returns the address that adds the enterprise to a park
// registry: base (the kit's address, e.g. "https://example.org/fugong/")
// followed by "collect#s=" and the summary code of answers a and their
// result r. With base "", it is relative: "collect#s=…".
func SummaryURL(base string, a *assessment.Answers, r assessment.Result) string {
	code, err := EncodeSummary(NewSummary(a, r))
	if err != nil {
		return "" // NewSummary clips everything to the limits: cannot happen
	}
	return CollectURL(base, code)
}

// CollectURL returns base + "collect#s=" + code.
func CollectURL(base, code string) string {
	if base != "" && !strings.HasSuffix(base, "/") {
		base += "/"
	}
	return base + CollectRoute + "#" + SummaryParam + "=" + code
}

// The errors DecodeSummary and EncodeSummary return.
var (
	ErrSummaryMalformed = assessment.SummaryCodeError("malformed", assessment.Msg("summary.err_summary_malformed.message"))
	ErrSummaryTruncated = assessment.SummaryCodeError("truncated", assessment.Msg("summary.err_summary_truncated.message"))
	ErrSummaryAltered   = assessment.SummaryCodeError("altered", assessment.Msg("summary.err_summary_altered.message"))
	ErrSummaryTooNew    = assessment.SummaryCodeError("too_new", assessment.Msg("summary.err_summary_too_new.message"))
	ErrSummaryInvalid   = assessment.SummaryCodeError("invalid", assessment.Msg("summary.err_summary_invalid.message"))
)

func summaryInvalid(detail string) *assessment.InputError {
	e := *ErrSummaryInvalid
	e.Detail = detail
	return &e
}

// EncodeSummary returns the summary code of s, "s1.…". It fails, with an
// ErrSummaryInvalid InputError, only when s holds what the format cannot
// carry: a category, batch or readiness out of range, text beyond the
// limits or not UTF-8, a number that is not finite, an answer that is not
// a bool, number, text or list.
func EncodeSummary(s Summary) (string, error) {
	body, err := encodeSummaryBody(s)
	if err != nil {
		return "", err
	}
	version := 1
	if s.hasParkFields() {
		version = 2
	}
	return wire.EncodeCode('s', version, body), nil
}

// SummaryCode finds the code in s: a whole collect URL, its fragment
// ("#s=…" or "s=…"), or the code itself. Whitespace anywhere is dropped
// (StripSpace): a code holds none, and chat apps break long ones.
func SummaryCode(s string) string { return fragmentParam(assessment.StripSpace(s), SummaryParam) }

// fragmentParam returns the value of parameter name in the fragment of
// URL s (or in s taken as a fragment), or s after its "#" when it has no
// such parameter; without what a chat app put after it (beforeChatQuery).
func fragmentParam(s, name string) string {
	if i := strings.IndexByte(s, '#'); i >= 0 {
		s = s[i+1:]
	}
	for _, part := range strings.Split(s, "&") {
		if v, ok := strings.CutPrefix(part, name+"="); ok {
			return beforeChatQuery(v)
		}
	}
	return beforeChatQuery(s)
}

// beforeChatQuery is v up to a "?": WeChat, forwarding a link, adds its
// own parameters (?from=singlemessage&isappinstalled=0) after the
// fragment, and no code or park link holds a "?".
func beforeChatQuery(v string) string {
	v, _, _ = strings.Cut(v, "?")
	return v
}

// DecodeSummary reads a summary code (or a URL or fragment holding one,
// see SummaryCode). Its errors are *InputError: ErrSummaryMalformed,
// ErrSummaryTruncated, ErrSummaryAltered, ErrSummaryTooNew or
// ErrSummaryRefused (a field breaks the text policy, or the plan ID is
// not 8 hex digits; Field names it).
func DecodeSummary(code string) (Summary, error) {
	body, version, why := wire.DecodeCode(SummaryCode(code), 's', SummaryVersion)
	if why != wire.OK {
		return Summary{}, summaryFrameErrors[why]
	}
	s, ok := decodeSummaryBody(body, version, nil)
	if !ok {
		return Summary{}, ErrSummaryMalformed
	}
	if err := checkSummaryFields(s); err != nil {
		return Summary{}, err
	}
	again, err := encodeSummaryBody(s)
	if err != nil || string(again) != string(body) {
		return Summary{}, ErrSummaryMalformed
	}
	return s, nil
}

// summaryFrameErrors are the errors of a summary code whose frame does
// not read (wire.DecodeCode).
var summaryFrameErrors = map[wire.Why]*assessment.InputError{
	wire.Malformed: ErrSummaryMalformed, wire.Truncated: ErrSummaryTruncated,
	wire.Altered: ErrSummaryAltered, wire.TooNew: ErrSummaryTooNew,
}

// clipRunes keeps the first n characters of s.
func clipRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return strings.TrimSpace(string([]rune(s)[:n]))
}

// Derive works the category, batch and priority out again from the
// summary's deciding answers, its staff total and its thresholds, with the
// rules of this kit. The park's kit compares them with what the summary
// says (see Check).
func (s Summary) Derive() (category, batch int, prio bool) {
	u := &assessment.Answers{Values: map[string]assessment.Value{}}
	for _, f := range s.Facts {
		u.Set(f.Question, f.Value)
	}
	if s.Staff.Total >= 0 {
		u.Set("employees_total", assessment.NumberValue(float64(s.Staff.Total)))
	}
	t := s.Thresholds
	if t == (assessment.Thresholds{}) {
		t = assessment.DefaultThresholds
	}
	return assessment.Decide(u, t)
}
