package assessment

// PreviousRuleset is the ruleset before RulesetVersion. Drafts and files
// written under it load and are assessed under the current rules;
// rulesetChanges says what that changes for them.
const PreviousRuleset = "2026.1"

// CodeRulesetChange marks a warning that says how a rule changed since the
// ruleset a file was written for, and what that means for these answers.
const CodeRulesetChange = "ruleset_change"

// rulesetChanges lists, for answers a written under PreviousRuleset, each
// change of ruleset 2026.2 that touches them, with their own numbers;
// u holds a's usable answers. Files of any other ruleset get nothing.
func rulesetChanges(a, u *Answers) []Problem {
	if a.Ruleset != PreviousRuleset {
		return nil
	}
	var ps []Problem
	add := func(question string, msg Text) {
		ps = append(ps, Problem{Code: CodeRulesetChange, Question: question, Severity: Warning,
			Message: join(Text{}, msgf("ruleset.changes.ruleset_changes.changed_ruleset", "ruleset_version", RulesetVersion), msg)})
	}
	staff, okStaff := u.Number("employees_total")
	peak, okPeak := u.Number("peak_shift_workers")
	if okStaff {
		now, before := fmtNum(staff*MasksPerDay*SupplyDays), ""
		if okPeak {
			before = fmtNum(peak * MasksPerDay * SupplyDays)
		}
		msg := msgf("ruleset.changes.ruleset_changes.masks_14_days_are", "staff", fmtNum(staff), "now", now)
		if before != "" {
			msg = join(Text{}, msg, msgf("ruleset.changes.ruleset_changes.before_largest_shift_only", "before", before))
		}
		add("masks_in_stock", msg)
	}
	if gates, ok := u.Number("entrances"); ok && gates < 1 {
		add("entrances", msg("ruleset.changes.entrances.supplies_14_days_now"))
	}
	if n, ok := u.Number("returnees_mid_high_risk"); ok && n > 0 {
		add("returnees_in_quarantine", msgf("ruleset.changes.returnees_in_quarantine.returnees_from_medium_high", "v", label("returnees_in_quarantine")))
	}
	if n, ok := u.Number("staff_in_treatment"); ok && n > 0 {
		add("cdc_cleared", msgf("ruleset.changes.cdc_cleared.with_staff_under_treatment", "v", label("cdc_cleared")))
	}
	add("", msg("ruleset.changes.ruleset_changes.commitment_letter_follows_readiness"))
	return ps
}
