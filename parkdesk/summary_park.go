package parkdesk

// The park's fields of a summary code (version 2; see summary.go): the
// zone, the industry, 规上 and 四上.

// summaryIndustries pins the position of the kit's industries (the
// question industry's choices) in a code. Positions are never reordered
// or reused: a new industry is appended here, wherever the form shows it.
var summaryIndustries = []string{
	"machinery", "electronics", "chemicals", "pharma", "food", "textiles", "materials",
	"logistics", "automotive", "metals", "construction", "trade", "services", "other",
}

// hasParkFields reports whether s carries any of the park's fields, and
// so is written as version 2.
func (s Summary) hasParkFields() bool {
	return s.Zone != "" || s.Industry != "" || s.AboveScale != Unanswered || s.FourAbove != Unanswered
}

func (w *sumWriter) parkFields(s Summary) {
	if !s.hasParkFields() {
		return
	}
	if s.AboveScale > AnsweredYes || s.FourAbove > AnsweredYes {
		w.fail("规上 or 四上 out of range")
	}
	flags := byte(s.AboveScale&3)<<2 | byte(s.FourAbove&3)<<4
	if s.Zone != "" {
		flags |= 1
	}
	if s.Industry != "" {
		flags |= 2
	}
	w.Byte(flags)
	if s.Zone != "" {
		w.text(s.Zone, MaxSummaryPark, "the zone")
	}
	if s.Industry != "" {
		w.id(s.Industry, summaryIndustries, "the industry")
	}
}

func (r sumReader) parkFields(s *Summary) {
	flags := r.Byte()
	if flags == 0 || flags>>6 != 0 {
		r.Fail() // version 2 carries at least one field
	}
	s.AboveScale = YesNo(flags >> 2 & 3)
	s.FourAbove = YesNo(flags >> 4 & 3)
	if flags&1 != 0 {
		s.Zone = r.text()
	}
	if flags&2 != 0 {
		s.Industry = r.id(summaryIndustries)
	}
}
