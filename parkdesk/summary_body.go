package parkdesk

import (
	"encoding/binary"
	"math"
	"math/bits"
	"strconv"
	"strings"

	"fugong/internal/wire"

	"fugong/assessment"
)

// The body of a summary code (the format is told in summary.go); its
// name, credit code and plan ID are also the daily code's (daily.go).

// sumWriter appends a body, remembering the first thing it refused.
type sumWriter struct {
	wire.Writer
	err error
}

func (w *sumWriter) fail(detail string) {
	if w.err == nil {
		w.err = summaryInvalid(detail)
	}
}

// text appends s as compact text, refusing what the text policy refuses.
func (w *sumWriter) text(s string, maxRunes int, what string) {
	switch assessment.CheckText(s, maxRunes, false) {
	case assessment.TextNotUTF8:
		w.fail(what + " is not UTF-8")
		return
	case assessment.TextControl, assessment.TextBidi:
		w.fail(what + " holds a control or invisible format character")
		return
	case assessment.TextTooLong:
		w.fail(what + " is too long")
		return
	}
	w.Text(wire.Text, s)
}

func (w *sumWriter) id(s string, table []string, what string) {
	if i := idIndex(table, s); i >= 0 {
		w.Uvarint(uint64(i + 1))
		return
	}
	if s == "" || len(s) > MaxSummaryID {
		w.fail(what + " ID is empty or too long")
		return
	}
	w.Uvarint(0)
	w.text(s, MaxSummaryID, what)
}

func (w *sumWriter) number(f float64) {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		w.fail("a number is not finite")
		return
	}
	if h := f * 100; f >= 0 && h <= 1<<53 && h == math.Trunc(h) && h/100 == f {
		w.Byte(3)
		w.Uvarint(uint64(h))
		return
	}
	w.Byte(4)
	w.B = binary.BigEndian.AppendUint64(w.B, math.Float64bits(f))
}

func (w *sumWriter) value(v assessment.Value) {
	switch v.Type {
	case assessment.TypeEmpty:
		w.Byte(0)
	case assessment.TypeBool:
		if v.Bool {
			w.Byte(2)
		} else {
			w.Byte(1)
		}
	case assessment.TypeNumber:
		w.number(v.Num)
	case assessment.TypeString:
		w.Byte(5)
		w.text(v.Str, MaxSummaryText, "a text answer")
	case assessment.TypeList:
		if len(v.List) > MaxSummaryList {
			w.fail("a list answer is too long")
			return
		}
		w.Byte(6)
		w.Uvarint(uint64(len(v.List)))
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
		w.Uvarint(0)
	case len(s) == 18 && strings.Trim(s, creditAlphabet) == "":
		w.Uvarint(1)
		var bits uint64
		var nbits uint
		for i := 0; i < 18; i++ {
			bits = bits<<5 | uint64(strings.IndexByte(creditAlphabet, s[i]))
			nbits += 5
			for nbits >= 8 {
				nbits -= 8
				w.Byte(byte(bits >> nbits))
			}
		}
		w.Byte(byte(bits << (8 - nbits))) // 90 bits: 6 bits of padding, zero
	default:
		w.Uvarint(2)
		w.text(s, MaxSummaryCode, "the credit code")
	}
}

// phone appends s packed (its count n as the uvarint n<<1), or as text
// after a uvarint 1 when it holds more than wire.PhoneSymbols.
func (w *sumWriter) phone(s string) {
	if !wire.IsPhone(s) {
		w.Uvarint(1)
		w.text(s, MaxSummaryPhone, "the phone")
		return
	}
	if len(s) > MaxSummaryPhone {
		w.fail("the phone is too long")
		return
	}
	w.Uvarint(uint64(len(s)) << 1)
	w.Phone(s)
}

// hexPlanID appends id as tag 0 and 4 bytes when it is 8 upper-case hex
// digits, and reports whether it was.
func (w *sumWriter) hexPlanID(id string) bool {
	if !isUpperHex(id, 8) {
		return false
	}
	w.Byte(0)
	for i := 0; i < 8; i += 2 {
		v, _ := strconv.ParseUint(id[i:i+2], 16, 8)
		w.Byte(byte(v))
	}
	return true
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
	w.Byte(status)

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
	w.Uvarint(set)
	w.Uvarint(uint64(len(extra)))
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
	w.Uvarint(set)
	for _, p := range counts {
		if *p >= 0 {
			w.Uvarint(uint64(*p))
		}
	}

	if s.Thresholds == assessment.DefaultThresholds {
		w.Byte(0)
	} else {
		w.Byte(1)
		w.number(s.Thresholds.Cat1MinAutomationShare)
		w.number(s.Thresholds.Cat3MinAreaPerWorker)
		w.number(s.Thresholds.FewWorkersMax)
	}

	if len(s.Facts) > MaxSummaryFacts {
		w.fail("too many deciding answers")
	}
	w.Uvarint(uint64(len(s.Facts)))
	for _, f := range s.Facts {
		w.id(f.Question, summaryQuestions, "a question")
		w.value(f.Value)
	}

	w.text(s.Ruleset, 16, "the ruleset")
	if !w.hexPlanID(s.PlanID) {
		w.fail("the plan ID is not 8 upper-case hex digits")
	}
	w.parkFields(s)
	if len(w.B) > maxSummaryBytes {
		w.fail("the summary is too long")
	}
	return w.B, w.err
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

// sumReader reads a body; after the first failure every read returns
// zero. Its slices are cut from slabs (nil: each made on its own).
type sumReader struct {
	*wire.Reader
	slabs *summarySlabs
}

func (r sumReader) text() string { return r.Text(wire.Text) }

func (r sumReader) id(table []string) string {
	i := r.Small(uint64(len(table)))
	if i > 0 {
		return table[i-1]
	}
	return r.text()
}

func (r sumReader) number() float64 {
	switch r.Byte() {
	case 3:
		return float64(r.Uvarint()) / 100
	case 4:
		p := r.Take(8)
		if p == nil {
			return 0
		}
		f := math.Float64frombits(binary.BigEndian.Uint64(p))
		if math.IsNaN(f) || math.IsInf(f, 0) {
			r.Fail()
		}
		return f
	}
	r.Fail()
	return 0
}

func (r sumReader) value() assessment.Value {
	tag, ok := r.Peek()
	if !ok {
		r.Fail()
		return assessment.Value{}
	}
	switch tag {
	case 0, 1, 2:
		r.Byte()
		if tag == 0 {
			return assessment.Value{}
		}
		return assessment.BoolValue(tag == 2)
	case 3, 4:
		return assessment.NumberValue(r.number())
	case 5:
		r.Byte()
		return assessment.StringValue(r.text())
	case 6:
		r.Byte()
		n := r.Small(MaxSummaryList)
		list := r.slabs.stringsOf(n)
		for i := 0; i < n && !r.Bad(); i++ {
			list = append(list, r.id(summaryChoices))
		}
		return assessment.Value{Type: assessment.TypeList, List: list}
	}
	r.Fail()
	return assessment.Value{}
}

func (r sumReader) creditCode() string {
	switch r.Uvarint() {
	case 0:
		return ""
	case 1:
		p := r.Take(12)
		if p == nil {
			return ""
		}
		if p[11]&0x3F != 0 {
			r.Fail()
		}
		var out strings.Builder // one allocation
		out.Grow(18)
		for i := range 18 {
			bit := i * 5
			v := (uint(p[bit/8])<<8 | uint(at(p, bit/8+1))) >> (11 - bit%8) & 0x1F
			if int(v) >= len(creditAlphabet) {
				r.Fail()
				return ""
			}
			out.WriteByte(creditAlphabet[v])
		}
		return out.String()
	case 2:
		return r.text()
	}
	r.Fail()
	return ""
}

func at(p []byte, i int) byte {
	if i < len(p) {
		return p[i]
	}
	return 0
}

func (r sumReader) phone() string {
	h := r.Small(MaxSummaryPhone << 1)
	if h&1 == 1 {
		if h != 1 {
			r.Fail()
		}
		return r.text()
	}
	return r.Phone(h >> 1)
}

// upperHex are the hexadecimal digits of a plan ID written as 4 bytes.
const upperHex = "0123456789ABCDEF"

// planID reads a plan ID: tag 0 and 4 bytes, or tag 1 and text.
func (r sumReader) planID() string {
	switch r.Byte() {
	case 0:
		if p := r.Take(4); p != nil {
			var out strings.Builder // eight upper-case hex digits, one allocation
			out.Grow(8)
			for _, c := range p {
				out.WriteByte(upperHex[c>>4])
				out.WriteByte(upperHex[c&0xF])
			}
			return out.String()
		}
	case 1:
		return r.text()
	default:
		r.Fail()
	}
	return ""
}

func decodeSummaryBody(body []byte, version int, slabs *summarySlabs) (Summary, bool) {
	r := sumReader{wire.NewReader(body), slabs}
	s := Summary{Staff: UnknownStaff}
	s.Name = r.text()
	s.CreditCode = r.creditCode()
	s.Phone = r.phone()
	status := r.Byte()
	s.Category = int(status & 7)
	s.Batch = int(status >> 3 & 3)
	s.Priority = status&(1<<5) != 0
	s.Readiness = summaryReadiness[status>>6]

	set := r.Uvarint()
	if set>>len(summaryCritical) != 0 {
		r.Fail()
	}
	more := r.Small(MaxSummaryList)
	if n := bits.OnesCount64(set) + more; n > 0 && !r.Bad() {
		s.Unmet = r.slabs.stringsOf(n)
	}
	for i, id := range summaryCritical {
		if set&(1<<i) != 0 {
			s.Unmet = append(s.Unmet, id)
		}
	}
	for ; more > 0 && !r.Bad(); more-- {
		s.Unmet = append(s.Unmet, r.text())
	}

	set = r.Uvarint()
	if set>>6 != 0 {
		r.Fail()
	}
	for i, p := range s.Staff.counts() {
		if set&(1<<i) != 0 {
			*p = r.Small(1 << 40)
		}
	}

	switch r.Byte() {
	case 0:
		s.Thresholds = assessment.DefaultThresholds
	case 1:
		s.Thresholds.Cat1MinAutomationShare = r.number()
		s.Thresholds.Cat3MinAreaPerWorker = r.number()
		s.Thresholds.FewWorkersMax = r.number()
	default:
		r.Fail()
	}

	n := r.Small(MaxSummaryFacts)
	if n > 0 {
		s.Facts = r.slabs.factsOf(n)
	}
	for ; n > 0 && !r.Bad(); n-- {
		q := r.id(summaryQuestions)
		s.Facts = append(s.Facts, assessment.Fact{Question: q, Value: r.value()})
	}

	s.Ruleset = r.TextOf(wire.Text, assessment.RulesetVersion) // this kit's, as a rule: not copied
	s.PlanID = r.planID()
	if version >= 2 {
		r.parkFields(&s)
	}
	if !r.Done() {
		return Summary{}, false
	}
	return s, true
}
