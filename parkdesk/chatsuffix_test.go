package parkdesk

import (
	"testing"

	"fugong/assessment"
)

// chatSuffixes are what chat apps add to a link when it is shared on:
// WeChat's forwarding parameters after the fragment, with "?" or "&".
var chatSuffixes = []string{"?from=singlemessage&isappinstalled=0", "?from=groupmessage", "&from=timeline&isappinstalled=0"}

// TestLinksSurviveChatSuffixes reads a park link, a summary code and a
// daily code that a chat app forwarded with its parameters after them:
// each still reads as before, never "not a valid link".
func TestLinksSurviveChatSuffixes(t *testing.T) {
	park := assessment.Park{Name: "临沂经济技术开发区", Batch1: "2026-02-10"}
	parkURL, err := ParkLinkURL("https://example.org/", park)
	if err != nil {
		t.Fatal(err)
	}
	a := exampleAnswers(t)
	summaryURL := SummaryURL("https://example.org/", a, assessment.Evaluate(a))
	want, err := DecodeSummary(summaryURL)
	if err != nil {
		t.Fatal(err)
	}
	daily := DailyReport{PlanID: "AAAA0001", Date: "2026-02-18", OnSite: 80}
	dailyURL, err := DailyURL("https://example.org/", daily)
	if err != nil {
		t.Fatal(err)
	}
	for _, suffix := range chatSuffixes {
		if p, err := DecodeParkLink(parkURL + suffix); err != nil || p.Name != park.Name {
			t.Errorf("DecodeParkLink(link + %q) = %v, %v; want the park", suffix, p.Name, err)
		}
		if s, err := DecodeSummary(summaryURL + suffix); err != nil || s.PlanID != want.PlanID {
			t.Errorf("DecodeSummary(link + %q) = %v, %v; want plan %s", suffix, s.PlanID, err, want.PlanID)
		}
		if d, err := DecodeDaily(DailyCode(dailyURL + suffix)); err != nil || d.OnSite != 80 {
			t.Errorf("DecodeDaily(link + %q) = %+v, %v; want 80 on site", suffix, d, err)
		}
	}
}
