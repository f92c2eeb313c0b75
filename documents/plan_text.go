package documents

import (
	"strconv"
	"strings"
	"time"

	"fugong/assessment"
)

// planBuilder holds what every section of a plan reads: the answers as
// given (for the edits), the usable answers (a wrong answer counts as
// missing, as in Evaluate), the result and the language of the text.
type planBuilder struct {
	a    *assessment.Answers
	u    *assessment.Answers
	r    assessment.Result
	q    assessment.Quantities
	lang string // "zh", "en", "ja" or "ko"
	date time.Time
	plan *Plan

	claims []string // items the section being built says must be met before work resumes
}

// t returns a Text in the plan's language.
func (b *planBuilder) t(t assessment.Text) string { return t.In(b.lang) }

// tbdText says plainly what is still to be decided, in place of a blank:
// the answer to a question, a name, a phone.
func (b *planBuilder) tbdText(what assessment.Text) string {
	return b.t(msgf("plan.text.tbd", "what", what))
}

// str returns a usable text answer, or "".
func (b *planBuilder) str(id string) string { return b.u.Str(id) }

// num returns a usable number answer.
func (b *planBuilder) num(id string) (float64, bool) { return b.u.Number(id) }

// yes returns a usable yes/no answer: (answer, answered).
func (b *planBuilder) yes(id string) (bool, bool) { return b.u.Bool(id) }

// positive reports whether the number id is answered and above 0.
func (b *planBuilder) positive(id string) bool {
	n, ok := b.num(id)
	return ok && n > 0
}

// choose returns yesText, noText or what is to be decided, by the yes/no
// answer id. When the texts are sentences, so is what is to be decided.
func (b *planBuilder) choose(id, yesText, noText string) string {
	v, ok := b.yes(id)
	switch {
	case !ok:
		end := ""
		switch {
		case strings.HasSuffix(yesText, "。"):
			end = "。"
		case strings.HasSuffix(yesText, "."):
			end = "."
		}
		return b.tbdText(assessment.Label(id)) + end
	case v:
		return yesText
	}
	return noText
}

// enterprise is the enterprise's name, or what is to be decided.
func (b *planBuilder) enterprise() string {
	if n := b.str("name"); n != "" {
		return n
	}
	return b.tbdText(msg("plan.text.tbd.enterprise_name"))
}

// parkName is the park's name, or the park's managing body in general.
func (b *planBuilder) parkName() string {
	if n := strings.TrimSpace(b.a.Park.Name); n != "" {
		return n
	}
	return b.t(msg("plan.text.park_management"))
}

// The units of the plan's numbers, each the key of a template
// "plan.text.unit.<unit>" with the number in {n}: Chinese counters
// (120 人, 只, 间), English singular and plural, Japanese 人/枚/室, Korean
// 명/장/실; a unit in Latin letters (m²) is set off by a space in every
// language.
const (
	uPeople   = "people"
	uMasks    = "masks"
	uRooms    = "rooms"
	uThermo   = "thermometers"
	uDays     = "days"
	uSeats    = "seats"
	uSittings = "sittings"
	uSqm      = "square_metres"
)

// qty writes a number with its unit: "120 人", "120 people", "120人",
// "120명".
func (b *planBuilder) qty(f float64, unit string) string {
	return b.t(msgf("plan.text.unit."+unit, "n", assessment.FormatNumber(f)))
}

// count writes the number answer id with its unit, or what is to be
// decided.
func (b *planBuilder) count(id string, u string) string {
	if n, ok := b.num(id); ok {
		return b.qty(n, u)
	}
	return b.tbdText(assessment.Label(id))
}

// iqty writes a computed quantity, or "" when it could not be computed.
func (b *planBuilder) iqty(n *int, u string) string {
	if n == nil {
		return ""
	}
	return b.qty(float64(*n), u)
}

// namedPerson is a named person with their phone.
type namedPerson struct {
	name, phone string
}

// person returns the person named by answer id and their phone (answer
// id+"_phone"); name is "" when not named. The team leader's phone is
// leader_phone.
func (b *planBuilder) person(id string) namedPerson {
	phoneID := id + "_phone"
	if id == "leader_name" {
		phoneID = "leader_phone"
	}
	if id == "contact_name" {
		phoneID = "contact_phone"
	}
	return namedPerson{name: b.str(id), phone: b.str(phoneID)}
}

// who writes a named person with their phone — "张伟（电话 13605391122）" —
// or says the person for role is still to be decided. A named person
// without a usable phone gets the phone marked as to be decided.
func (b *planBuilder) who(id string, role assessment.Text) string {
	o := b.person(id)
	switch {
	case o.name == "":
		return b.tbdText(msgf("plan.text.tbd.role_name_phone", "role", role))
	case o.phone == "":
		return o.name + b.tbdText(msg("plan.text.tbd.phone"))
	}
	return b.t(msgf("plan.text.with_phone", "name", o.name, "phone", o.phone))
}

// The roles the plan names people for.
var (
	roleLeader       = msg("plan.text.role_leader")
	roleTemperature  = msg("plan.text.role_temperature")
	roleDisinfection = msg("plan.text.role_disinfection")
	roleSupplies     = msg("plan.text.role_supplies")
	roleReporting    = msg("plan.text.role_reporting")
)

// leader is the team leader with phone, or what is to be decided.
func (b *planBuilder) leader() string {
	return b.who("leader_name", roleLeader)
}

// dateText writes a date as the language writes it (dateIn).
func (b *planBuilder) dateText(t time.Time) string { return assessment.FormatDate(t, b.lang) }

// day writes a "2006-01-02" date as the language writes it; "" stays "".
func (b *planBuilder) day(iso string) string {
	t, err := time.Parse(time.DateOnly, iso)
	if err != nil {
		return iso
	}
	return b.dateText(t)
}

// batchName names batch n: 第二批, Batch 2, 第2陣, 제2차.
func (b *planBuilder) batchName(n int) string {
	if n < 1 || n > 3 {
		return b.t(msg("plan.text.batch.undetermined"))
	}
	k := strconv.Itoa(n)
	return b.t(msg("plan.text.batch." + k))
}

// chapterNumber numbers a chapter: "一、", "1. ".
func (b *planBuilder) chapterNumber(n int) string {
	return b.t(msgf("plan.text.chapter_number", "n", assessment.Numeral(n)))
}

// subNumber numbers a section inside a chapter: "（一）", "(1) ", "（1）".
func (b *planBuilder) subNumber(n int) string {
	return b.t(msgf("plan.text.sub_number", "n", assessment.Numeral(n)))
}

// sentences joins parts into one paragraph, leaving out empty ones.
func sentences(parts ...string) string {
	var out []string
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, "")
}

// para, list and table build blocks.
func para(text string) Block { return Block{Kind: Paragraph, Text: text} }

func list(items ...string) Block {
	var out []string
	for _, it := range items {
		if it != "" {
			out = append(out, it)
		}
	}
	return Block{Kind: List, Items: out}
}

func table(header []string, rows [][]string, widths ...float64) Block {
	return Block{Kind: TableBlock, Table: &Table{Header: header, Rows: rows, Widths: widths}}
}
