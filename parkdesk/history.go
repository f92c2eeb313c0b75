package parkdesk

// DayFigures is one day of an enterprise's history as the park's picture
// counts it: figures alone, dates as day numbers. A registry opens with
// 150,000 of them: without texts, they cost a phone a fifth of the memory
// of its reports (DailyReport) and nothing for the garbage collector to
// walk, and the picture compares numbers, not dates written out.
type DayFigures struct {
	Day          int32 // the report's date, days since 2000-01-01
	BatchDay     int32 // its batch's opening date, days since 2000-01-01; -1 when unknown
	OnSite       int32
	Quarantine   int32
	AbnormalTemp int32
	NewCases     int32
}

// dayFiguresOf is the figures of r, whose dates are valid (a decoded or
// stored report).
func dayFiguresOf(r *DailyReport) DayFigures {
	bd := -1
	if r.BatchDate != "" {
		bd = dayNumber(r.BatchDate)
	}
	return DayFigures{Day: int32(dayNumber(r.Date)), BatchDay: int32(bd), OnSite: int32(r.OnSite),
		Quarantine: int32(r.Quarantine), AbnormalTemp: int32(r.AbnormalTemp), NewCases: int32(r.NewCases)}
}
