package documents

import (
	"sort"
	"strings"
	"time"

	"fugong/assessment"
)

// CustomSectionPrefix starts the key of an edit that adds a section of the
// enterprise's own to the prevention plan: "custom.<anything>". The
// section's title is the first line of the text, its body the rest.
const CustomSectionPrefix = "custom."

// BuildPlan builds the printable plan for answers a and their result r
// (Evaluate(a)), dated date: the cover, the self-assessment result, the
// prevention plan (疫情防控方案), the emergency plan (应急预案), the staff
// summary, the park's support measures (when its link set any) and the
// commitment letter (复工复产承诺书) in two copies.
//
// The text is in a.Language() — Chinese, the language of record, English,
// Japanese or Korean — and Plan.Lang says which. The commitment letter
// always carries the Chinese text first, then its translation and a line
// saying the Chinese text prevails. Every blank the answers can fill is filled
// (names, phones, numbers, the quantities of r); where an answer is
// missing the text says what is still to be decided ("（待确定：…）")
// rather than leaving a gap, and no person is ever made up.
//
// The enterprise's own text in a.Edits replaces the generated blocks of
// the section with that ID (Section.Edited is then set), and edits keyed
// CustomSectionPrefix+"…" add sections at the end of the prevention plan;
// PlanSections lists the IDs. BuildPlan only reads a: the edits survive
// every rebuild. The same answers, result and date always give the same
// Plan.
func BuildPlan(a *assessment.Answers, r assessment.Result, date time.Time) *Plan {
	if a == nil {
		a = &assessment.Answers{}
	}
	if r.Ruleset == "" {
		r.Ruleset = assessment.RulesetVersion
	}
	b := &planBuilder{a: a, u: assessment.Usable(a), r: r, q: r.Quantities, lang: "zh", date: date}
	if l := a.Language(); assessment.ValidLang(l) {
		b.lang = l
	}
	id := assessment.PlanID(a)
	p := &Plan{
		ID:         id,
		Lang:       b.lang,
		Title:      b.t(planTitle),
		Enterprise: b.enterprise(),
		Park:       strings.TrimSpace(a.Park.Name),
		Date:       b.dateText(date),
		Ruleset:    r.Ruleset,
		Footer:     b.t(msgf("plan.build_plan.footer", "id", id, "ruleset", r.Ruleset)),
		PageFormat: b.t(msg("plan.build_plan.page_format")),
		QR:         id,
	}
	b.plan = p
	p.Sections = b.sections()
	b.markInconsistent(p)
	for i := range p.Sections {
		cleanSection(&p.Sections[i], b.lang)
	}
	return p
}

// SectionInfo describes one section a plan may hold: its stable ID (the key
// of an edit), its title without numbering, and whether the enterprise may
// replace its text. Sections that depend on the answers (the canteen, the
// dormitory, the commute, support measures) appear only when they apply.
type SectionInfo struct {
	ID       string
	Title    assessment.Text
	Level    int  // 1 for a chapter, 2 for a section inside it
	Editable bool // an edit keyed ID replaces the generated text
}

// PlanSections lists every section a plan may hold, in reading order.
// Custom sections (CustomSectionPrefix) come after "prevention.training".
func PlanSections() []SectionInfo {
	out := make([]SectionInfo, len(planSections))
	for i, d := range planSections {
		out[i] = SectionInfo{ID: d.id, Title: d.title, Level: d.level, Editable: d.editable}
	}
	return out
}

// PlanSectionIDs returns the IDs of PlanSections, in order.
func PlanSectionIDs() []string {
	ids := make([]string, len(planSections))
	for i, d := range planSections {
		ids[i] = d.id
	}
	return ids
}

// EditableSection reports whether an edit keyed id is used by BuildPlan:
// an editable section's ID or a custom section.
func EditableSection(id string) bool {
	if strings.HasPrefix(id, CustomSectionPrefix) && len(id) > len(CustomSectionPrefix) {
		return true
	}
	for _, d := range planSections {
		if d.id == id {
			return d.editable
		}
	}
	return false
}

// sectionDef is one section of a plan, as data: its ID, title, level,
// whether it starts a page, whether edits may replace it, when it applies
// and how its blocks are built.
type sectionDef struct {
	id        string
	title     assessment.Text
	level     int
	newPage   bool
	numbered  bool // the title gets a number: 一、 for chapters, （一） inside them
	bilingual bool // the title is in Chinese, then in the plan's language
	editable  bool
	applies   func(b *planBuilder) bool                    // nil: always
	retitle   func(b *planBuilder) (assessment.Text, bool) // nil: title; else another title, when it says so
	build     func(b *planBuilder) []Block
}

// planSections is every section, in reading order; each chapter's file
// defines its own sections.
var planSections = concat(coverSections, resultSections, preventionSections,
	emergencySections, staffSections, supportSections, letterSections)

func concat(groups ...[]sectionDef) []sectionDef {
	var out []sectionDef
	for _, g := range groups {
		out = append(out, g...)
	}
	return out
}

// sections builds the plan's sections: those that apply, numbered, with the
// enterprise's edits laid over them and its custom sections added.
func (b *planBuilder) sections() []Section {
	var out []Section
	chapter, sub := 0, 0
	add := func(d sectionDef, s Section) {
		if d.numbered {
			if s.Level == 1 {
				chapter++
				sub = 0
				s.Title = b.chapterNumber(chapter) + s.Title
			} else {
				sub++
				s.Title = b.subNumber(sub) + s.Title
			}
		}
		out = append(out, s)
	}
	for _, d := range planSections {
		if d.applies != nil && !d.applies(b) {
			continue
		}
		title := d.title
		if d.retitle != nil {
			if t, ok := d.retitle(b); ok {
				title = t
			}
		}
		s := Section{ID: d.id, Title: b.t(title), Level: d.level, NewPage: d.newPage}
		if d.bilingual && b.lang != "zh" {
			s.Title = title.Zh + " / " + s.Title
		}
		if text, ok := b.edit(d.id); ok && d.editable {
			s.Blocks, s.Edited = editBlocks(text), true
		} else {
			b.claims = nil
			s.Blocks = d.build(b)
			s.BeforeWork = b.claims
		}
		add(d, s)
		if d.id == "prevention.training" {
			for _, c := range b.customSections() {
				add(sectionDef{numbered: true}, c)
			}
		}
	}
	return out
}

// edit returns the enterprise's own text for section id, if it has any.
func (b *planBuilder) edit(id string) (string, bool) {
	text, ok := b.a.Edits[id]
	if !ok || strings.TrimSpace(text) == "" {
		return "", false
	}
	return text, true
}

// customSections are the enterprise's own sections, by key order.
func (b *planBuilder) customSections() []Section {
	var keys []string
	for k := range b.a.Edits {
		if EditableSection(k) && strings.HasPrefix(k, CustomSectionPrefix) {
			if _, ok := b.edit(k); ok {
				keys = append(keys, k)
			}
		}
	}
	sort.Strings(keys)
	var out []Section
	for _, k := range keys {
		text := strings.TrimSpace(normalizeNewlines(b.a.Edits[k]))
		title, body, _ := strings.Cut(text, "\n")
		out = append(out, Section{ID: k, Title: strings.TrimSpace(title), Level: 2,
			Edited: true, Blocks: editBlocks(body)})
	}
	return out
}

// editBlocks turns the enterprise's text into paragraphs, split on blank
// lines.
func editBlocks(text string) []Block {
	var blocks []Block
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			blocks = append(blocks, para(strings.Join(cur, "\n")))
			cur = nil
		}
	}
	for _, line := range strings.Split(normalizeNewlines(text), "\n") {
		line = strings.TrimRight(line, " \t")
		if strings.TrimSpace(line) == "" {
			flush()
			continue
		}
		cur = append(cur, line)
	}
	flush()
	return blocks
}

func normalizeNewlines(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
}

// cleanSection writes temperatures as °C (the PDF font draws ℃ blank),
// then sets the text as lang prints it (assessment.PrintStyle): the space
// before a full-width parenthesis, square metres as a symbol or in words.
func cleanSection(s *Section, lang string) {
	style := assessment.PrintStyle(lang)
	fix := func(t string) string { return style(strings.ReplaceAll(t, "℃", "°C")) }
	s.Title = fix(s.Title)
	for i := range s.Blocks {
		bl := &s.Blocks[i]
		bl.Text = fix(bl.Text)
		for j := range bl.Items {
			bl.Items[j] = fix(bl.Items[j])
		}
		if bl.Table != nil {
			for j := range bl.Table.Header {
				bl.Table.Header[j] = fix(bl.Table.Header[j])
			}
			for _, row := range bl.Table.Rows {
				for j := range row {
					row[j] = fix(row[j])
				}
			}
		}
	}
}
