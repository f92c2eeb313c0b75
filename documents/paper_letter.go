package documents

import "strconv"

// paperLetterRows is how many empty rows the blank letter's table of
// unmet items has to write on.
const paperLetterRows = 5

// paperLetterSections are the two copies of the blank commitment letter
// of the paper version, titled as the letter's copies are. An enterprise
// that has not assessed itself yet cannot be told which letter it signs,
// so the blank letter offers the three forms to choose from, none ticked,
// with blanks for what the kit would have filled in.
func (b *planBuilder) paperLetterSections() []Section {
	var out []Section
	for _, d := range letterSections {
		s := Section{ID: d.id, Title: b.t(d.title), Level: d.level, NewPage: d.newPage}
		if d.bilingual && b.lang != "zh" {
			s.Title = d.title.Zh + " / " + s.Title
		}
		s.Blocks = append(b.inBothLanguages((*planBuilder).paperLetterBody), b.letterSigning())
		out = append(out, s)
	}
	return out
}

// paperLetterBody is the blank letter's text in the builder's language:
// the addressee, who pledges with blanks to fill, the three forms to tick
// one of, the table of unmet items to fill, the pledge of responsibility
// and those every letter makes, and the consequences of breaking them.
func (b *planBuilder) paperLetterBody() []Block {
	blank, short := paperShort+paperShort, paperShort
	who := b.t(msgf("paper.letter.paper_letter_body.this_letter_given_by", "blank", blank, "short", short))
	assessed := b.t(msgf("paper.letter.paper_letter_body.assessed", "date", b.dateBlank()))
	people := b.t(msg("paper.letter.paper_letter_body.enterprise_has_employees_whom"))
	lead := b.t(msg("paper.letter.paper_letter_body.enterprise_hereby_solemnly_undertakes"))
	also := b.t(msg("paper.letter.paper_letter_body.enterprise_further_undertakes_as"))
	blocks := []Block{
		para(b.addressee()),
		para(who + assessed + people + lead),
		para(paperBox + b.paperLetterReady()),
		para(paperBox + b.paperLetterPhased()),
		para(paperBox + b.paperLetterNotReady()),
		para(b.t(msg("paper.letter.paper_letter_body.text"))),
		b.paperLetterTable(),
		para(also),
		list(append([]string{b.paperResponsibility()}, b.letterCommon()...)...),
		para(b.t(letterConsequences)),
	}
	return blocks
}

// paperLetterReady is the first form: the enterprise meets the conditions,
// pledges the 五到位 (production safety only once the safety check is
// passed) and resumes when its batch opens.
func (b *planBuilder) paperLetterReady() string {
	return b.t(msg("paper.letter.paper_letter_ready.enterprise_meets_conditions_resuming"))
}

// paperLetterPhased is the second form: the parts that meet the conditions
// resume first, the items of the table by their deadlines.
func (b *planBuilder) paperLetterPhased() string {
	return b.t(msg("paper.letter.paper_letter_phased.enterprise_partially_meets_conditions"))
}

// paperLetterNotReady is the third form, a pledge to correct: no
// resumption until every item of the table is met and the assessment is
// redone, and no 五到位.
func (b *planBuilder) paperLetterNotReady() string {
	park := b.parkName()
	return b.t(msgf("paper.letter.paper_letter_not_ready.enterprise_does_not_yet", "park", park))
}

// paperLetterTable is the table of unmet items, its rows numbered and
// left empty to write on, with the columns of the letter's items table.
func (b *planBuilder) paperLetterTable() Block {
	rows := make([][]string, paperLetterRows)
	for i := range rows {
		rows[i] = []string{strconv.Itoa(i + 1), "", "", b.dateBlank()}
	}
	return table([]string{b.t(msg("paper.letter.paper_letter_table.no")), b.t(msg("paper.letter.paper_letter_table.item")), b.t(msg("paper.letter.paper_letter_table.corrective_action")),
		b.t(msg("paper.letter.paper_letter_table.deadline"))}, rows, 0.5, 2.0, 4.1, 2.0)
}

// paperResponsibility is the pledge of primary responsibility on the blank
// letter, which an enterprise signs most often ticked ready or phased, when
// its prevention team is in place: it says the team has been set up.
func (b *planBuilder) paperResponsibility() string {
	return b.responsibility(b.t(msg("plan.letter.letter_responsibility.epidemic_prevention_leading_group")))
}
