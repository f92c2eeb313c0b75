package documents

import (
	"strconv"
	"strings"
	"time"

	"fugong/assessment"
)

// Blanks printed on paper for an answer written by hand.
const (
	paperLine  = "＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"
	paperShort = "＿＿＿＿＿＿＿＿"
	paperDate  = "＿＿＿＿年＿＿月＿＿日"
	paperBox   = "□ "

	// paperChoicesPerLine is about how many characters of choices fit on
	// one line of the questionnaire.
	paperChoicesPerLine = 40
)

// paperTitle is the title of the paper version.
var paperTitle = msg("paper.paper_title")

// PaperForm returns the paper version of the kit, for an enterprise
// without a smartphone: the whole form as a blank questionnaire (every
// question in the form's order and wording, boxes to tick, lines to write
// on, when each applies), the park's settings, and a blank commitment
// letter in two copies. It is a Plan, so that the PDF writer prints it as
// it prints a plan. The park types the answers in through the kit later,
// as any other enterprise's.
func PaperForm(park assessment.Park, lang string, date time.Time) *Plan {
	if !assessment.ValidLang(lang) {
		lang = "zh"
	}
	a := assessment.NewAnswers(lang)
	a.Park = park
	a.Set("name", assessment.StringValue(paperLine))
	r := assessment.Evaluate(a)
	letter := BuildPlan(a, r, date)
	b := &planBuilder{a: a, r: r, u: assessment.Usable(a), lang: lang, date: date, plan: letter}
	p := &Plan{
		Lang:       lang,
		Title:      b.t(paperTitle),
		Enterprise: strings.TrimSpace(park.Name),
		Park:       strings.TrimSpace(park.Name),
		Date:       letter.Date,
		Ruleset:    assessment.RulesetVersion,
		Footer:     b.t(paperTitle) + " · " + b.t(msg("paper.paper_form.ruleset")) + assessment.RulesetVersion,
		PageFormat: letter.PageFormat,
	}
	p.Sections = append(p.Sections, Section{ID: "paper", Title: p.Title, Level: 1, NewPage: true,
		Blocks: b.paperIntro(park)})
	numbers := map[string]int{}
	n := 0
	// The list of quarantine ends comes from the roster on the phone: paper
	// does not ask it.
	for _, st := range assessment.FormFor(park) {
		for _, q := range st.Questions {
			if q.Kind != assessment.KindQuarantineEnds {
				n++
				numbers[q.ID] = n
			}
		}
	}
	for _, st := range assessment.FormFor(park) {
		var items []string
		for _, q := range st.Questions {
			if q.Kind != assessment.KindQuarantineEnds {
				items = append(items, b.paperQuestion(q, numbers))
			}
		}
		p.Sections = append(p.Sections, Section{ID: "paper." + st.ID, Title: b.t(st.Title), Level: 2,
			Blocks: []Block{{Kind: List, Items: items, Start: numbers[st.Questions[0].ID]}}})
	}
	p.Sections = append(p.Sections, b.paperLetterSections()...)
	return p
}

// paperIntro says how to fill the paper in and prints the park's settings.
func (b *planBuilder) paperIntro(park assessment.Park) []Block {
	blocks := []Block{para(b.t(msg("paper.paper_intro.text")))}
	var rows [][]string
	add := func(label assessment.Text, value string) {
		if value = strings.TrimSpace(value); value != "" {
			rows = append(rows, []string{b.t(label), value})
		}
	}
	add(msg("paper.paper_intro.park"), park.Name)
	add(msg("paper.paper_intro.district"), park.District)
	add(msg("paper.paper_intro.contact"), strings.TrimSpace(park.Contact+" "+park.Phone))
	add(msg("paper.paper_intro.hotline"), park.Hotline)
	for n := 1; n <= 3; n++ {
		if d := park.BatchDate(n); d != "" {
			add(assessment.Join(assessment.Text{}, assessment.BatchLabel(n), msg("paper.paper_intro.opens")), d)
		}
	}
	th := park.Thresholds()
	add(msg("paper.paper_intro.category_1_automation_share"),
		strconv.FormatFloat(th.Cat1MinAutomationShare, 'f', -1, 64)+" %")
	add(msg("paper.paper_intro.category_3_floor_area"),
		strconv.FormatFloat(th.Cat3MinAreaPerWorker, 'f', -1, 64)+" m²")
	add(msg("paper.paper_intro.few_workers_employees_at"),
		b.t(msgf("paper.paper_intro.few_workers_max", "n", strconv.FormatFloat(th.FewWorkersMax, 'f', -1, 64))))
	for _, o := range park.Support {
		for _, m := range assessment.SupportMeasures() {
			if m.ID == o.ID {
				add(assessment.Join(assessment.Text{}, msg("paper.paper_intro.support"), m.Label), firstNonEmpty(o.Note, "✓"))
			}
		}
	}
	blocks = append(blocks, para(b.t(msg("paper.paper_intro.text.park_settings"))),
		Block{Kind: TableBlock, Table: &Table{Header: []string{b.t(msg("paper.paper_intro.item")), b.t(msg("paper.paper_intro.setting"))},
			Rows: rows, Widths: []float64{2, 3}}})
	return blocks
}

func firstNonEmpty(s, fallback string) string {
	if strings.TrimSpace(s) != "" {
		return s
	}
	return fallback
}

// paperQuestion writes one question for paper: its label and help, when it
// applies, and where the answer goes.
func (b *planBuilder) paperQuestion(q assessment.Question, numbers map[string]int) string {
	head := b.t(q.Label)
	if h := b.t(q.Help); h != "" {
		head += b.t(msgf("paper.paper_question.text", "h", h))
	}
	if c := b.condText(q.When, numbers); c != "" {
		head += " " + b.t(msgf("paper.paper_question.if", "c", c))
	}
	var answer string
	switch q.Kind {
	case assessment.KindYesNo:
		answer = paperBox + b.t(msg("paper.paper_question.yes")) + "　　" + paperBox + b.t(msg("paper.paper_question.no"))
	case assessment.KindChoice, assessment.KindChoices:
		var cs []string
		width := 0
		for _, c := range q.Choices {
			cs = append(cs, paperBox+b.t(c.Label))
			width += len([]rune(cs[len(cs)-1])) + 2
		}
		// Choices that would not fit on one line go one to a line, so
		// that no label is broken between two lines.
		sep := "　　"
		if width > paperChoicesPerLine {
			sep = "\n"
		}
		answer = strings.Join(cs, sep)
	case assessment.KindNumber:
		answer = paperShort + " " + b.t(q.Unit)
	case assessment.KindDate:
		answer = paperDate
	default:
		answer = paperLine
	}
	return head + "\n" + strings.TrimSpace(answer)
}

// condText says when a question applies, by the numbers of the questions
// it depends on: "第 12 题选“是”".
func (b *planBuilder) condText(c assessment.Cond, numbers map[string]int) string {
	var parts []string
	if c.Question != "" {
		parts = append(parts, b.leafText(c, numbers))
	}
	for _, sub := range c.All {
		if t := b.condText(sub, numbers); t != "" {
			parts = append(parts, t)
		}
	}
	all := strings.Join(parts, b.t(msg("paper.cond_text")))
	var anyOf []string
	for _, sub := range c.Any {
		if t := b.condText(sub, numbers); t != "" {
			anyOf = append(anyOf, t)
		}
	}
	if len(anyOf) > 0 {
		or := strings.Join(anyOf, b.t(msg("paper.cond_text.or")))
		if all == "" {
			return or
		}
		return all + b.t(msg("paper.cond_text")) + "(" + or + ")"
	}
	return all
}

// leafText says one comparison with an answer in words.
func (b *planBuilder) leafText(c assessment.Cond, numbers map[string]int) string {
	n := strconv.Itoa(numbers[c.Question])
	ref := b.t(msgf("paper.leaf_text.question", "n", n))
	q, _ := assessment.Lookup(c.Question)
	value := ""
	switch c.Value.Type {
	case assessment.TypeBool:
		value = b.t(msg("paper.leaf_text.no"))
		if c.Value.Bool {
			value = b.t(msg("paper.leaf_text.yes"))
		}
	case assessment.TypeNumber:
		value = strconv.FormatFloat(c.Value.Num, 'f', -1, 64)
	case assessment.TypeString:
		value = c.Value.Str
		for _, ch := range q.Choices {
			if ch.ID == c.Value.Str {
				value = b.t(ch.Label)
			}
		}
	}
	quoted := b.t(msgf("paper.leaf_text", "value", value))
	switch c.Op {
	case assessment.OpSet:
		return b.t(msgf("paper.leaf_text.answered", "ref", ref))
	case assessment.OpEq, assessment.OpHas:
		return b.t(msgf("paper.leaf_text2", "ref", ref, "quoted", quoted))
	case assessment.OpNe:
		return b.t(msgf("paper.leaf_text.not", "ref", ref, "quoted", quoted))
	case assessment.OpGt:
		return b.t(msgf("paper.leaf_text.over", "ref", ref, "value", value))
	case assessment.OpGe:
		return b.t(msgf("paper.leaf_text.at_least", "ref", ref, "value", value))
	case assessment.OpLt:
		return b.t(msgf("paper.leaf_text.under", "ref", ref, "value", value))
	case assessment.OpLe:
		return b.t(msgf("paper.leaf_text.at_most", "ref", ref, "value", value))
	}
	return ref
}
