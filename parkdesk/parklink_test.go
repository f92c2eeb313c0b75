package parkdesk

import (
	"encoding/json"
	"errors"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"fugong/assessment"
	"fugong/internal/wire"
)

// fullPark is the longest realistic setup: every field, every measure,
// every text at the link's limit.
func fullPark(t testing.TB) assessment.Park {
	t.Helper()
	data, err := os.ReadFile("../assessment/testdata/parklink/full.json")
	if err != nil {
		t.Fatal(err)
	}
	var p assessment.Park
	if err := json.Unmarshal(data, &p); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestParkLinkRoundTrip(t *testing.T) {
	var allMeasures []assessment.Offer
	for _, m := range assessment.SupportMeasures() {
		allMeasures = append(allMeasures, assessment.Offer{ID: m.ID})
	}
	tests := []struct {
		name string
		park assessment.Park
	}{
		{"name only", assessment.Park{Name: "苏州工业园区"}},
		{"category 1", assessment.Park{Name: "P", Category: 1}},
		{"category 4", assessment.Park{Name: "P", Category: 4}},
		{"district", assessment.Park{Name: "P", District: "山东省临沂市兰山区"}},
		{"contact", assessment.Park{Name: "P", Contact: "王建国"}},
		{"mobile", assessment.Park{Name: "P", Phone: "13905391234"}},
		{"mobile +86 with spaces", assessment.Park{Name: "P", Phone: "+86 139 0539 1234"}},
		{"landline with extension", assessment.Park{Name: "P", Phone: "0539-8765432-12"}},
		{"hotline 12345", assessment.Park{Name: "P", Hotline: "12345"}},
		{"hotline 400", assessment.Park{Name: "P", Hotline: "400-123-4567"}},
		{"batch 1", assessment.Park{Name: "P", Batch1: "2026-02-10"}},
		{"batch 2 only", assessment.Park{Name: "P", Batch2: "2020-01-01"}},
		{"batch 3 late", assessment.Park{Name: "P", Batch3: "2099-12-31"}},
		{"all batches", assessment.Park{Name: "P", Batch1: "2026-02-10", Batch2: "2026-02-10", Batch3: "2026-03-01"}},
		{"automation share", assessment.Park{Name: "P", Cat1MinAutomationShare: num(60)}},
		{"automation share decimals", assessment.Park{Name: "P", Cat1MinAutomationShare: num(66.67)}},
		{"area per worker", assessment.Park{Name: "P", Cat3MinAreaPerWorker: num(8.5)}},
		{"area per worker max", assessment.Park{Name: "P", Cat3MinAreaPerWorker: num(100)}},
		{"few workers zero", assessment.Park{Name: "P", FewWorkersMax: num(0)}},
		{"few workers 1000", assessment.Park{Name: "P", FewWorkersMax: num(1000)}},
		{"one measure", assessment.Park{Name: "P", Support: []assessment.Offer{{ID: "rent_relief", Note: "免两个月租金"}}}},
		{"measures without notes", assessment.Park{Name: "P", Support: allMeasures}},
		{"lang en", assessment.Park{Name: "P", Lang: "en"}},
		{"lang ja", assessment.Park{Name: "P", Lang: "ja"}},
		{"lang ko", assessment.Park{Name: "P", Lang: "ko"}},
		{"lang zh", assessment.Park{Name: "P", Lang: "zh"}},
		{"latin, quotes, full-width", assessment.Park{Name: "Zürich “assessment.Park” ，（一）：", Contact: "Ms. O'Neil & co <x>"}},
		{"hangul and kana", assessment.Park{Name: "인천 경제자유구역", District: "カナ・ひらがな"}},
		{"outside the BMP", assessment.Park{Name: "𠮷野家园区😀"}},
		{"markup as text", assessment.Park{Name: `"><script>alert(1)</script>`, District: `<img src=x onerror=alert(1)>`, Contact: `javascript:alert(1)`}},
		{"full", fullPark(t)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			payload, err := EncodeParkLink(tt.park)
			if err != nil {
				t.Fatalf("EncodeParkLink(%+v): %v", tt.park, err)
			}
			got, err := DecodeParkLink(payload)
			if err != nil {
				t.Fatalf("DecodeParkLink(%q): %v", payload, err)
			}
			if !reflect.DeepEqual(got, tt.park) {
				t.Errorf("DecodeParkLink(EncodeParkLink(%+v)) = %+v", tt.park, got)
			}
			if strings.Trim(payload, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ") != "" {
				t.Errorf("payload %q has characters outside 0-9A-Z", payload)
			}
		})
	}
}

func TestParkLinkSupportOrder(t *testing.T) {
	p := assessment.Park{Name: "P", Support: []assessment.Offer{{ID: "legal_aid", Note: "b"}, {ID: "tax_deferral", Note: "a"}}}
	payload, err := EncodeParkLink(p)
	if err != nil {
		t.Fatal(err)
	}
	got, err := DecodeParkLink(payload)
	if err != nil {
		t.Fatal(err)
	}
	want := []assessment.Offer{{ID: "tax_deferral", Note: "a"}, {ID: "legal_aid", Note: "b"}}
	if !reflect.DeepEqual(got.Support, want) {
		t.Errorf("support = %v, want the kit's order %v", got.Support, want)
	}
}

// TestParkLinkMeasurePositions pins the bit of every measure: links already
// printed on posters depend on it.
func TestParkLinkMeasurePositions(t *testing.T) {
	pinned := []string{"tax_deferral", "rent_relief", "industrial_funds", "transport_pass",
		"loan_subsidy", "research_funding", "legal_aid", "shuttle_service", "nucleic_acid_subsidy"}
	if !slices.Equal(linkMeasures[:len(pinned)], pinned) {
		t.Errorf("linkMeasures = %v; the first %d must stay %v", linkMeasures, len(pinned), pinned)
	}
	for _, m := range assessment.SupportMeasures() {
		if !slices.Contains(linkMeasures, m.ID) {
			t.Errorf("support measure %s has no position in linkMeasures: append it", m.ID)
		}
	}
}

// TestParkLinkPhoneSymbols: a link's phone characters are the first of
// the packed alphabet, so each packs to the 4 bits it always had.
func TestParkLinkPhoneSymbols(t *testing.T) {
	if !strings.HasPrefix(wire.PhoneSymbols, phoneDigits) {
		t.Errorf("a link's phone characters %q do not begin wire.PhoneSymbols %q", phoneDigits, wire.PhoneSymbols)
	}
}

func TestParkLinkURL(t *testing.T) {
	p := assessment.Park{Name: "临沂经济技术开发区", Batch2: "2026-02-17"}
	for _, base := range []string{"https://example.org/fugong/", "https://example.org/fugong/#old=1"} {
		link, err := ParkLinkURL(base, p)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(link, "https://example.org/fugong/#p=") || strings.Count(link, "#") != 1 {
			t.Errorf("ParkLinkURL(%q) = %q", base, link)
		}
		for _, s := range []string{link, link[strings.Index(link, "#"):], link[strings.Index(link, "#")+1:],
			strings.Replace(link, "#p=", "#x=1&p=", 1) + "&y=2", strings.ToLower(link), " " + link + "\n"} {
			got, err := DecodeParkLink(s)
			if err != nil || !reflect.DeepEqual(got, p) {
				t.Errorf("DecodeParkLink(%q) = %+v, %v; want %+v", s, got, err, p)
			}
		}
	}
}

// frameOf builds a link around a body with a correct checksum.
func frameOf(version byte, body []byte) string { return wire.EncodeLink(version, body) }

func TestParkLinkErrors(t *testing.T) {
	good, err := EncodeParkLink(fullPark(t))
	if err != nil {
		t.Fatal(err)
	}
	small, _ := EncodeParkLink(assessment.Park{Name: "P"})
	nameBody := []byte{1, 1, 'P'} // fields {name}, name "P"
	tests := []struct {
		name, link string
		want       *assessment.InputError
	}{
		{"empty", "", ErrLinkMalformed},
		{"no fragment", "https://example.org/", ErrLinkMalformed},
		{"no p parameter", "https://example.org/#q=ABC", ErrLinkMalformed},
		{"empty payload", "https://example.org/#p=", ErrLinkMalformed},
		{"punctuation", "#p=" + good[:20] + "-" + good[21:], ErrLinkMalformed},
		{"base64 lookalike", "#p=" + good[:20] + "_" + good[20:], ErrLinkMalformed},
		{"non-ASCII letter", "#p=" + strings.Replace(good, "S", "ſ", 1), ErrLinkMalformed},
		{"one character", "#p=A", ErrLinkTruncated},
		{"half", "#p=" + good[:len(good)/2], ErrLinkTruncated},
		{"last character lost", "#p=" + good[:len(good)-1], ErrLinkTruncated},
		{"last block lost", "#p=" + good[:len(good)-8], ErrLinkTruncated},
		{"small, last character lost", "#p=" + small[:len(small)-1], ErrLinkTruncated},
		{"character added", "#p=" + good + "0", ErrLinkAltered},
		{"block added", "#p=" + good + "00000000", ErrLinkAltered},
		{"character changed", "#p=" + good[:100] + flip(good[100]) + good[101:], ErrLinkAltered},
		{"last character changed", "#p=" + good[:len(good)-1] + flip(good[len(good)-1]), ErrLinkAltered},
		{"version 2", "#p=" + frameOf(2, nameBody), ErrLinkTooNew},
		{"version 200", "#p=" + frameOf(200, nameBody), ErrLinkTooNew},
		{"unknown field", "#p=" + frameOf(1, []byte{0x81, 0x80, 0x04, 1, 'P'}), ErrLinkTooNew},
		{"unknown measure", "#p=" + frameOf(1, []byte{0x81, 0x20, 1, 'P', 0x80, 0x04}), ErrLinkTooNew},
		{"version 0", "#p=" + frameOf(0, nameBody), ErrLinkMalformed},
		{"no name", "#p=" + frameOf(1, []byte{0}), ErrLinkInvalid},
		{"category 9", "#p=" + frameOf(1, []byte{3, 1, 'P', 9}), ErrLinkInvalid},
		{"bad phone", "#p=" + frameOf(1, []byte{0x11, 1, 'P', 2, 0x11}), ErrLinkInvalid},
		{"body cut inside", "#p=" + frameOf(1, []byte{1, 5, 'P'}), ErrLinkInvalid},
		{"bytes left over", "#p=" + frameOf(1, []byte{1, 1, 'P', 0}), ErrLinkInvalid},
		{"ASCII written the long way", "#p=" + frameOf(1, []byte{1, 2, 0, 'P'}), ErrLinkInvalid},
		{"batches out of order", "#p=" + frameOf(1, []byte{0xC1, 0x01, 1, 'P', 0x10, 0, 0x0F, 0}), ErrLinkInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := DecodeParkLink(tt.link)
			if !errors.Is(err, tt.want) {
				t.Fatalf("DecodeParkLink(%q) = %+v, %v; want %s", tt.link, p, err, tt.want.Code)
			}
			var le *assessment.InputError
			if !errors.As(err, &le) || le.Message.In("ko") == "" {
				t.Errorf("error %v is not a *assessment.InputError with a message", err)
			}
			if !reflect.DeepEqual(p, assessment.Park{}) {
				t.Errorf("DecodeParkLink(%q) returned a park %+v with its error", tt.link, p)
			}
		})
	}
}

func flip(c byte) string {
	if c == 'A' {
		return "B"
	}
	return "A"
}

// TestParkLinkEveryDamage cuts the full link at every length and changes
// every character: none may be accepted, none may be taken for a link from
// a newer kit.
func TestParkLinkEveryDamage(t *testing.T) {
	good, _ := EncodeParkLink(fullPark(t))
	for n := 0; n < len(good); n++ {
		if _, err := DecodeParkLink(good[:n]); !errors.Is(err, ErrLinkTruncated) && !(n == 0 && errors.Is(err, ErrLinkMalformed)) {
			t.Errorf("link cut to %d characters: %v, want truncated", n, err)
		}
	}
	for i := 0; i < len(good); i++ {
		for _, c := range []byte("0Z7") {
			if c == good[i] {
				continue
			}
			bad := good[:i] + string(c) + good[i+1:]
			_, err := DecodeParkLink(bad)
			if err == nil || errors.Is(err, ErrLinkTooNew) || errors.Is(err, ErrLinkInvalid) {
				t.Errorf("character %d changed to %c: %v, want an error saying the link is damaged", i, c, err)
			}
		}
	}
}

func TestParkLinkMessages(t *testing.T) {
	seen := map[string]bool{}
	for _, e := range []*assessment.InputError{ErrLinkMalformed, ErrLinkTruncated, ErrLinkAltered, ErrLinkTooNew, ErrLinkInvalid} {
		if seen[e.Code] {
			t.Errorf("code %s used twice", e.Code)
		}
		seen[e.Code] = true
		for _, lang := range assessment.Languages {
			var s string
			switch lang {
			case "zh":
				s = e.Message.Zh
			case "en":
				s = e.Message.Exact("en")
			case "ja":
				s = e.Message.Exact("ja")
			case "ko":
				s = e.Message.Exact("ko")
			}
			if s == "" {
				t.Errorf("%s has no %s message", e.Code, lang)
			}
		}
	}
	if !strings.Contains(ErrLinkTooNew.Message.Zh, "请更新") || !strings.Contains(ErrLinkTooNew.Message.Exact("en"), "update") {
		t.Errorf("too-new message does not ask to update: %v", ErrLinkTooNew)
	}
}

func TestEncodeParkLinkRefuses(t *testing.T) {
	long := strings.Repeat("园", MaxLinkName+1)
	tests := []struct {
		name  string
		park  assessment.Park
		field string
	}{
		{"no name", assessment.Park{}, "park.name"},
		{"blank name", assessment.Park{Name: "  "}, "park.name"},
		{"name too long for a link", assessment.Park{Name: long}, "park.name"},
		{"district too long", assessment.Park{Name: "P", District: strings.Repeat("区", MaxLinkDistrict+1)}, "park.district"},
		{"note too long", assessment.Park{Name: "P", Support: []assessment.Offer{{ID: "legal_aid", Note: strings.Repeat("字", MaxLinkNote+1)}}}, "park.support"},
		{"unknown measure", assessment.Park{Name: "P", Support: []assessment.Offer{{ID: "free_lunch"}}}, "park.support"},
		{"measure twice", assessment.Park{Name: "P", Support: []assessment.Offer{{ID: "legal_aid"}, {ID: "legal_aid"}}}, "park.support"},
		{"category 5", assessment.Park{Name: "P", Category: 5}, "park.category"},
		{"bad phone", assessment.Park{Name: "P", Phone: "12345"}, "park.phone"},
		{"phone with a no-break space", assessment.Park{Name: "P", Phone: "\u00a013905391234"}, "park.phone"},
		{"bad date", assessment.Park{Name: "P", Batch1: "2026-02-30"}, "park.batch1"},
		{"threshold out of range", assessment.Park{Name: "P", Cat1MinAutomationShare: num(0)}, "park.cat1_min_automation_share"},
		{"three decimals", assessment.Park{Name: "P", Cat3MinAreaPerWorker: num(8.125)}, "park.cat3_min_area_per_worker"},
		{"few workers not whole", assessment.Park{Name: "P", FewWorkersMax: num(20.5)}, "park.few_workers_max"},
		{"unknown language", assessment.Park{Name: "P", Lang: "fr"}, "park.lang"},
		{"control character", assessment.Park{Name: "P\nQ"}, "park.name"},
		{"bidi override", assessment.Park{Name: "P\u202eQ"}, "park.name"},
		{"invalid UTF-8", assessment.Park{Name: "P\xff"}, "park.name"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := EncodeParkLink(tt.park)
			var le *assessment.InputError
			if !errors.As(err, &le) || le.Code != "invalid" {
				t.Fatalf("EncodeParkLink(%+v) = %v, want an invalid assessment.InputError", tt.park, err)
			}
			found := false
			for _, p := range le.Problems {
				found = found || p.Question == tt.field
			}
			if !found {
				t.Errorf("EncodeParkLink(%+v) problems %v do not name %s", tt.park, le.Problems, tt.field)
			}
		})
	}
	// A Japanese or Korean user reads the link's own problems in their
	// language, the field's label and a list's limit included.
	for _, c := range []struct {
		park  assessment.Park
		field string
		zh    string // Chinese that must not show in ja or ko
	}{
		{assessment.Park{Name: long}, "park.name", "园区名称"},
		{assessment.Park{Name: "P", Zones: []string{"A", "B", "C", "D", "E", "F", "G", "H", "I"}}, "park.zones", "园区片区"},
	} {
		var m assessment.Text
		for _, q := range CheckParkLink(c.park) {
			if q.Question == c.field {
				m = q.Message
			}
		}
		for _, lang := range []string{"ja", "ko"} {
			if s := m.Exact(lang); s == "" || s == m.Zh || strings.Contains(s, c.zh) {
				t.Errorf("%s problem in %s = %q, want it in that language (zh %q)", c.field, lang, s, m.Zh)
			}
		}
	}
}

// TestParkLinkFullSetupLength reports the length of the longest realistic
// link. The QR version it needs is checked in package pdf.
func TestParkLinkFullSetupLength(t *testing.T) {
	p := fullPark(t)
	link, err := ParkLinkURL("https://example.org/fugong/", p)
	if err != nil {
		t.Fatal(err)
	}
	payload, _ := ParkLinkPayload(link)
	utf8Text := 0
	for _, s := range []string{p.Name, p.District, p.Contact} {
		utf8Text += len(s)
	}
	for _, o := range p.Support {
		utf8Text += len(o.Note)
	}
	t.Logf("full setup: %d characters of text (%d bytes in UTF-8), payload %d characters, link %d characters",
		utf8.RuneCountInString(p.Name)+utf8.RuneCountInString(p.District)+utf8.RuneCountInString(p.Contact)+9*MaxLinkNote,
		utf8Text, len(payload), len(link))
	if len(payload) > 1600 {
		t.Errorf("full setup payload is %d characters, want at most 1600", len(payload))
	}
}

func FuzzDecodeParkLink(f *testing.F) {
	for _, p := range []assessment.Park{{Name: "P"}, {Name: "临沂经济技术开发区", Category: 2, Batch1: "2026-02-10", Lang: "ko",
		Phone: "0539-8765432", Cat1MinAutomationShare: num(65.5), FewWorkersMax: num(30),
		Support: []assessment.Offer{{ID: "legal_aid", Note: "法律援助（免费）"}, {ID: "rent_relief"}}}} {
		payload, _ := EncodeParkLink(p)
		f.Add(payload)
		f.Add("https://example.org/#p=" + payload)
		f.Add(payload[:len(payload)-3])
		f.Add(strings.ToLower(payload))
	}
	if payload, err := EncodeParkLink(fullPark(f)); err == nil {
		f.Add("https://yq.example.cn/fugong/#p=" + payload) // the longest real setup
		f.Add(payload[:len(payload)/2] + "%E5%")            // cut in an escape, as chat apps do
	}
	f.Add(frameOf(2, []byte{1, 1, 'P'}))
	f.Add(frameOf(1, []byte{0xC1, 0x01, 1, 'P', 0x10, 0, 0x0F, 0}))
	f.Add("")
	f.Add("#p=")
	f.Fuzz(func(t *testing.T, link string) {
		p, err := DecodeParkLink(link)
		if err != nil {
			var le *assessment.InputError
			if !errors.As(err, &le) || le.Message.Zh == "" || le.Message.Exact("ko") == "" {
				t.Fatalf("DecodeParkLink(%q): error %v is not an assessment.InputError with a message", link, err)
			}
			return
		}
		for _, pr := range assessment.ValidatePark(p) {
			if pr.Severity == assessment.Error {
				t.Fatalf("DecodeParkLink(%q) = %+v, which does not validate: %v", link, p, pr)
			}
		}
		again, err := EncodeParkLink(p)
		if err != nil {
			t.Fatalf("EncodeParkLink(DecodeParkLink(%q)): %v", link, err)
		}
		payload, _ := ParkLinkPayload(link)
		if again != asciiUpper(payload) {
			t.Fatalf("DecodeParkLink(%q) re-encodes to %q", link, again)
		}
	})
}
