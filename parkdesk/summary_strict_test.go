package parkdesk

import (
	"encoding/binary"
	"errors"
	"fugong/internal/hostile"
	"strings"
	"testing"
	"time"

	"fugong/internal/wire"

	"fugong/assessment"
)

// todaysCodes are summary codes made by the kit before decoding became
// strict (fugong summary on testdata/*.json, ruleset 2026.1): codes
// printed on letters already signed, which must still decode.
var todaysCodes = map[string]string{
	"category1": "s1.Shi0z4_emHrCIKc1jVCr0ZSAmQnIUINshfgBSEYgFSSqg16sWgUAGgUSpiiBI08JAAA_LSsCAAAAAAEBA7RCBjIwMjYuMQAX05bIj_WH5Q",
	"category2": "s1.UBi7f42JkLeUpIU7p5enKIbBmQnIUINshfgBSEwQAACqjahUkQqAGAKahoYSNCoAAD9QTgIAAAUAAwEDiCcCBgIBAgcCBjIwMjYuMQDTlWPQLfTwlg",
	"category4": "s1.XRiLKZ8liymFToERx_KnKIbBmQnIUINshfgBSEIgBCCqgFkPa0VAGAIqJJgSNJwUAD-kA_wCGQ8AKAAGAQPoBwIGAQYDA_CTCQQDsOoBBQEGAgYyMDI2LjEA1ReQVN68YmU",
	"example":   "s1.WBSANJ6Crr6P5Zk6mrCZCchQg2yF-AFIRnCMIaqHk98B6QAWE4VJEjRfUwAAP7oBqgEMBAAQAAYBA6wbAgYBBgMDgNMOBAPgXQUCBgIGMjAyNi4xAPq3X-_Si4yB",
}

func TestTodaysCodesStillDecode(t *testing.T) {
	for name, code := range todaysCodes {
		t.Run(name, func(t *testing.T) {
			s, err := DecodeSummary(code)
			if err != nil {
				t.Fatalf("DecodeSummary(%s) = %v", code, err)
			}
			if s.Name == "" || !isUpperHex(s.PlanID, 8) {
				t.Errorf("decoded %+v", s)
			}
			if again, err := NormalizeSummaryCode(code); err != nil || again != code {
				t.Errorf("NormalizeSummaryCode = %q, %v; want the code itself", again, err)
			}
		})
	}
}

// craftName returns a code whose name is the compact text of name, as no
// kit would write it: the encoder refuses what the policy refuses.
func craftName(t *testing.T, name string) string {
	t.Helper()
	s := fullSummary()
	s.Name = ""
	body := mustBody(t, s) // starts with the empty name's length, 0
	text := wire.Text.Append(nil, name)
	crafted := binary.AppendUvarint(nil, uint64(len(text)))
	crafted = append(crafted, text...)
	return recode(t, append(crafted, body[1:]...))
}

// craftPlanID returns a code whose plan ID is written as text (tag 1).
func craftPlanID(t *testing.T, id string) string {
	t.Helper()
	body := mustBody(t, fullSummary()) // ends with tag 0 and 4 bytes
	body = append(body[:len(body)-5], 1)
	text := wire.Text.Append(nil, id)
	body = binary.AppendUvarint(body, uint64(len(text)))
	return recode(t, append(body, text...))
}

// TestDecodeSummaryTextPolicy: a code crafted to carry a payload in the
// name is refused naming the field, unless the policy accepts the text.
func TestDecodeSummaryTextPolicy(t *testing.T) {
	for _, p := range hostile.Payloads {
		if assessment.CheckText(p.Text, 0, false) == assessment.TextNotUTF8 {
			continue // compact text carries characters, never stray bytes
		}
		t.Run(p.Name, func(t *testing.T) {
			code := craftName(t, p.Text)
			s, err := DecodeSummary(code)
			if assessment.CheckText(p.Text, MaxSummaryName, false) == assessment.TextOK {
				if err != nil || s.Name != p.Text {
					t.Fatalf("DecodeSummary(name %q) = %q, %v", p.Text, s.Name, err)
				}
				return
			}
			if len(wire.Text.Append(nil, p.Text)) > maxSummaryBytes {
				if !errors.Is(err, ErrSummaryMalformed) {
					t.Fatalf("DecodeSummary(name of %d bytes) = %v, want malformed: no code is that long", len(p.Text), err)
				}
				return
			}
			var se *assessment.InputError
			if !errors.As(err, &se) || !errors.Is(err, ErrSummaryRefused) || se.Field != "name" {
				t.Fatalf("DecodeSummary(name %.40q) = %v, want refused on the name", p.Text, err)
			}
			for _, lang := range assessment.Languages {
				if !strings.Contains(se.Message.In(lang), csvHeaders["name"].In(lang)) {
					t.Errorf("%s message %q does not name the field", lang, se.Message.In(lang))
				}
			}
		})
	}
}

func TestDecodeSummaryPlanID(t *testing.T) {
	for _, id := range []string{"=1+1", "@SUM(A1)", "draft", "", "3f2a9c1b", "3F2A9C1B0", "3F2A9C1B"} {
		t.Run(id, func(t *testing.T) {
			_, err := DecodeSummary(craftPlanID(t, id))
			var se *assessment.InputError
			if errors.As(err, &se) && se.Field == "plan_id" {
				return
			}
			if id == "3F2A9C1B" && errors.Is(err, ErrSummaryMalformed) {
				return // the right ID in the wrong form: not how the kit writes it
			}
			t.Fatalf("DecodeSummary(plan ID %q as text) = %v, want refused on the plan ID", id, err)
		})
	}
}

// TestSummaryWhitespace: line breaks and spaces a chat app puts into a
// code are dropped on purpose; the code decodes and normalises to the one
// spelling the kit writes.
func TestSummaryWhitespace(t *testing.T) {
	code := todaysCodes["example"]
	for name, spelled := range map[string]string{
		"line feed":       code[:40] + "\n" + code[40:],
		"CRLF every 20":   strings.Join(hostile.Chunks(code, 20), "\r\n"),
		"spaces and tabs": " " + code[:10] + " \t" + code[10:] + " ",
		"ideographic":     code[:30] + "\u3000" + code[30:],
		"in a URL":        "https://yq.example.cn/fugong/collect#s=" + code[:50] + "\n" + code[50:],
	} {
		t.Run(name, func(t *testing.T) {
			got, err := NormalizeSummaryCode(spelled)
			if err != nil || got != code {
				t.Fatalf("NormalizeSummaryCode(%q) = %q, %v; want %q", spelled, got, err, code)
			}
		})
	}
}

// TestRegistryOneEntryPerSummary: the same summary spelled with line
// breaks and without, imported twice, is one entry, with no flag that its
// plan is held with other content.
func TestRegistryOneEntryPerSummary(t *testing.T) {
	code := todaysCodes["example"]
	broken := strings.Join(hostile.Chunks(code, 16), "\n")
	at := time.Date(2026, 2, 10, 9, 0, 0, 0, time.UTC)
	var entries []Entry
	for i, c := range []string{broken, code, broken, " " + code + "\r\n"} {
		e, err := NewEntry(c, at.Add(time.Duration(i)*time.Hour))
		if err != nil {
			t.Fatal(err)
		}
		if e.Code != code {
			t.Fatalf("entry code %q, want %q", e.Code, code)
		}
		entries, _ = Add(entries, e)
	}
	if len(entries) != 1 {
		t.Fatalf("%d entries, want 1", len(entries))
	}
	if hasFlagCode(entries[0].Flags, FlagPlanConflict) {
		t.Errorf("flagged as held with other content: %v", entries[0].Flags)
	}
	backup, err := EncodeBackup([]Entry{{Code: broken, Added: at}, {Code: code, Added: at}})
	if err != nil {
		t.Fatal(err)
	}
	more, _, err := DecodeBackup(backup)
	if err != nil {
		t.Fatal(err)
	}
	merged, n := Merge(entries, more)
	if len(merged) != 1 || n != 0 || hasFlagCode(merged[0].Flags, FlagPlanConflict) {
		t.Errorf("backup of two spellings merged into %d entries (%d new), flags %v", len(merged), n, merged[0].Flags)
	}
}
