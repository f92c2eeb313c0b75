package assessment

import (
	"encoding/binary"
	"hash/crc32"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// A park link carries a park's setup (Park) in the fragment of the kit's
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
// is unknown): each has its own error (LinkError) and message.
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
//	13 lang                          1 byte: index in Languages
//	14 zones, 15 industries          uvarint count (≥ 1), then each name as text
//
// Fields 14 and 15 came after the first links were printed: a link
// without them is written as before, and a kit that predates them reads
// a link with them as one from a newer kit (ErrLinkTooNew).
//
// Compact text spends one byte on ASCII and two on CJK: a byte below 0x80
// (not 0) is that ASCII character; a byte b ≥ 0x80 and the next byte n
// make v = (b−0x80)<<8 | n, the character U+3000+v for v < 0x7000 (CJK
// punctuation, kana, ideographs) or U+F000+(v−0x7000) above (full-width
// forms such as ，（）：); byte 0 and a uvarint encode any other character.
// Chinese text costs 2 bytes a character instead of UTF-8's 3.
//
// Decoding is strict: the link must be exactly what EncodeParkLink makes
// of the setup it decodes to, so no two links mean the same setup, and the
// setup must pass the park's validation and the link's limits.

// ParkLinkVersion is the version of the link format this kit writes and
// the newest it reads.
const ParkLinkVersion = 1

// ParkLinkParam is the name of the fragment parameter holding the setup.
const ParkLinkParam = "p"

// The link's length limits, in characters: tighter than a Park's own, so
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

// LinkError is why a park link could not be used. Code is stable for
// programs; Message, in the four languages, is for the person who opened
// the link. Compare with errors.Is against the ErrLink values.
type LinkError struct {
	Code     string    // "malformed", "truncated", "altered", "too_new" or "invalid"
	Message  Text      // what happened and what to do
	Problems []Problem // for "invalid": what is wrong with the setup
}

// Error returns the message in Chinese and English.
func (e *LinkError) Error() string {
	s := e.Message.Zh + " (" + e.Message.exact("en") + ")"
	for _, p := range e.Problems {
		s += "; " + p.Question + ": " + p.Message.In("en")
	}
	return s
}

// Is reports whether target is a LinkError of the same code.
func (e *LinkError) Is(target error) bool {
	t, ok := target.(*LinkError)
	return ok && t.Code == e.Code
}

// The errors DecodeParkLink returns. A program tells them apart with
// errors.Is; the kit shows Message and goes on with its defaults.
var (
	ErrLinkMalformed = &LinkError{Code: "malformed", Message: txt("这不是有效的园区链接。本工具将使用默认设置。", "This is not a valid park link. The kit will use its default settings.", "有効な園区リンクではありません。既定の設定で使います。", "올바른 단지 링크가 아닙니다. 기본 설정으로 사용합니다.")}
	ErrLinkTruncated = &LinkError{Code: "truncated", Message: txt("园区链接不完整（可能复制时少了一段）。请向园区索取完整的链接；本工具暂用默认设置。", "The park link is incomplete (part of it was probably lost when it was copied). Ask the park for the whole link; meanwhile the kit uses its default settings.", "園区リンクが途中で切れています（コピーの際に一部が欠けた可能性があります）。園区に完全なリンクを求めてください。それまでは既定の設定で使います。", "단지 링크가 잘려 있습니다(복사할 때 일부가 빠졌을 수 있습니다). 단지에 전체 링크를 요청하세요. 그동안은 기본 설정으로 사용합니다.")}
	ErrLinkAltered   = &LinkError{Code: "altered", Message: txt("园区链接已损坏或被改动（校验不符）。请向园区重新索取链接；本工具暂用默认设置。", "The park link is damaged or was changed (its checksum does not match). Ask the park for the link again; meanwhile the kit uses its default settings.", "園区リンクが破損しているか、書き換えられています（チェックサム不一致）。園区にリンクを再度求めてください。それまでは既定の設定で使います。", "단지 링크가 손상되었거나 변경되었습니다(검사값 불일치). 단지에 링크를 다시 요청하세요. 그동안은 기본 설정으로 사용합니다.")}
	ErrLinkTooNew    = &LinkError{Code: "too_new", Message: txt("此园区链接由更新版本的工具生成，请更新本工具：联网后刷新页面。更新前暂用默认设置。", "This park link was made by a newer version of the kit: please update the kit by reloading the page while online. Until then it uses its default settings.", "この園区リンクは新しいバージョンのツールで作られています。オンラインでページを再読み込みしてツールを更新してください。それまでは既定の設定で使います。", "이 단지 링크는 더 새로운 버전의 도구로 만들어졌습니다. 온라인 상태에서 페이지를 새로고침하여 도구를 업데이트하세요. 그때까지는 기본 설정으로 사용합니다.")}
	ErrLinkInvalid   = &LinkError{Code: "invalid", Message: txt("园区链接中的设置无效，请与园区核对；本工具暂用默认设置。", "The settings in the park link are not valid; please check with the park. Meanwhile the kit uses its default settings.", "園区リンクの設定が正しくありません。園区に確認してください。それまでは既定の設定で使います。", "단지 링크의 설정이 올바르지 않습니다. 단지에 확인하세요. 그동안은 기본 설정으로 사용합니다.")}
)

func linkInvalid(ps []Problem) *LinkError {
	e := *ErrLinkInvalid
	e.Problems = ps
	return &e
}

// CheckParkLink returns what keeps p from being put in a link: the park's
// own validation errors (park.go: lengths, and the text policy of
// textpolicy.go, which keeps control and format characters out), the
// link's tighter length limits, a missing name and thresholds with more than two decimals. Nil means
// EncodeParkLink will succeed.
func CheckParkLink(p Park) []Problem {
	var ps []Problem
	for _, q := range validatePark(p) {
		if q.Severity == Error {
			ps = append(ps, q)
		}
	}
	add := func(code, field string, msg Text) {
		ps = append(ps, Problem{Code: code, Question: "park." + field, Severity: Error, Message: msg})
	}
	if strings.TrimSpace(p.Name) == "" {
		add(CodeRequired, "name", msgRequired(tx("园区名称", "park name")))
	}
	for _, f := range []struct {
		name, value string
		label       Text
		max         int
	}{
		{"name", p.Name, tx("园区名称", "park name"), MaxLinkName},
		{"district", p.District, tx("园区所在地区", "park district"), MaxLinkDistrict},
		{"contact", p.Contact, tx("园区联系人", "park contact"), MaxLinkContact},
		{"phone", p.Phone, tx("园区联系电话", "park phone"), MaxLinkPhone},
		{"hotline", p.Hotline, tx("园区热线", "park hotline"), MaxLinkPhone},
	} {
		if runeLen(f.value) > f.max {
			add(CodeTooLong, f.name, msgTooLong(f.label, f.max))
		}
	}
	for _, f := range []struct{ name, value string }{{"phone", p.Phone}, {"hotline", p.Hotline}} {
		if strings.Trim(f.value, phoneDigits) != "" {
			add(CodePhone, f.name, msgPhone(tx("电话号码", "phone number")))
		}
	}
	for _, o := range p.Support {
		if runeLen(o.Note) > MaxLinkNote {
			add(CodeTooLong, "support", msgTooLong(tx("扶持措施说明", "support note"), MaxLinkNote))
		}
	}
	for _, l := range []struct {
		name  string
		names []string
		max   int
		label Text
	}{{"zones", p.Zones, MaxLinkZones, tx("园区片区", "park zones")}, {"industries", p.Industries, MaxLinkIndustries, tx("园区行业", "park industries")}} {
		if len(l.names) > l.max {
			add(CodeTooLong, l.name, tx(l.label.Zh+"最多 "+strconv.Itoa(l.max)+" 个", "at most "+strconv.Itoa(l.max)+" "+l.label.exact("en")))
		}
		for _, n := range l.names {
			if runeLen(n) > MaxLinkNameLen {
				add(CodeTooLong, l.name, msgTooLong(l.label, MaxLinkNameLen))
			}
		}
	}
	for _, th := range []struct {
		name  string
		value *float64
	}{{"cat1_min_automation_share", p.Cat1MinAutomationShare}, {"cat3_min_area_per_worker", p.Cat3MinAreaPerWorker}} {
		if th.value != nil && !hundredths(*th.value) {
			add(CodeRange, th.name, tx("标准最多保留两位小数", "a threshold may have at most two decimals"))
		}
	}
	return ps
}

// hundredths reports whether f has at most two decimals.
func hundredths(f float64) bool {
	n := math.Round(f * 100)
	return math.Abs(n-f*100) < 1e-6 && n >= 0 && n < 1<<40
}

// EncodeParkLink returns the payload of p's link (see ParkLinkURL). Support
// measures are written in the kit's order, whatever their order in p. It
// fails with an ErrLinkInvalid LinkError listing the problems when
// CheckParkLink finds any.
func EncodeParkLink(p Park) (string, error) {
	if ps := CheckParkLink(p); len(ps) > 0 {
		return "", linkInvalid(ps)
	}
	return base36Encode(frame(encodeBody(p))), nil
}

// ParkLinkURL returns the link that opens the kit at base (its address,
// e.g. "https://example.org/fugong/") set up for p. Any fragment of base is
// replaced.
func ParkLinkURL(base string, p Park) (string, error) {
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
// p parameter. Whitespace anywhere is dropped on purpose (stripSpace): a
// link holds none, and chat apps break long ones across lines.
func ParkLinkPayload(s string) (payload string, ok bool) {
	s = stripSpace(s)
	if _, frag, found := strings.Cut(s, "#"); found {
		s = frag
	} else if !strings.Contains(s, "=") {
		return s, s != ""
	}
	for _, kv := range strings.Split(s, "&") {
		if v, found := strings.CutPrefix(kv, ParkLinkParam+"="); found {
			return v, true
		}
	}
	return "", false
}

// DecodeParkLink reads a park's setup from a link, its fragment or its
// payload (see ParkLinkPayload). The error is always a *LinkError:
// ErrLinkMalformed (not a park link), ErrLinkTruncated, ErrLinkAltered,
// ErrLinkTooNew (made by a newer kit) or ErrLinkInvalid (the setup does not
// validate, with its Problems). A setup that decodes is valid, and
// EncodeParkLink gives back its payload (in capitals).
func DecodeParkLink(link string) (Park, error) {
	payload, ok := ParkLinkPayload(link)
	if !ok || payload == "" {
		return Park{}, ErrLinkMalformed
	}
	payload = asciiUpper(payload)
	data, err := linkBytes(payload)
	if err != nil {
		return Park{}, err
	}
	body, version, err := unframe(data)
	if err != nil {
		return Park{}, err
	}
	if version > ParkLinkVersion {
		return Park{}, ErrLinkTooNew
	}
	if version < 1 {
		return Park{}, ErrLinkMalformed
	}
	p, err := decodeBody(body)
	if err != nil {
		return Park{}, err
	}
	if ps := CheckParkLink(p); len(ps) > 0 {
		return Park{}, linkInvalid(ps)
	}
	if again, _ := EncodeParkLink(p); again != payload {
		return Park{}, linkInvalid([]Problem{{Code: CodeInconsistent, Question: "park", Severity: Error,
			Message: tx("链接的写法不规范", "the link is not written the way the kit writes it")}})
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

// frame wraps body in the version, its length and the CRC.
func frame(body []byte) []byte {
	b := []byte{ParkLinkVersion}
	b = binary.AppendUvarint(b, uint64(len(body)))
	b = append(b, body...)
	return binary.BigEndian.AppendUint32(b, crc32.ChecksumIEEE(b))
}

// unframe checks the frame and returns the body and the version.
func unframe(data []byte) (body []byte, version int, err error) {
	if len(data) < 2 {
		return nil, 0, ErrLinkTruncated
	}
	n, w := binary.Uvarint(data[1:])
	if w == 0 {
		return nil, 0, ErrLinkTruncated
	}
	if w < 0 || n > 1<<20 {
		return nil, 0, ErrLinkAltered
	}
	end := 1 + w + int(n)
	switch {
	case len(data) < end+4:
		return nil, 0, ErrLinkTruncated
	case len(data) > end+4:
		return nil, 0, ErrLinkAltered
	}
	if crc32.ChecksumIEEE(data[:end]) != binary.BigEndian.Uint32(data[end:]) {
		return nil, 0, ErrLinkAltered
	}
	return data[1+w : end], int(data[0]), nil
}

// linkEpoch is day 0 of the link's dates.
var linkEpoch = time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)

func encodeBody(p Park) []byte {
	var fields uint64
	set := func(i int, present bool) {
		if present {
			fields |= 1 << i
		}
	}
	set(lfName, p.Name != "")
	set(lfCategory, p.Category != 0)
	set(lfDistrict, p.District != "")
	set(lfContact, p.Contact != "")
	set(lfPhone, p.Phone != "")
	set(lfHotline, p.Hotline != "")
	set(lfBatch1, p.Batch1 != "")
	set(lfBatch2, p.Batch2 != "")
	set(lfBatch3, p.Batch3 != "")
	set(lfCat1, p.Cat1MinAutomationShare != nil)
	set(lfCat3, p.Cat3MinAreaPerWorker != nil)
	set(lfFew, p.FewWorkersMax != nil)
	set(lfSupport, len(p.Support) > 0)
	set(lfLang, p.Lang != "")
	set(lfZones, len(p.Zones) > 0)
	set(lfIndustries, len(p.Industries) > 0)

	b := binary.AppendUvarint(nil, fields)
	has := func(i int) bool { return fields&(1<<i) != 0 }
	text := func(s string) {
		t := appendCompact(nil, s)
		b = binary.AppendUvarint(b, uint64(len(t)))
		b = append(b, t...)
	}
	if has(lfName) {
		text(p.Name)
	}
	if has(lfCategory) {
		b = append(b, byte(p.Category))
	}
	if has(lfDistrict) {
		text(p.District)
	}
	if has(lfContact) {
		text(p.Contact)
	}
	if has(lfPhone) {
		b = appendPhone(b, p.Phone)
	}
	if has(lfHotline) {
		b = appendPhone(b, p.Hotline)
	}
	for i, d := range []string{p.Batch1, p.Batch2, p.Batch3} {
		if has(lfBatch1 + i) {
			t, _ := time.Parse(time.DateOnly, d)
			b = binary.BigEndian.AppendUint16(b, uint16(t.Sub(linkEpoch).Hours()/24))
		}
	}
	if has(lfCat1) {
		b = binary.AppendUvarint(b, uint64(math.Round(*p.Cat1MinAutomationShare*100)))
	}
	if has(lfCat3) {
		b = binary.AppendUvarint(b, uint64(math.Round(*p.Cat3MinAreaPerWorker*100)))
	}
	if has(lfFew) {
		b = binary.AppendUvarint(b, uint64(*p.FewWorkersMax))
	}
	if has(lfSupport) {
		notes := map[string]string{}
		var bits uint64
		for _, o := range p.Support {
			for i, id := range linkMeasures {
				if id == o.ID {
					bits |= 1 << i
					notes[id] = o.Note
				}
			}
		}
		b = binary.AppendUvarint(b, bits)
		for i, id := range linkMeasures {
			if bits&(1<<i) != 0 {
				text(notes[id])
			}
		}
	}
	if has(lfLang) {
		for i, l := range Languages {
			if l == p.Lang {
				b = append(b, byte(i))
			}
		}
	}
	for i, names := range [][]string{p.Zones, p.Industries} {
		if has(lfZones + i) {
			b = binary.AppendUvarint(b, uint64(len(names)))
			for _, n := range names {
				text(n)
			}
		}
	}
	return b
}

// reader reads a body; its first error sticks.
type reader struct {
	b   []byte
	err *LinkError
}

func (r *reader) fail(e *LinkError) {
	if r.err == nil {
		r.err = e
	}
}

func (r *reader) bytes(n int) []byte {
	if r.err != nil {
		return nil
	}
	if n < 0 || n > len(r.b) {
		r.fail(ErrLinkInvalid)
		return nil
	}
	out := r.b[:n]
	r.b = r.b[n:]
	return out
}

func (r *reader) byte() byte {
	if b := r.bytes(1); b != nil {
		return b[0]
	}
	return 0
}

func (r *reader) uvarint() uint64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.fail(ErrLinkInvalid)
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *reader) text() string {
	n := r.uvarint()
	if n > uint64(len(r.b)) {
		r.fail(ErrLinkInvalid)
		return ""
	}
	s, ok := readCompact(r.bytes(int(n)))
	if !ok {
		r.fail(ErrLinkInvalid)
	}
	return s
}

func (r *reader) date() string {
	b := r.bytes(2)
	if b == nil {
		return ""
	}
	days := int(binary.BigEndian.Uint16(b))
	return linkEpoch.AddDate(0, 0, days).Format(time.DateOnly)
}

func (r *reader) hundredths() *float64 {
	v := r.uvarint()
	if v > 1<<40 {
		r.fail(ErrLinkInvalid)
		return nil
	}
	f := float64(v) / 100
	return &f
}

func decodeBody(body []byte) (Park, error) {
	r := &reader{b: body}
	var p Park
	fields := r.uvarint()
	if r.err == nil && fields>>lfCount != 0 {
		return Park{}, ErrLinkTooNew // a field this kit does not know
	}
	has := func(i int) bool { return fields&(1<<i) != 0 }
	if has(lfName) {
		p.Name = r.text()
	}
	if has(lfCategory) {
		p.Category = int(r.byte())
	}
	if has(lfDistrict) {
		p.District = r.text()
	}
	if has(lfContact) {
		p.Contact = r.text()
	}
	if has(lfPhone) {
		p.Phone = r.phone()
	}
	if has(lfHotline) {
		p.Hotline = r.phone()
	}
	for i, d := range []*string{&p.Batch1, &p.Batch2, &p.Batch3} {
		if has(lfBatch1 + i) {
			*d = r.date()
		}
	}
	if has(lfCat1) {
		p.Cat1MinAutomationShare = r.hundredths()
	}
	if has(lfCat3) {
		p.Cat3MinAreaPerWorker = r.hundredths()
	}
	if has(lfFew) {
		v := r.uvarint()
		if v > 1<<40 {
			r.fail(ErrLinkInvalid)
		}
		f := float64(v)
		p.FewWorkersMax = &f
	}
	if has(lfSupport) {
		bits := r.uvarint()
		if r.err == nil && bits>>len(linkMeasures) != 0 {
			return Park{}, ErrLinkTooNew // a measure this kit does not know
		}
		for i, id := range linkMeasures {
			if bits&(1<<i) != 0 {
				p.Support = append(p.Support, Offer{ID: id, Note: r.text()})
			}
		}
		if r.err == nil && len(p.Support) == 0 {
			r.fail(ErrLinkInvalid)
		}
	}
	if has(lfLang) {
		i := int(r.byte())
		if i >= len(Languages) {
			r.fail(ErrLinkInvalid)
		} else {
			p.Lang = Languages[i]
		}
	}
	for i, names := range []*[]string{&p.Zones, &p.Industries} {
		if has(lfZones + i) {
			n := r.uvarint()
			if n == 0 || n > MaxParkNames {
				r.fail(ErrLinkInvalid)
			}
			for ; n > 0 && r.err == nil; n-- {
				*names = append(*names, r.text())
			}
		}
	}
	if r.err == nil && len(r.b) > 0 {
		r.fail(ErrLinkInvalid)
	}
	if r.err != nil {
		return Park{}, r.err
	}
	return p, nil
}

// phoneDigits are the characters a phone number in a link may hold, by
// their 4-bit code.
const phoneDigits = "0123456789-+ "

func appendPhone(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	for i := 0; i < len(s); i += 2 {
		hi := strings.IndexByte(phoneDigits, s[i])
		lo := 0xF
		if i+1 < len(s) {
			lo = strings.IndexByte(phoneDigits, s[i+1])
		}
		b = append(b, byte(hi<<4|lo))
	}
	return b
}

func (r *reader) phone() string {
	n := r.uvarint()
	if n > MaxLinkPhone {
		r.fail(ErrLinkInvalid)
		return ""
	}
	packed := r.bytes(int(n+1) / 2)
	if packed == nil {
		return ""
	}
	out := make([]byte, 0, n)
	for i := 0; i < int(n); i++ {
		c := packed[i/2] >> 4
		if i%2 == 1 {
			c = packed[i/2] & 0xF
		}
		if int(c) >= len(phoneDigits) {
			r.fail(ErrLinkInvalid)
			return ""
		}
		out = append(out, phoneDigits[c])
	}
	if n%2 == 1 && packed[len(packed)-1]&0xF != 0xF {
		r.fail(ErrLinkInvalid)
	}
	return string(out)
}

// appendCompact appends s as compact text (see the format above). s must
// be valid UTF-8 without NUL.
func appendCompact(b []byte, s string) []byte {
	for _, r := range s {
		switch {
		case r > 0 && r < 0x80:
			b = append(b, byte(r))
		case r >= 0x3000 && r <= 0x9FFF:
			v := r - 0x3000
			b = append(b, byte(0x80+(v>>8)), byte(v))
		case r >= 0xF000 && r <= 0xFFFF:
			v := r - 0xF000 + 0x7000
			b = append(b, byte(0x80+(v>>8)), byte(v))
		default:
			b = append(b, 0)
			b = binary.AppendUvarint(b, uint64(r))
		}
	}
	return b
}

// readCompact decodes compact text; ok is false on a malformed sequence.
func readCompact(b []byte) (string, bool) {
	var sb strings.Builder
	for len(b) > 0 {
		c := b[0]
		switch {
		case c == 0:
			v, n := binary.Uvarint(b[1:])
			if n <= 0 || v > unicode.MaxRune || !utf8.ValidRune(rune(v)) {
				return "", false
			}
			sb.WriteRune(rune(v))
			b = b[1+n:]
		case c < 0x80:
			sb.WriteByte(c)
			b = b[1:]
		default:
			if len(b) < 2 {
				return "", false
			}
			v := rune(c-0x80)<<8 | rune(b[1])
			if v < 0x7000 {
				sb.WriteRune(0x3000 + v)
			} else {
				sb.WriteRune(0xF000 + v - 0x7000)
			}
			b = b[2:]
		}
	}
	return sb.String(), true
}

// base36 digits, and how many characters a final block of 0–4 bytes takes.
const base36Digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"

var (
	base36Tail  = [5]int{0, 2, 4, 5, 7}
	base36Bytes = [8]int{0, -1, 1, -1, 2, 3, -1, 4} // characters → bytes; -1 cannot happen
)

// base36Encode writes data 5 bytes to 8 characters.
func base36Encode(data []byte) string {
	var sb strings.Builder
	for len(data) > 0 {
		n := min(5, len(data))
		var v uint64
		for _, c := range data[:n] {
			v = v<<8 | uint64(c)
		}
		chars := 8
		if n < 5 {
			chars = base36Tail[n]
		}
		var buf [8]byte
		for i := chars - 1; i >= 0; i-- {
			buf[i] = base36Digits[v%36]
			v /= 36
		}
		sb.Write(buf[:chars])
		data = data[n:]
	}
	return sb.String()
}

// base36Chars is how many characters base36Encode writes for n bytes.
func base36Chars(n int) int { return n/5*8 + base36Tail[n%5] }

// base36Decode reads capital base-36 text written by base36Encode.
func base36Decode(s string) ([]byte, error) {
	for i := 0; i < len(s); i++ {
		if strings.IndexByte(base36Digits, s[i]) < 0 {
			return nil, ErrLinkMalformed
		}
	}
	if base36Bytes[len(s)%8] < 0 {
		return nil, ErrLinkTruncated
	}
	out := make([]byte, 0, len(s)*5/8+4)
	for len(s) > 0 {
		chars := min(8, len(s))
		n := 5
		if chars < 8 {
			n = base36Bytes[chars]
		}
		var v uint64
		for i := 0; i < chars; i++ {
			v = v*36 + uint64(strings.IndexByte(base36Digits, s[i]))
		}
		if v>>(8*n) != 0 {
			return nil, ErrLinkAltered
		}
		for i := n - 1; i >= 0; i-- {
			out = append(out, byte(v>>(8*i)))
		}
		s = s[chars:]
	}
	return out, nil
}

// linkBytes decodes a payload (in capitals) to the frame's bytes. It reads
// the frame's length first, so that a link cut short is reported as
// truncated and one with characters added or changed as altered.
func linkBytes(s string) ([]byte, error) {
	for i := 0; i < len(s); i++ {
		if strings.IndexByte(base36Digits, s[i]) < 0 {
			return nil, ErrLinkMalformed
		}
	}
	head := s
	if len(head) > 8 {
		head = head[:8]
	}
	hb, err := base36Decode(head)
	if err != nil {
		return nil, err
	}
	if len(hb) < 2 {
		return nil, ErrLinkTruncated
	}
	n, w := binary.Uvarint(hb[1:])
	switch {
	case w == 0:
		return nil, ErrLinkTruncated
	case w < 0 || n > 1<<20:
		return nil, ErrLinkAltered
	}
	want := base36Chars(1 + w + int(n) + 4)
	switch {
	case len(s) < want:
		return nil, ErrLinkTruncated
	case len(s) > want:
		return nil, ErrLinkAltered
	}
	return base36Decode(s)
}
