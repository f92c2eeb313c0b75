package assessment

import "strconv"

// Park is a park's own setup, carried by the park's link and copied into
// every answers file made from it. All fields are optional; a threshold
// left nil takes the ruleset's default (see DefaultThresholds).
type Park struct {
	Name     string `json:"name,omitempty"`
	Category int    `json:"category,omitempty"` // the park's own category 1–4, 0 when not set
	District string `json:"district,omitempty"`
	Contact  string `json:"contact,omitempty"` // the park desk's contact person
	Phone    string `json:"phone,omitempty"`
	Hotline  string `json:"hotline,omitempty"` // the park's symptom or service hotline

	// Opening dates of the three batches, "2006-01-02".
	Batch1 string `json:"batch1,omitempty"`
	Batch2 string `json:"batch2,omitempty"`
	Batch3 string `json:"batch3,omitempty"`

	Cat1MinAutomationShare *float64 `json:"cat1_min_automation_share,omitempty"` // %, 1–100
	Cat3MinAreaPerWorker   *float64 `json:"cat3_min_area_per_worker,omitempty"`  // m², 1–100
	FewWorkersMax          *float64 `json:"few_workers_max,omitempty"`           // people, 0–1000, whole

	Support []Offer `json:"support,omitempty"` // support measures the park offers
	Lang    string  `json:"lang,omitempty"`    // the park's default language

	// Zones are the park's 片区, as its staff name them; an enterprise
	// picks its own (the question zone, asked only when there are zones).
	Zones []string `json:"zones,omitempty"`
	// Industries are the park's own industries, offered in the question
	// industry beside the kit's list (IndustryChoices).
	Industries []string `json:"industries,omitempty"`

	unknown []string // keys of the park object that the format does not know
}

// Offer is one support measure a park offers, with the park's own note
// (whom to call, what to bring).
type Offer struct {
	ID   string `json:"id"` // one of SupportMeasures' IDs
	Note string `json:"note,omitempty"`
}

// Thresholds are the numbers a park may change in the ruleset. Its logic
// stays the same.
type Thresholds struct {
	Cat1MinAutomationShare float64 `json:"cat1_min_automation_share"` // %
	Cat3MinAreaPerWorker   float64 `json:"cat3_min_area_per_worker"`  // m² per worker
	FewWorkersMax          float64 `json:"few_workers_max"`           // employees_total below this is "few"
}

// DefaultThresholds are ruleset 2026.2's thresholds (unchanged since 2026.1), used when a park sets
// none: 70 %, 10 m² and 20 people (the industrial micro-enterprise line).
var DefaultThresholds = Thresholds{
	Cat1MinAutomationShare: 70,
	Cat3MinAreaPerWorker:   10,
	FewWorkersMax:          20,
}

// The sane ranges of the park's thresholds; a value outside is reported
// by Validate and replaced by the default.
var (
	rangeCat1   = [2]float64{1, 100}
	rangeCat3   = [2]float64{1, 100}
	rangeFewMax = [2]float64{0, 1000}
)

// Thresholds returns the park's thresholds, with the default for every one
// that is unset or out of range.
func (p Park) Thresholds() Thresholds {
	t := DefaultThresholds
	if inRange(p.Cat1MinAutomationShare, rangeCat1) {
		t.Cat1MinAutomationShare = *p.Cat1MinAutomationShare
	}
	if inRange(p.Cat3MinAreaPerWorker, rangeCat3) {
		t.Cat3MinAreaPerWorker = *p.Cat3MinAreaPerWorker
	}
	if inRange(p.FewWorkersMax, rangeFewMax) && isWhole(*p.FewWorkersMax) {
		t.FewWorkersMax = *p.FewWorkersMax
	}
	return t
}

// BatchDate returns the park's opening date of batch n (1–3), or "".
func (p Park) BatchDate(n int) string {
	switch n {
	case 1:
		return p.Batch1
	case 2:
		return p.Batch2
	case 3:
		return p.Batch3
	}
	return ""
}

func inRange(f *float64, r [2]float64) bool {
	return f != nil && *f >= r[0] && *f <= r[1]
}

// parkKeys are the keys a park object may hold.
var parkKeys = map[string]bool{
	"name": true, "category": true, "district": true, "contact": true,
	"phone": true, "hotline": true, "batch1": true, "batch2": true,
	"batch3": true, "cat1_min_automation_share": true,
	"cat3_min_area_per_worker": true, "few_workers_max": true,
	"support": true, "lang": true, "zones": true, "industries": true,
}

// ValidatePark checks the park's setup: lengths, ranges, phones, dates,
// known support measures. Its problems name fields as "park.NAME".
func ValidatePark(p Park) []Problem {
	var ps []Problem
	add := func(code, field string, msg Text) {
		ps = append(ps, Problem{Code: code, Question: "park." + field, Severity: Error, Message: msg})
	}
	for _, f := range []struct {
		name, value string
		label       Text
		max         int
	}{
		{"name", p.Name, msg("park.name"), 100},
		{"district", p.District, msg("park.district"), 100},
		{"contact", p.Contact, msg("park.contact"), 50},
		{"phone", p.Phone, msg("park.phone"), 30},
		{"hotline", p.Hotline, msg("park.hotline"), 30},
	} {
		if tp := textProblem("park."+f.name, f.label, f.value, f.max, false); tp != nil {
			ps = append(ps, *tp)
		}
	}
	if p.Category != 0 && (p.Category < 1 || p.Category > 4) {
		add(CodeRange, "category", msg("park.validate_park.park_category_must_1"))
	}
	if p.Phone != "" && !ValidPhone(p.Phone) {
		add(CodePhone, "phone", MsgPhone(msg("park.validate_park.label")))
	}
	if p.Hotline != "" && !ValidHotline(p.Hotline) {
		add(CodePhone, "hotline", MsgPhone(msg("park.validate_park.label.park_hotline")))
	}
	var last string
	for i, d := range []string{p.Batch1, p.Batch2, p.Batch3} {
		field := "batch" + strconv.Itoa(i+1)
		if d == "" {
			continue
		}
		if !ValidDate(d) {
			add(CodeDate, field, msgDate(batchLabel(i+1), d))
			continue
		}
		if last != "" && d < last {
			add(CodeInconsistent, field, msg("park.validate_park.each_batch_must_open"))
		}
		last = d
	}
	for _, th := range []struct {
		name  string
		label Text
		value *float64
		r     [2]float64
		whole bool
	}{
		{"cat1_min_automation_share", msg("park.cat1_min_automation_share"), p.Cat1MinAutomationShare, rangeCat1, false},
		{"cat3_min_area_per_worker", msg("park.cat3_min_area_per_worker"), p.Cat3MinAreaPerWorker, rangeCat3, false},
		{"few_workers_max", msg("park.few_workers_max"), p.FewWorkersMax, rangeFewMax, true},
	} {
		if th.value == nil {
			continue
		}
		if !inRange(th.value, th.r) {
			add(CodeRange, th.name, msgRange(th.label, th.r[0], th.r[1], Text{}))
		} else if th.whole && !isWhole(*th.value) {
			add(CodeWhole, th.name, msgWhole(th.label))
		}
	}
	seen := map[string]bool{}
	for _, o := range p.Support {
		if _, ok := supportByID[o.ID]; !ok {
			add(CodeUnknownChoice, "support", msgf("park.validate_park.unknown_support_measure", "id", o.ID))
		} else if seen[o.ID] {
			add(CodeInconsistent, "support", msgf("park.validate_park.support_measure_listed_twice", "id", o.ID))
		}
		seen[o.ID] = true
		if tp := textProblem("park.support", msg("park.park.support.label"), o.Note, 200, false); tp != nil {
			ps = append(ps, *tp)
		}
	}
	if p.Lang != "" && !ValidLang(p.Lang) {
		add(CodeLang, "lang", msgLang(p.Lang))
	}
	ps = append(ps, validateNames("zones", msg("park.zones.label"), p.Zones)...)
	ps = append(ps, validateNames("industries", msg("park.industries.label"), p.Industries)...)
	for _, k := range p.unknown {
		k := shown(k)
		ps = append(ps, Problem{Code: CodeUnknownField, Question: "park." + k, Severity: Warning,
			Message: msgf("park.validate_park.message", "k", k)})
	}
	return ps
}

// batchLabel names batch n's opening date.
func batchLabel(n int) Text {
	k := strconv.Itoa(n)
	return msg("park.batch_label." + k)
}
