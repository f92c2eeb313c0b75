package assessment

import (
	"math"
	"time"
)

// Limits the plan works with (national guidance of 2020).
const (
	MasksPerDay          = 2   // masks per person per day
	SupplyDays           = 14  // days of supplies to hold
	QuarantineDays       = 14  // days of quarantine for medium/high-risk returnees
	DormMaxPerRoom       = 6   // people per dormitory room
	DormMinAreaPerPerson = 2.5 // m² per dormitory resident
	CanteenSeatShare     = 4   // one seat in CanteenSeatShare is used at 1 m spacing, no one face to face
)

// Quantities are the numbers a plan can work out instead of leaving
// blanks. A field is nil (or "") when the answers it needs are missing.
type Quantities struct {
	AreaPerWorker         *float64 `json:"area_per_worker_m2,omitempty"`          // floor_area_m2 / peak_shift_workers, m²
	MasksNeeded14d        *int     `json:"masks_needed_14d,omitempty"`            // employees_total × 2 × 14: everyone employed, over all shifts
	MasksShort            *int     `json:"masks_short,omitempty"`                 // masks still to buy for 14 days, 0 when enough
	MaskDays              *int     `json:"mask_days,omitempty"`                   // whole days the masks in stock last at 2 a day for everyone employed
	ThermometersNeeded    *int     `json:"thermometers_needed,omitempty"`         // one per entrance
	IsolationRooms        *int     `json:"isolation_rooms,omitempty"`             // isolation rooms the enterprise has
	IsolationRoomsNeeded  int      `json:"isolation_rooms_needed"`                // at least 1
	ReturneesInQuarantine *int     `json:"returnees_in_quarantine,omitempty"`     // returnees_mid_high_risk − returnees_cleared: not yet cleared
	ReturneesOnSite       *int     `json:"returnees_uncleared_on_site,omitempty"` // not yet cleared and not in quarantine away from work: must be 0
	FirstQuarantineEnds   string   `json:"first_quarantine_ends,omitempty"`       // returnees_first_return + 14 days, or the first of returnees_quarantine_ends
	QuarantineEnds        string   `json:"quarantine_ends,omitempty"`             // returnees_last_return + 14 days, or the last of returnees_quarantine_ends: every returnee done
	DormPeoplePerRoom     *float64 `json:"dorm_people_per_room,omitempty"`        // dorm_residents / dorm_rooms
	DormAreaPerPerson     *float64 `json:"dorm_area_per_person_m2,omitempty"`     // dorm_area_m2 / dorm_residents, m²
	DormRoomsNeeded       *int     `json:"dorm_rooms_needed,omitempty"`           // rooms for the residents at 6 per room
	DormAreaNeeded        *float64 `json:"dorm_area_needed_m2,omitempty"`         // m² for the residents at 2.5 m² each
	CanteenSeatsAt1m      *int     `json:"canteen_seats_at_1m,omitempty"`         // seats usable at 1 m spacing: seats / 4, at least 1
	CanteenSittings       *int     `json:"canteen_sittings,omitempty"`            // sittings to feed the biggest shift
}

// quantities works the numbers out from usable answers.
func quantities(u *Answers) Quantities {
	q := Quantities{IsolationRoomsNeeded: 1}
	n := u.Number
	peak, okPeak := n("peak_shift_workers")
	if area, ok := n("floor_area_m2"); ok && okPeak {
		q.AreaPerWorker = fp(area / peak)
	}
	if staff, ok := n("employees_total"); ok {
		need := int(staff) * MasksPerDay * SupplyDays
		q.MasksNeeded14d = &need
		if stock, ok := n("masks_in_stock"); ok {
			q.MasksShort = ip(max(0, need-int(stock)))
			if staff > 0 {
				q.MaskDays = ip(int(stock) / (int(staff) * MasksPerDay))
			}
		}
	}
	if e, ok := n("entrances"); ok {
		q.ThermometersNeeded = ip(int(e))
	}
	if r, ok := n("isolation_rooms"); ok {
		q.IsolationRooms = ip(int(r))
	}
	if mh, ok := n("returnees_mid_high_risk"); ok && mh > 0 {
		if c, ok := n("returnees_cleared"); ok {
			q.ReturneesInQuarantine = ip(max(0, int(mh)-int(c)))
			away, okAway := n("returnees_in_quarantine")
			if okAway || c >= mh {
				q.ReturneesOnSite = ip(max(0, int(mh)-int(c)-int(away)))
			}
		}
		q.FirstQuarantineEnds = addDays(u.Str("returnees_first_return"), QuarantineDays)
		q.QuarantineEnds = addDays(u.Str("returnees_last_return"), QuarantineDays)
		if gs := quarantineEnds(u); len(gs) > 0 {
			q.FirstQuarantineEnds, q.QuarantineEnds = gs[0].Date, gs[len(gs)-1].Date
		}
	}
	if res, ok := n("dorm_residents"); ok && res > 0 {
		q.DormRoomsNeeded = ip(int(math.Ceil(res / DormMaxPerRoom)))
		q.DormAreaNeeded = fp(res * DormMinAreaPerPerson)
		if rooms, ok := n("dorm_rooms"); ok {
			q.DormPeoplePerRoom = fp(res / rooms)
		}
		if area, ok := n("dorm_area_m2"); ok {
			q.DormAreaPerPerson = fp(area / res)
		}
	}
	if c, _ := u.Bool("has_canteen"); c {
		if seats, ok := n("canteen_seats"); ok {
			at1m := max(1, int(seats)/CanteenSeatShare)
			q.CanteenSeatsAt1m = &at1m
			if okPeak {
				q.CanteenSittings = ip((int(peak) + at1m - 1) / at1m)
			}
		}
	}
	return q
}

// addDays returns the date days after date ("2006-01-02"), or "".
func addDays(date string, days int) string {
	t, err := time.Parse(time.DateOnly, date)
	if err != nil {
		return ""
	}
	return t.AddDate(0, 0, days).Format(time.DateOnly)
}

func ip(n int) *int { return &n }

// fp rounds f to two decimals and returns a pointer to it.
func fp(f float64) *float64 {
	f = math.Round(f*100) / 100
	return &f
}
