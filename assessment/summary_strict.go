package assessment

import "strings"

// A summary code comes from outside — a QR code anyone can print — so
// DecodeSummary holds what it decodes to the kit's text policy
// (textpolicy.go) and to the plan ID's format, refusing a code that
// breaks either with an InputError that names the field.

// ErrSummaryRefused is the InputError of a code whose content breaks
// the text policy or the plan ID's format; its Field and Message name the
// field. Compare with errors.Is.
var ErrSummaryRefused = &InputError{kind: summaryCode, Code: "refused", Message: msg("summary.strict.err_summary_refused.message")}

// summaryRefused is ErrSummaryRefused for field, saying why.
func summaryRefused(field string, why Text) *InputError {
	return &InputError{kind: summaryCode, Code: "refused", Field: field, Detail: field, Message: msgf("summary.strict.summary_refused.message", "why", why)}
}

// checkSummaryFields holds every text s carries to the text policy and
// the plan ID to its format: 8 upper-case hex digits (PlanID).
func checkSummaryFields(s Summary) *InputError {
	var err *InputError
	check := func(field string, label Text, v string, max int) {
		if i := CheckText(v, max, false); err == nil && i != TextOK {
			err = summaryRefused(field, i.Message(label, max))
		}
	}
	check("name", csvHeaders["name"], s.Name, MaxSummaryName)
	check("credit_code", csvHeaders["credit_code"], s.CreditCode, MaxSummaryCode)
	check("contact_phone", csvHeaders["contact_phone"], s.Phone, MaxSummaryPhone)
	for _, id := range s.Unmet {
		check("unmet_critical", csvHeaders["unmet_critical"], id, MaxSummaryID)
	}
	for _, f := range s.Facts {
		label := csvHeaders["deciding_answers"]
		if q, ok := questionByID[f.Question]; ok {
			label = q.Label
		}
		check("deciding_answers", label, f.Question, MaxSummaryID)
		if f.Value.Type == TypeString {
			check("deciding_answers", label, f.Value.Str, MaxSummaryText)
		}
		for _, c := range f.Value.List {
			check("deciding_answers", label, c, MaxSummaryID)
		}
	}
	check("ruleset", csvHeaders["ruleset"], s.Ruleset, 16)
	check("zone", questionByID["zone"].Label, s.Zone, MaxSummaryPark)
	check("industry", questionByID["industry"].Label, s.Industry, MaxSummaryPark)
	if err == nil && !isUpperHex(s.PlanID, 8) {
		err = summaryRefused("plan_id", msg("summary.strict.plan_id.why"))
	}
	return err
}

// NormalizeSummaryCode returns the one spelling of code that the kit
// stores: whatever surrounds it (a collect URL, "#s=") and any whitespace
// inside it (line breaks a chat app or a scanner put in) are dropped, the
// code is decoded and encoded again. Two spellings of one summary give
// the same code, so a registry holds it once.
func NormalizeSummaryCode(code string) (string, error) {
	s, err := DecodeSummary(code)
	if err != nil {
		return "", err
	}
	return EncodeSummary(s)
}

// stripSpace removes every whitespace character from s: a code's alphabet
// has none, and chat apps and scanners put line breaks and spaces into
// long codes. Go's base64 would skip \r and \n only; this drops them all,
// on purpose, before anything is decoded.
func stripSpace(s string) string {
	return strings.Join(strings.Fields(s), "")
}
