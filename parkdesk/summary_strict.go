package parkdesk

import "fugong/assessment"

// A summary code comes from outside — a QR code anyone can print — so
// DecodeSummary holds what it decodes to the kit's text policy
// (textpolicy.go) and to the plan ID's format, refusing a code that
// breaks either with an InputError that names the field.

// ErrSummaryRefused is the InputError of a code whose content breaks
// the text policy or the plan ID's format; its Field and Message name the
// field. Compare with errors.Is.
var ErrSummaryRefused = assessment.SummaryCodeError("refused", assessment.Msg("summary.strict.err_summary_refused.message"))

// summaryRefused is ErrSummaryRefused for field, saying why.
func summaryRefused(field string, why assessment.Text) *assessment.InputError {
	e := assessment.SummaryCodeError("refused", assessment.Msgf("summary.strict.summary_refused.message", "why", why))
	e.Field, e.Detail = field, field
	return e
}

// checkSummaryFields holds every text s carries to the text policy and
// the plan ID to its format: 8 upper-case hex digits (PlanID).
func checkSummaryFields(s Summary) *assessment.InputError {
	var err *assessment.InputError
	check := func(field string, label assessment.Text, v string, max int) {
		if i := assessment.CheckText(v, max, false); err == nil && i != assessment.TextOK {
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
		if q, ok := assessment.Lookup(f.Question); ok {
			label = q.Label
		}
		check("deciding_answers", label, f.Question, MaxSummaryID)
		if f.Value.Type == assessment.TypeString {
			check("deciding_answers", label, f.Value.Str, MaxSummaryText)
		}
		for _, c := range f.Value.List {
			check("deciding_answers", label, c, MaxSummaryID)
		}
	}
	check("ruleset", csvHeaders["ruleset"], s.Ruleset, 16)
	check("zone", label("zone"), s.Zone, MaxSummaryPark)
	check("industry", label("industry"), s.Industry, MaxSummaryPark)
	if err == nil && !isUpperHex(s.PlanID, 8) {
		err = summaryRefused("plan_id", assessment.Msg("summary.strict.plan_id.why"))
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

// label is the label of the question id.
func label(id string) assessment.Text {
	q, _ := assessment.Lookup(id)
	return q.Label
}
