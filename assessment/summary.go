package assessment

import (
	"encoding/base64"
	"encoding/binary"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
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
// broken one; each has its own error (SummaryError).
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
// Compact text spends one byte on ASCII and two on Chinese, Korean and
// Japanese: a byte 0x01–0x7F is that ASCII character; a byte b ≥ 0x80 and
// the next byte n give v = (b−0x80)<<8 | n, which maps onto U+4E00–U+9FFF
// (ideographs), U+AC00–U+D7A3 (Hangul syllables), U+3000–U+30FF (CJK
// punctuation, kana) and U+FF00–U+FFEF (full-width forms), in that order;
// byte 0 and a uvarint encode any other character. A Chinese name costs
// 2 bytes a character instead of UTF-8's 3. DEFLATE was tried and does not
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
	maxSummaryBytes = 4096
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
var summaryReadiness = [4]Readiness{Ready, Phased, NotReady, ""}

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
	Readiness  Readiness
	Unmet      []string // the critical items not met, by ID
	Staff      Staff
	Thresholds Thresholds // the thresholds the result was worked out with
	Facts      []Fact     // the deciding answers: the category rules', then priority's
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
func yesNoOf(v Value) YesNo {
	if v.Type != TypeBool {
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
func NewSummary(a *Answers, r Result) Summary {
	if a == nil {
		a = &Answers{}
	}
	u := usable(a)
	s := Summary{
		Name:       clipRunes(CleanText(a.Str("name"), false), MaxSummaryName),
		CreditCode: clipRunes(CleanText(a.Str("credit_code"), false), MaxSummaryCode),
		Phone:      clipRunes(CleanText(a.Str("contact_phone"), false), MaxSummaryPhone),
		Category:   r.Category,
		Batch:      r.Batch,
		Priority:   r.Priority,
		Readiness:  r.Readiness,
		Staff:      UnknownStaff,
		Thresholds: r.Thresholds,
		Ruleset:    r.Ruleset,
		PlanID:     PlanID(a),
		Zone:       clipRunes(CleanText(u.Str("zone"), false), MaxSummaryPark),
		Industry:   clipRunes(CleanText(u.Str("industry"), false), MaxSummaryPark),
		AboveScale: yesNoOf(u.Get("above_scale")),
		FourAbove:  yesNoOf(u.Get("four_above")),
	}
	if s.Thresholds == (Thresholds{}) {
		s.Thresholds = DefaultThresholds
	}
	if s.Ruleset == "" {
		s.Ruleset = RulesetVersion
	}
	for _, it := range r.Items {
		if it.Level == Critical && !it.Met {
			s.Unmet = append(s.Unmet, it.ID)
		}
	}
	for i, p := range s.Staff.counts() {
		if n, ok := u.Number(staffIDs[i]); ok && n >= 0 && n <= 1e9 && n == math.Trunc(n) {
			*p = int(n)
		}
	}
	seen := map[string]bool{}
	add := func(fs []Fact) {
		for _, f := range fs {
			if seen[f.Question] || len(s.Facts) == MaxSummaryFacts {
				continue
			}
			seen[f.Question] = true
			v := f.Value
			if v.Type == TypeString {
				v.Str = clipRunes(CleanText(v.Str, false), MaxSummaryText)
			}
			if v.Type == TypeInvalid {
				v = Value{}
			}
			s.Facts = append(s.Facts, Fact{Question: f.Question, Value: v})
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
func SummaryURL(base string, a *Answers, r Result) string {
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

// SummaryError is why a summary code could not be read. Code is stable for
// programs; Message, in the four languages, is for the person who scanned
// it. Compare with errors.Is against the ErrSummary values.
type SummaryError struct {
	Code    string // "malformed", "truncated", "altered", "too_new", "invalid" or "refused"
	Message Text
	Detail  string // for "invalid": what EncodeSummary refused; for "refused": the field
	Field   string // for "refused": the field, by its CSV column ID (CSVColumns)
}

// Error returns the message in Chinese and English.
func (e *SummaryError) Error() string {
	s := e.Message.Zh + " (" + e.Message.exact("en") + ")"
	if e.Detail != "" {
		s += ": " + e.Detail
	}
	return s
}

// Is reports whether target is a SummaryError of the same code.
func (e *SummaryError) Is(target error) bool {
	t, ok := target.(*SummaryError)
	return ok && t.Code == e.Code
}

// The errors DecodeSummary and EncodeSummary return.
var (
	ErrSummaryMalformed = &SummaryError{Code: "malformed", Message: txt("这不是有效的复工汇总码。请让企业重新出示承诺书上的二维码或汇总链接。", "This is not a valid resumption summary code. Ask the enterprise to show the QR code on its letter, or its summary link, again.", "有効な再開サマリーコードではありません。企業に誓約書のQRコードまたはサマリーリンクを再度提示してもらってください。", "올바른 업무 재개 요약 코드가 아닙니다. 기업에 서약서의 QR 코드나 요약 링크를 다시 보여 달라고 하세요.")}
	ErrSummaryTruncated = &SummaryError{Code: "truncated", Message: txt("汇总码不完整（可能复制时少了一段，或二维码没有扫全）。请重新扫描或索取完整链接。", "The summary code is incomplete (part of it was lost when copied, or the QR code was not read whole). Scan it again or ask for the whole link.", "サマリーコードが途中で切れています（コピーで一部が欠けたか、QRコードを読み切れていません）。もう一度読み取るか、完全なリンクを求めてください。", "요약 코드가 잘려 있습니다(복사할 때 일부가 빠졌거나 QR 코드를 다 읽지 못했습니다). 다시 스캔하거나 전체 링크를 요청하세요.")}
	ErrSummaryAltered   = &SummaryError{Code: "altered", Message: txt("汇总码已损坏或被改动（校验不符），未加入登记册。请重新扫描纸质承诺书上的二维码。", "The summary code is damaged or was changed (its checksum does not match); nothing was added. Scan the QR code on the printed letter again.", "サマリーコードが破損しているか、書き換えられています（チェックサム不一致）。登録していません。印刷された誓約書のQRコードをもう一度読み取ってください。", "요약 코드가 손상되었거나 변경되었습니다(검사값 불일치). 등록하지 않았습니다. 인쇄된 서약서의 QR 코드를 다시 스캔하세요.")}
	ErrSummaryTooNew    = &SummaryError{Code: "too_new", Message: txt("此汇总码由更新版本的工具生成，请更新本工具：联网后刷新页面，再打开此链接。", "This summary code was made by a newer version of the kit: update the kit by reloading the page while online, then open the link again.", "このサマリーコードは新しいバージョンのツールで作られています。オンラインでページを再読み込みしてツールを更新し、もう一度リンクを開いてください。", "이 요약 코드는 더 새로운 버전의 도구로 만들어졌습니다. 온라인 상태에서 페이지를 새로고침해 도구를 업데이트한 뒤 링크를 다시 여세요.")}
	ErrSummaryInvalid   = &SummaryError{Code: "invalid", Message: txt("汇总内容超出汇总码的范围，无法生成汇总码。", "The summary holds values a summary code cannot carry.", "サマリーの内容がコードで表せる範囲を超えています。", "요약 내용이 요약 코드로 나타낼 수 있는 범위를 벗어났습니다.")}
)

func summaryInvalid(detail string) *SummaryError {
	e := *ErrSummaryInvalid
	e.Detail = detail
	return &e
}

// summaryB64 is base64url without padding, rejecting non-zero trailing bits
// so that each code has one spelling.
var summaryB64 = base64.RawURLEncoding.Strict()

// EncodeSummary returns the summary code of s, "s1.…". It fails, with an
// ErrSummaryInvalid SummaryError, only when s holds what the format cannot
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
	return encodeFrame('s', version, body), nil
}

// SummaryCode finds the code in s: a whole collect URL, its fragment
// ("#s=…" or "s=…"), or the code itself. Whitespace anywhere is dropped
// (stripSpace): a code holds none, and chat apps break long ones.
func SummaryCode(s string) string {
	s = stripSpace(s)
	if i := strings.IndexByte(s, '#'); i >= 0 {
		s = s[i+1:]
	}
	for _, part := range strings.Split(s, "&") {
		if v, ok := strings.CutPrefix(part, SummaryParam+"="); ok {
			return v
		}
	}
	return s
}

// DecodeSummary reads a summary code (or a URL or fragment holding one,
// see SummaryCode). Its errors are *SummaryError: ErrSummaryMalformed,
// ErrSummaryTruncated, ErrSummaryAltered, ErrSummaryTooNew or
// ErrSummaryRefused (a field breaks the text policy, or the plan ID is
// not 8 hex digits; Field names it).
func DecodeSummary(code string) (Summary, error) {
	body, version, why := decodeFrame(SummaryCode(code), 's', SummaryVersion)
	if why != "" {
		return Summary{}, summaryFrameErrors[why]
	}
	s, ok := decodeSummaryBody(body, version)
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
// not read (decodeFrame).
var summaryFrameErrors = map[string]*SummaryError{
	frameMalformed: ErrSummaryMalformed, frameTruncated: ErrSummaryTruncated,
	frameAltered: ErrSummaryAltered, frameTooNew: ErrSummaryTooNew,
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func validB64(s string) bool {
	for _, c := range s {
		if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
			return false
		}
	}
	return true
}

// clipRunes keeps the first n characters of s.
func clipRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return strings.TrimSpace(string([]rune(s)[:n]))
}

// --- encoding -------------------------------------------------------------

// sumWriter appends a body, remembering the first thing it refused.
type sumWriter struct {
	b   []byte
	err error
}

func (w *sumWriter) fail(detail string) {
	if w.err == nil {
		w.err = summaryInvalid(detail)
	}
}

func (w *sumWriter) uvarint(n uint64) { w.b = binary.AppendUvarint(w.b, n) }

func (w *sumWriter) text(s string, maxRunes int, what string) {
	switch CheckText(s, maxRunes, false) {
	case TextNotUTF8:
		w.fail(what + " is not UTF-8")
		return
	case TextControl, TextBidi:
		w.fail(what + " holds a control or invisible format character")
		return
	case TextTooLong:
		w.fail(what + " is too long")
		return
	}
	t := appendSumText(nil, s)
	w.uvarint(uint64(len(t)))
	w.b = append(w.b, t...)
}

func (w *sumWriter) id(s string, table []string, what string) {
	for i, t := range table {
		if t == s {
			w.uvarint(uint64(i + 1))
			return
		}
	}
	if s == "" || len(s) > MaxSummaryID {
		w.fail(what + " ID is empty or too long")
		return
	}
	w.uvarint(0)
	w.text(s, MaxSummaryID, what)
}

func (w *sumWriter) number(f float64) {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		w.fail("a number is not finite")
		return
	}
	if h := f * 100; f >= 0 && h <= 1<<53 && h == math.Trunc(h) && h/100 == f {
		w.b = append(w.b, 3)
		w.uvarint(uint64(h))
		return
	}
	w.b = append(w.b, 4)
	w.b = binary.BigEndian.AppendUint64(w.b, math.Float64bits(f))
}

func (w *sumWriter) value(v Value) {
	switch v.Type {
	case TypeEmpty:
		w.b = append(w.b, 0)
	case TypeBool:
		if v.Bool {
			w.b = append(w.b, 2)
		} else {
			w.b = append(w.b, 1)
		}
	case TypeNumber:
		w.number(v.Num)
	case TypeString:
		w.b = append(w.b, 5)
		w.text(v.Str, MaxSummaryText, "a text answer")
	case TypeList:
		if len(v.List) > MaxSummaryList {
			w.fail("a list answer is too long")
			return
		}
		w.b = append(w.b, 6)
		w.uvarint(uint64(len(v.List)))
		for _, c := range v.List {
			w.id(c, summaryChoices, "a choice")
		}
	default:
		w.fail("an answer has no type a summary carries")
	}
}

// creditAlphabet is GB 32100's alphabet: digits and capitals without I, O,
// S, V and Z.
const creditAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"

func (w *sumWriter) creditCode(s string) {
	switch {
	case s == "":
		w.uvarint(0)
	case len(s) == 18 && strings.Trim(s, creditAlphabet) == "":
		w.uvarint(1)
		var bits uint64
		var nbits uint
		for i := 0; i < 18; i++ {
			bits = bits<<5 | uint64(strings.IndexByte(creditAlphabet, s[i]))
			nbits += 5
			for nbits >= 8 {
				nbits -= 8
				w.b = append(w.b, byte(bits>>nbits))
			}
		}
		w.b = append(w.b, byte(bits<<(8-nbits))) // 90 bits: 6 bits of padding, zero
	default:
		w.uvarint(2)
		w.text(s, MaxSummaryCode, "the credit code")
	}
}

// phoneSymbols are the characters a phone is packed from, 4 bits each.
const phoneSymbols = "0123456789-+ ()"

func (w *sumWriter) phone(s string) {
	if strings.Trim(s, phoneSymbols) != "" {
		w.uvarint(1)
		w.text(s, MaxSummaryPhone, "the phone")
		return
	}
	if len(s) > MaxSummaryPhone {
		w.fail("the phone is too long")
		return
	}
	w.uvarint(uint64(len(s)) << 1)
	for i := 0; i < len(s); i += 2 {
		hi := byte(strings.IndexByte(phoneSymbols, s[i]))
		lo := byte(0xF)
		if i+1 < len(s) {
			lo = byte(strings.IndexByte(phoneSymbols, s[i+1]))
		}
		w.b = append(w.b, hi<<4|lo)
	}
}

func encodeSummaryBody(s Summary) ([]byte, error) {
	w := &sumWriter{}
	w.text(s.Name, MaxSummaryName, "the name")
	w.creditCode(s.CreditCode)
	w.phone(s.Phone)

	ready := -1
	for i, r := range summaryReadiness {
		if r == s.Readiness {
			ready = i
		}
	}
	if s.Category < 0 || s.Category > 4 || s.Batch < 0 || s.Batch > 3 || ready < 0 {
		w.fail("category, batch or readiness out of range")
	}
	status := byte(s.Category) | byte(s.Batch)<<3 | byte(ready&3)<<6
	if s.Priority {
		status |= 1 << 5
	}
	w.b = append(w.b, status)

	var set uint64
	var extra []string
	for _, id := range s.Unmet {
		i := idIndex(summaryCritical, id)
		if i < 0 {
			if !hasID(extra, id) {
				extra = append(extra, id)
			}
			continue
		}
		set |= 1 << i
	}
	if len(extra) > MaxSummaryList {
		w.fail("too many unmet items")
	}
	w.uvarint(set)
	w.uvarint(uint64(len(extra)))
	for _, id := range extra {
		if id == "" {
			w.fail("an unmet item has no ID")
		}
		w.text(id, MaxSummaryID, "an unmet item")
	}

	set = 0
	counts := s.Staff.counts()
	for i, p := range counts {
		switch {
		case *p >= 0:
			set |= 1 << i
		case *p != Unknown:
			w.fail("a staff count is negative")
		}
	}
	w.uvarint(set)
	for _, p := range counts {
		if *p >= 0 {
			w.uvarint(uint64(*p))
		}
	}

	if s.Thresholds == DefaultThresholds {
		w.b = append(w.b, 0)
	} else {
		w.b = append(w.b, 1)
		w.number(s.Thresholds.Cat1MinAutomationShare)
		w.number(s.Thresholds.Cat3MinAreaPerWorker)
		w.number(s.Thresholds.FewWorkersMax)
	}

	if len(s.Facts) > MaxSummaryFacts {
		w.fail("too many deciding answers")
	}
	w.uvarint(uint64(len(s.Facts)))
	for _, f := range s.Facts {
		w.id(f.Question, summaryQuestions, "a question")
		w.value(f.Value)
	}

	w.text(s.Ruleset, 16, "the ruleset")
	if isUpperHex(s.PlanID, 8) {
		w.b = append(w.b, 0)
		for i := 0; i < 8; i += 2 {
			v, _ := strconv.ParseUint(s.PlanID[i:i+2], 16, 8)
			w.b = append(w.b, byte(v))
		}
	} else {
		w.fail("the plan ID is not 8 upper-case hex digits")
	}
	w.parkFields(s)
	if len(w.b) > maxSummaryBytes {
		w.fail("the summary is too long")
	}
	return w.b, w.err
}

func isUpperHex(s string, n int) bool {
	if len(s) != n {
		return false
	}
	for _, c := range s {
		if !(c >= '0' && c <= '9' || c >= 'A' && c <= 'F') {
			return false
		}
	}
	return true
}

func idIndex(list []string, s string) int {
	for i, t := range list {
		if t == s {
			return i
		}
	}
	return -1
}

func hasID(list []string, s string) bool { return idIndex(list, s) >= 0 }

// The two-byte ranges of compact text, in order.
var sumTextRanges = []struct{ lo, n rune }{
	{0x4E00, 0x5200}, // CJK unified ideographs U+4E00–U+9FFF
	{0xAC00, 0x2BA4}, // Hangul syllables U+AC00–U+D7A3
	{0x3000, 0x0100}, // CJK symbols and punctuation, hiragana, katakana
	{0xFF00, 0x00F0}, // half-width and full-width forms
}

// appendSumText appends s as compact text.
func appendSumText(b []byte, s string) []byte {
	for _, r := range s {
		if r > 0 && r < 0x80 {
			b = append(b, byte(r))
			continue
		}
		v, ok := rune(0), false
		for _, rg := range sumTextRanges {
			if r >= rg.lo && r < rg.lo+rg.n {
				v += r - rg.lo
				ok = true
				break
			}
			v += rg.n
		}
		if ok {
			b = append(b, 0x80|byte(v>>8), byte(v))
			continue
		}
		b = append(b, 0)
		b = binary.AppendUvarint(b, uint64(r))
	}
	return b
}

// readSumText decodes compact text.
func readSumText(b []byte) (string, bool) {
	var sb strings.Builder
	for i := 0; i < len(b); {
		c := b[i]
		switch {
		case c > 0 && c < 0x80:
			sb.WriteByte(c)
			i++
		case c >= 0x80:
			if i+1 >= len(b) {
				return "", false
			}
			v := rune(c&0x7F)<<8 | rune(b[i+1])
			i += 2
			ok := false
			for _, rg := range sumTextRanges {
				if v < rg.n {
					sb.WriteRune(rg.lo + v)
					ok = true
					break
				}
				v -= rg.n
			}
			if !ok {
				return "", false
			}
		default:
			r, k := binary.Uvarint(b[i+1:])
			if k <= 0 || r > utf8.MaxRune || !utf8.ValidRune(rune(r)) {
				return "", false
			}
			sb.WriteRune(rune(r))
			i += 1 + k
		}
	}
	return sb.String(), true
}

// --- decoding -------------------------------------------------------------

// sumReader reads a body; after the first failure every read returns zero.
type sumReader struct {
	b   []byte
	bad bool
}

func (r *sumReader) take(n int) []byte {
	if r.bad || n < 0 || n > len(r.b) {
		r.bad = true
		return nil
	}
	p := r.b[:n]
	r.b = r.b[n:]
	return p
}

func (r *sumReader) byte() byte {
	p := r.take(1)
	if p == nil {
		return 0
	}
	return p[0]
}

func (r *sumReader) uvarint() uint64 {
	if r.bad {
		return 0
	}
	v, k := binary.Uvarint(r.b)
	if k <= 0 {
		r.bad = true
		return 0
	}
	r.b = r.b[k:]
	return v
}

func (r *sumReader) small(max uint64) int {
	v := r.uvarint()
	if v > max {
		r.bad = true
		return 0
	}
	return int(v)
}

func (r *sumReader) text() string {
	p := r.take(r.small(maxSummaryBytes))
	if r.bad {
		return ""
	}
	s, ok := readSumText(p)
	if !ok {
		r.bad = true
	}
	return s
}

func (r *sumReader) id(table []string) string {
	i := r.small(uint64(len(table)))
	if i > 0 {
		return table[i-1]
	}
	return r.text()
}

func (r *sumReader) number() float64 {
	switch r.byte() {
	case 3:
		return float64(r.uvarint()) / 100
	case 4:
		p := r.take(8)
		if p == nil {
			return 0
		}
		f := math.Float64frombits(binary.BigEndian.Uint64(p))
		if math.IsNaN(f) || math.IsInf(f, 0) {
			r.bad = true
		}
		return f
	}
	r.bad = true
	return 0
}

func (r *sumReader) value() Value {
	if r.bad || len(r.b) == 0 {
		r.bad = true
		return Value{}
	}
	switch tag := r.b[0]; tag {
	case 0, 1, 2:
		r.b = r.b[1:]
		if tag == 0 {
			return Value{}
		}
		return BoolValue(tag == 2)
	case 3, 4:
		return NumberValue(r.number())
	case 5:
		r.b = r.b[1:]
		return StringValue(r.text())
	case 6:
		r.b = r.b[1:]
		n := r.small(MaxSummaryList)
		list := make([]string, 0, n)
		for i := 0; i < n && !r.bad; i++ {
			list = append(list, r.id(summaryChoices))
		}
		return Value{Type: TypeList, List: list}
	}
	r.bad = true
	return Value{}
}

func (r *sumReader) creditCode() string {
	switch r.uvarint() {
	case 0:
		return ""
	case 1:
		p := r.take(12)
		if p == nil {
			return ""
		}
		if p[11]&0x3F != 0 {
			r.bad = true
		}
		out := make([]byte, 18)
		for i := range out {
			bit := i * 5
			v := (uint(p[bit/8])<<8 | uint(at(p, bit/8+1))) >> (11 - bit%8) & 0x1F
			if int(v) >= len(creditAlphabet) {
				r.bad = true
				return ""
			}
			out[i] = creditAlphabet[v]
		}
		return string(out)
	case 2:
		return r.text()
	}
	r.bad = true
	return ""
}

func at(p []byte, i int) byte {
	if i < len(p) {
		return p[i]
	}
	return 0
}

func (r *sumReader) phone() string {
	h := r.small(MaxSummaryPhone << 1)
	if h&1 == 1 {
		if h != 1 {
			r.bad = true
		}
		return r.text()
	}
	n := h >> 1
	p := r.take((n + 1) / 2)
	out := make([]byte, 0, n)
	for i := 0; i < n && !r.bad; i++ {
		v := p[i/2] >> 4
		if i%2 == 1 {
			v = p[i/2] & 0xF
		}
		if int(v) >= len(phoneSymbols) {
			r.bad = true
			break
		}
		out = append(out, phoneSymbols[v])
	}
	return string(out)
}

func decodeSummaryBody(body []byte, version int) (Summary, bool) {
	r := &sumReader{b: body}
	s := Summary{Staff: UnknownStaff}
	s.Name = r.text()
	s.CreditCode = r.creditCode()
	s.Phone = r.phone()
	status := r.byte()
	s.Category = int(status & 7)
	s.Batch = int(status >> 3 & 3)
	s.Priority = status&(1<<5) != 0
	s.Readiness = summaryReadiness[status>>6]

	set := r.uvarint()
	for i, id := range summaryCritical {
		if set&(1<<i) != 0 {
			s.Unmet = append(s.Unmet, id)
		}
	}
	if set>>len(summaryCritical) != 0 {
		r.bad = true
	}
	for n := r.small(MaxSummaryList); n > 0 && !r.bad; n-- {
		s.Unmet = append(s.Unmet, r.text())
	}

	set = r.uvarint()
	if set>>6 != 0 {
		r.bad = true
	}
	for i, p := range s.Staff.counts() {
		if set&(1<<i) != 0 {
			*p = r.small(1 << 40)
		}
	}

	switch r.byte() {
	case 0:
		s.Thresholds = DefaultThresholds
	case 1:
		s.Thresholds.Cat1MinAutomationShare = r.number()
		s.Thresholds.Cat3MinAreaPerWorker = r.number()
		s.Thresholds.FewWorkersMax = r.number()
	default:
		r.bad = true
	}

	for n := r.small(MaxSummaryFacts); n > 0 && !r.bad; n-- {
		q := r.id(summaryQuestions)
		s.Facts = append(s.Facts, Fact{Question: q, Value: r.value()})
	}

	s.Ruleset = r.text()
	switch r.byte() {
	case 0:
		if p := r.take(4); p != nil {
			s.PlanID = strings.ToUpper(strconv.FormatUint(uint64(binary.BigEndian.Uint32(p))|1<<32, 16)[1:])
		}
	case 1:
		s.PlanID = r.text()
	default:
		r.bad = true
	}
	if version >= 2 {
		r.parkFields(&s)
	}
	if r.bad || len(r.b) != 0 {
		return Summary{}, false
	}
	return s, true
}

// Derive works the category, batch and priority out again from the
// summary's deciding answers, its staff total and its thresholds, with the
// rules of this kit. The park's kit compares them with what the summary
// says (see Check).
func (s Summary) Derive() (category, batch int, prio bool) {
	u := &Answers{Values: map[string]Value{}}
	for _, f := range s.Facts {
		u.Set(f.Question, f.Value)
	}
	if s.Staff.Total >= 0 {
		u.Set("employees_total", NumberValue(float64(s.Staff.Total)))
	}
	u = usable(u)
	t := s.Thresholds
	if t == (Thresholds{}) {
		t = DefaultThresholds
	}
	category, _ = classify(u, t)
	return category, BatchOf(category), len(priority(u, category, t)) > 0
}
