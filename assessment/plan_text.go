package assessment

import (
	"strconv"
	"strings"
	"time"
)

// planBuilder holds what every section of a plan reads: the answers as
// given (for the edits), the usable answers (a wrong answer counts as
// missing, as in Evaluate), the result and the language of the text.
type planBuilder struct {
	a    *Answers
	u    *Answers
	r    Result
	q    Quantities
	lang string // "zh" or "en"
	date time.Time
	plan *Plan
}

// s picks the Chinese or the English form of a piece of text.
func (b *planBuilder) s(zh, en string) string {
	if b.lang == "en" && en != "" {
		return en
	}
	return zh
}

// t returns a Text in the plan's language.
func (b *planBuilder) t(t Text) string { return t.In(b.lang) }

// tbd says plainly what is still to be decided, in place of a blank.
func (b *planBuilder) tbd(zh, en string) string {
	return b.s("（待确定："+zh+"）", "(to be decided: "+en+")")
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
		q := label(id)
		end := ""
		if strings.HasSuffix(yesText, "。") || strings.HasSuffix(yesText, ".") {
			end = b.s("。", ".")
		}
		return b.tbd(q.Zh, q.In("en")) + end
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
	return b.tbd("企业名称", "enterprise name")
}

// parkName is the park's name, or the park's managing body in general.
func (b *planBuilder) parkName() string {
	if n := strings.TrimSpace(b.a.Park.Name); n != "" {
		return n
	}
	return b.s("园区管理机构", "the park's management")
}

// qty writes a number with its unit: "120 人", "120 people".
func (b *planBuilder) qty(f float64, zhUnit, enUnit string) string {
	return fmtNum(f) + b.s(" "+zhUnit, " "+enUnit)
}

// count writes the number answer id with its unit, or what is to be
// decided.
func (b *planBuilder) count(id, zhUnit, enUnit string) string {
	if n, ok := b.num(id); ok {
		return b.qty(n, zhUnit, enUnit)
	}
	q := label(id)
	return b.tbd(q.Zh, q.In("en"))
}

// iqty writes a computed quantity, or "" when it could not be computed.
func (b *planBuilder) iqty(n *int, zhUnit, enUnit string) string {
	if n == nil {
		return ""
	}
	return b.qty(float64(*n), zhUnit, enUnit)
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
func (b *planBuilder) who(id, zhRole, enRole string) string {
	o := b.person(id)
	switch {
	case o.name == "":
		return b.tbd(zhRole+"姓名及电话", enRole+": name and phone")
	case o.phone == "":
		return o.name + b.tbd("电话", "phone")
	}
	return o.name + b.s("（电话 "+o.phone+"）", " (phone "+o.phone+")")
}

// leader is the team leader with phone, or what is to be decided.
func (b *planBuilder) leader() string {
	return b.who("leader_name", "防控工作组组长", "team leader")
}

// dateText writes a date as the language writes it: 2026年2月10日,
// 10 February 2026.
func (b *planBuilder) dateText(t time.Time) string {
	if b.lang == "en" {
		return t.Format("2 January 2006")
	}
	return strconv.Itoa(t.Year()) + "年" + strconv.Itoa(int(t.Month())) + "月" + strconv.Itoa(t.Day()) + "日"
}

// day writes a "2006-01-02" date as the language writes it; "" stays "".
func (b *planBuilder) day(iso string) string {
	t, err := time.Parse(time.DateOnly, iso)
	if err != nil {
		return iso
	}
	return b.dateText(t)
}

// batchName names batch n: 第二批, batch 2.
func (b *planBuilder) batchName(n int) string {
	zh := [...]string{"", "第一批", "第二批", "第三批"}
	if n < 1 || n > 3 {
		return b.s("批次待定", "batch undetermined")
	}
	return b.s(zh[n], "batch "+strconv.Itoa(n))
}

// chapterNumber numbers a chapter: "一、", "1. ".
func (b *planBuilder) chapterNumber(n int) string {
	return b.s(cnNumber(n)+"、", strconv.Itoa(n)+". ")
}

// subNumber numbers a section inside a chapter: "（一）", "(1) ".
func (b *planBuilder) subNumber(n int) string {
	return b.s("（"+cnNumber(n)+"）", "("+strconv.Itoa(n)+") ")
}

// cnNumber writes 1–99 in Chinese numerals: 一, 十, 十二, 二十一.
func cnNumber(n int) string {
	digits := []string{"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"}
	switch {
	case n <= 0 || n > 99:
		return strconv.Itoa(n)
	case n < 10:
		return digits[n]
	}
	s := ""
	if n/10 > 1 {
		s = digits[n/10]
	}
	s += "十"
	if n%10 > 0 {
		s += digits[n%10]
	}
	return s
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
