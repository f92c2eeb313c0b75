package documents

import (
	"strconv"
	"strings"

	"fugong/assessment"
)

// letterSections are the two copies of the commitment letter (复工复产承诺书):
// one the enterprise keeps, one for the park's files. Each starts a page
// and is complete in itself, so that either can be signed, stamped and
// handed over alone. The letter is a pledge: edits never replace it.
//
// The letter follows the readiness and never pledges what the assessment
// denies (letterForm): ready, it pledges the 五到位 and resumption when the
// batch opens; phased, it lists the required items still unmet, each with
// its deadline, and which parts wait for them; not ready, it is a pledge to
// correct (整改承诺书): every unmet item with its deadline and no resumption
// until they are met and the assessment is redone.
//
// Chinese is the text of record: a letter in another language carries the
// Chinese text first, then the translation, then a line saying the Chinese
// text prevails; its title and the labels where it is signed are in both.
var letterSections = []sectionDef{
	{id: "letter.enterprise", title: msg("plan.letter.enterprise.title"), level: 1, newPage: true, bilingual: true,
		retitle: func(b *planBuilder) (assessment.Text, bool) {
			return msg("plan.letter.enterprise.undertaking_corrective_action_before"), b.r.Readiness == assessment.NotReady
		},
		build: (*planBuilder).letter},
	{id: "letter.park", title: msg("plan.letter.park.title"), level: 1, newPage: true, bilingual: true,
		retitle: func(b *planBuilder) (assessment.Text, bool) {
			return msg("plan.letter.park.undertaking_corrective_action_before"), b.r.Readiness == assessment.NotReady
		},
		build: (*planBuilder).letter},
}

// letterPrevails says that the Chinese text of the letter prevails, in
// Chinese and in each other language.
var letterPrevails = msg("plan.letter.letter_prevails")

// letterItems are the items the letter lists with their deadlines: every
// unmet critical and required item (for a phased enterprise, only
// required ones are unmet).
func (b *planBuilder) letterItems() []assessment.Item {
	var out []assessment.Item
	for _, it := range b.r.Items {
		if !it.Met && (it.Level == assessment.Critical || it.Level == assessment.Required) {
			out = append(out, it)
		}
	}
	return out
}

// deadline writes the date by which item id will be met, or a blank line
// to write it on by hand.
func (b *planBuilder) deadline(id string) string {
	if d := b.a.Deadline(id); d != "" {
		return b.day(d)
	}
	return b.dateBlank()
}

// dateBlank is a line to write a date on by hand, as each language writes
// a date.
func (b *planBuilder) dateBlank() string {
	return b.t(msg("plan.letter.date_blank.date"))
}

// letterOpening says who pledges, how the enterprise was assessed, and
// its people.
func (b *planBuilder) letterOpening() string {
	who := b.t(msgf("plan.letter.letter_opening.this_letter_given_by", "enterprise", b.enterprise()))
	if code := b.str("credit_code"); code != "" {
		who += b.t(msgf("plan.letter.letter_opening.unified_social_credit_code", "code", code))
	}
	if addr := b.str("address"); addr != "" {
		who += b.t(msgf("plan.letter.letter_opening.located_at", "addr", addr))
	}
	if c := b.person("contact_name"); c.name != "" {
		who += b.t(msgf("plan.letter.letter_opening.contact_person", "name", c.name))
		if c.phone != "" {
			who += b.t(msgf("plan.letter.letter_opening.telephone", "phone", c.phone))
		}
	}
	who += b.t(msg("punct.sentence_end"))
	return who + b.letterAssessed() + b.letterPeople()
}

// letterAssessed states the category, batch and opening date as assessed,
// and the readiness: "经自评属第三类企业，具备复工复产条件，拟于园区第二批（2026年2月17日起）复工复产。"
func (b *planBuilder) letterAssessed() string {
	r := b.r
	cat := b.t(msg("plan.letter.letter_assessed.according_its_self_assessment"))
	if r.Category > 0 {
		cat = b.t(msgf("plan.letter.letter_assessed.category", "n", assessment.Numeral(r.Category)))
	}
	batch := b.t(msgf("plan.letter.letter_assessed.park", "batch", b.batchName(r.Batch)))
	switch {
	case r.Batch == 0:
		batch = b.t(msg("plan.letter.letter_assessed.batch_set_by_park"))
	case r.BatchDate != "":
		d := b.day(r.BatchDate)
		batch += b.t(msgf("plan.letter.letter_assessed.from", "d", d))
	default:
		batch += b.t(msg("plan.letter.letter_assessed.opening_date_as_announced"))
	}
	switch r.Readiness {
	case assessment.Ready:
		return b.t(msgf("plan.letter.letter_assessed.meets_conditions_resuming_work", "cat", cat, "batch", batch))
	case assessment.Phased:
		return b.t(msgf("plan.letter.letter_assessed.partially_meets_conditions_resuming", "cat", cat, "batch", batch))
	}
	return b.t(msgf("plan.letter.letter_assessed.falls_within_but_does", "cat", cat, "batch", batch))
}

// letterPeople counts the staff, those who may work and those returning
// from elsewhere, as far as the answers say.
func (b *planBuilder) letterPeople() string {
	total, okT := b.num("employees_total")
	if !okT {
		return ""
	}
	s := b.t(msgf("plan.letter.letter_people.enterprise_has_employees", "total", assessment.FormatNumber(total)))
	if n, ok := b.num("staff_normal"); ok {
		s += b.t(msgf("plan.letter.letter_people.whom_may_work_normally", "n", assessment.FormatNumber(n)))
	}
	low, okL := b.num("returnees_low_risk")
	mid, okM := b.num("returnees_mid_high_risk")
	if okM {
		away := mid
		if okL {
			away += low
		}
		s += b.t(msgf("plan.letter.letter_people.employees_are_returning_from", "away", assessment.FormatNumber(away), "mid", assessment.FormatNumber(mid)))
	}
	return s + b.t(msg("plan.letter.letter_people.text"))
}

// letterResponsibility is the pledge of primary responsibility: the legal
// representative is first responsible; the team's leader may be another.
// The team is said to be set up only when the assessment counts it named;
// otherwise the letter pledges to set it up before work resumes.
func (b *planBuilder) letterResponsibility() string {
	team := b.t(msg("plan.letter.letter_responsibility.team_to_set_up"))
	if l := b.person("leader_name"); l.name != "" && b.itemMet("team_named") {
		team = b.t(msgf("plan.letter.letter_responsibility.epidemic_prevention_leading_group2", "name", l.name))
	}
	return b.responsibility(team)
}

// responsibility is the pledge of primary responsibility with team, what
// it says of the prevention team.
func (b *planBuilder) responsibility(team string) string {
	rep := b.str("legal_rep")
	first := b.t(msg("plan.letter.letter_responsibility.its_legal_representative_bears"))
	if rep != "" {
		first = b.t(msgf("plan.letter.letter_responsibility.its_legal_representative_bears2", "rep", rep))
	}
	return b.t(msgf("plan.letter.letter_responsibility.enterprise_shall_strictly_fulfil", "first", first, "team", team))
}

// itemMet reports whether readiness item id applies and is met.
func (b *planBuilder) itemMet(id string) bool {
	for _, it := range b.r.Items {
		if it.ID == id {
			return it.Met
		}
	}
	return false
}

// letterConditions is what the letter pledges about the conditions, by
// the readiness: for a ready enterprise, pledges; otherwise the lead-in to
// the table of items still to meet.
func (b *planBuilder) letterConditions() []string {
	switch b.r.Readiness {
	case assessment.Ready:
		plans := b.t(msg("plan.letter.letter_conditions.enterprise_has_drawn_up"))
		if ok, _ := b.yes("safety_check_done"); ok {
			return []string{plans, b.t(msg("plan.letter.letter_conditions.five_requirements_are_place"))}
		}
		return []string{plans, b.t(msg("plan.letter.letter_conditions.prevention_mechanism_staff_screening"))}
	case assessment.Phased:
		return []string{b.t(msgf("plan.letter.letter_conditions.enterprise_has_drawn_up2", "paused_parts", b.pausedParts()))}
	}
	return []string{b.t(msgf("plan.letter.letter_conditions.enterprise_shall_not_resume", "park_name", b.parkName()))}
}

// pausedParts says what stays closed while a phased enterprise's unmet
// items are worked on.
func (b *planBuilder) pausedParts() string {
	parts := map[string]assessment.Text{
		"predisinfection": msg("plan.letter.paused_parts.places_not_yet_disinfected"),
		"entry_control":   msg("plan.letter.paused_parts.entrances_without_designated_attendant"),
		"ventilation":     msg("plan.letter.paused_parts.recirculating_air_conditioning_shall"),
		"canteen":         msg("plan.letter.paused_parts.canteen_shall_serve_no"),
		"dormitory":       msg("plan.letter.paused_parts.dormitory_rooms_exceeding_limits"),
		"commute":         msg("plan.letter.paused_parts.shuttle_bus_service_shall"),
	}
	var out []string
	for _, it := range b.letterItems() {
		if t, ok := parts[it.ID]; ok {
			out = append(out, b.t(t))
		}
	}
	if len(out) == 0 {
		return b.t(msg("plan.letter.paused_parts.all_other_parts_shall"))
	}
	return strings.Join(out, b.t(msg("punct.comma")))
}

// letterItemsTable lists the items the letter pledges to meet, each with
// its deadline.
func (b *planBuilder) letterItemsTable() Block {
	var rows [][]string
	for i, it := range b.letterItems() {
		rows = append(rows, []string{strconv.Itoa(i + 1), b.t(it.Title) + b.t(msg("punct.open_paren")) + b.levelName(it.Level) + b.t(msg("punct.close_paren")),
			b.t(it.Action), b.deadline(it.ID)})
	}
	return table([]string{b.t(msg("plan.letter.letter_items_table.no")), b.t(msg("plan.letter.letter_items_table.item")), b.t(msg("plan.letter.letter_items_table.corrective_action")),
		b.t(msg("plan.letter.letter_items_table.deadline"))}, rows, 0.6, 2.0, 3.8, 2.2)
}

// letterCommon are the pledges every letter makes, whatever the
// readiness: truthful screening, the returnees' rule, costs, daily
// reports and inspection.
func (b *planBuilder) letterCommon() []string {
	park := b.parkName()
	cost := b.t(msg("plan.letter.letter_common.enterprise_shall_bear_its"))
	if b.hasSupport() {
		cost = b.t(msgf("plan.letter.letter_common.enterprise_shall_bear_costs", "park", park))
	}
	return []string{
		b.t(msg("plan.letter.letter_common.enterprise_shall_screen_record")),
		b.t(msgf("plan.letter.letter_common.returnees_from_medium_or", "quarantine_rule", b.t(quarantineRule))),
		cost,
		b.t(msgf("plan.letter.letter_common.enterprise_shall_report_health", "park", park)),
		b.t(msgf("plan.letter.letter_common.enterprise_shall_accept_supervision", "park", park)),
	}
}

// letterBody is the text of the letter in the builder's language: the
// addressee, who pledges what, the pledges and the closing sentence.
func (b *planBuilder) letterBody() []Block {
	lead := b.t(msg("plan.letter.letter_body.enterprise_hereby_solemnly_undertakes"))
	if b.r.Readiness == assessment.NotReady {
		lead = b.t(msg("plan.letter.letter_body.enterprise_hereby_undertakes_take"))
	}
	pledges := append([]string{b.letterResponsibility()}, b.letterConditions()...)
	pledges = append(pledges, b.letterCommon()...)
	blocks := []Block{
		para(b.addressee()),
		para(b.letterOpening() + lead),
		list(pledges...),
	}
	if b.r.Readiness != assessment.Ready && len(b.letterItems()) > 0 {
		blocks = append(blocks, b.letterItemsTable())
	}
	return append(blocks, para(b.t(letterConsequences)))
}

// letterConsequences closes every letter: what follows a broken pledge.
var letterConsequences = msg("plan.letter.letter_consequences")

// bi writes a label in Chinese and, when the plan is in another language,
// also in that language, followed by a colon:
// "法定代表人（签字） / Legal representative (signature):".
func (b *planBuilder) bi(t assessment.Text) string {
	label := t.Zh
	if b.lang != "zh" {
		label += " / " + b.t(t)
	}
	return label + b.t(msg("punct.colon"))
}

func (b *planBuilder) letter() []Block {
	return append(b.inBothLanguages((*planBuilder).letterBody), b.letterSigning(), Block{Kind: QRBlock, Text: b.parkScanCaption()})
}

// inBothLanguages writes a letter's text by body: in Chinese, the text of
// record, then, when the plan is in another language, the translation
// (marked so that it may take a page of its own) and the line saying the
// Chinese text prevails.
func (b *planBuilder) inBothLanguages(body func(*planBuilder) []Block) []Block {
	zh := *b
	zh.lang = "zh"
	blocks := body(&zh)
	if b.lang != "zh" {
		translation := para(b.t(msg("plan.letter.translation_heading")))
		translation.BreakIfLong = true
		blocks = append(blocks, translation)
		blocks = append(blocks, body(b)...)
		blocks = append(blocks, para(letterPrevails.Zh+"\n"+b.t(letterPrevails)))
	}
	return blocks
}

// letterSigning is the letter's signature area: the legal representative
// and the prevention team's leader sign, the enterprise stamps its seal,
// and the date is written by hand.
func (b *planBuilder) letterSigning() Block {
	name := b.str("name")
	if name == "" {
		name = b.enterprise()
	}
	rep := b.str("legal_rep")
	signers := []string{b.signer(msg("plan.letter.letter_signing.legal_representative"), rep)}
	if l := b.person("leader_name"); l.name != "" && l.name != rep {
		signers = append(signers, b.signer(msg("plan.letter.letter_signing.group_leader"), l.name))
	}
	return Block{Kind: SignatureBlock, Signature: &Signature{
		Signers: signers,
		Seal:    b.bi(msg("plan.letter.letter_signing.enterprise_seal")) + name,
		DateLabel: b.bi(msg("plan.letter.letter_signing.date")) +
			b.t(msg("plan.letter.letter_signing.date_blank")),
	}}
}

// signer is the label where one signs in role: "法定代表人 王建国（签字） /
// Legal representative (signature):". The signer's name, when known, is
// in the Chinese label alone, the text of record; the translation names
// the role.
func (b *planBuilder) signer(role assessment.Text, name string) string {
	label := msgf("plan.letter.letter_signing.signature", "role", role)
	if name != "" {
		label.Zh = msgf("plan.letter.letter_signing.signature", "role", role.Zh+" "+name).Zh
	}
	return b.bi(label)
}

// parkScanCaption is the caption of the plan's QR code, on the cover and
// on each letter: what scanning it does (it adds the enterprise to the
// park's register), then the plan's ID and ruleset.
func (b *planBuilder) parkScanCaption() string {
	id, rules := b.plan.ID, b.plan.Ruleset
	return b.t(msg("plan.letter.park_scan_caption.registration_with_park_park")) + "\n" +
		b.t(msgf("plan.letter.park_scan_caption.plan_id_ruleset", "id", id, "rules", rules))
}

// addressee opens the letter: "致：" and the park's name when the park's
// link gave it, else a line to write the name on.
func (b *planBuilder) addressee() string {
	park := strings.TrimSpace(b.a.Park.Name)
	if park == "" {
		park = "＿＿＿＿＿＿＿＿＿＿＿＿＿＿"
	}
	return b.t(msgf("plan.letter.addressee.text", "park", park))
}
