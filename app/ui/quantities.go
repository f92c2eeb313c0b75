package ui

import (
	"strconv"

	"fugong/assessment"
)

// qtyRow is one computed quantity as the result screen lists it: its
// label, its value with unit, and the question that changes it most.
type qtyRow struct {
	Key      string // catalogue key of the label
	Value    string // the number (or date) with its unit, in lang
	Question string // question ID to change it
}

// quantityRows lists the quantities that could be worked out, in lang.
func quantityRows(lang string, q assessment.Quantities) []qtyRow {
	var rows []qtyRow
	num := func(key string, v *float64, unit, question string) {
		if v != nil {
			rows = append(rows, qtyRow{key, strconv.FormatFloat(*v, 'f', -1, 64) + " " + t(lang, unit), question})
		}
	}
	whole := func(key string, v *int, unit, question string) {
		if v != nil {
			rows = append(rows, qtyRow{key, strconv.Itoa(*v) + " " + t(lang, unit), question})
		}
	}
	date := func(key, v, question string) {
		if v != "" {
			rows = append(rows, qtyRow{key, v, question})
		}
	}
	num("qty.area_per_worker", q.AreaPerWorker, "unit.m2", "floor_area_m2")
	whole("qty.masks_needed", q.MasksNeeded14d, "unit.masks", "peak_shift_workers")
	whole("qty.masks_short", q.MasksShort, "unit.masks", "masks_in_stock")
	whole("qty.mask_days", q.MaskDays, "unit.days", "masks_in_stock")
	whole("qty.thermometers_needed", q.ThermometersNeeded, "unit.thermometers", "thermometers")
	whole("qty.isolation_rooms", q.IsolationRooms, "unit.rooms", "isolation_rooms")
	whole("qty.in_quarantine", q.ReturneesInQuarantine, "unit.people", "returnees_cleared")
	date("qty.first_quarantine_ends", q.FirstQuarantineEnds, "returnees_first_return")
	date("qty.quarantine_ends", q.QuarantineEnds, "returnees_last_return")
	num("qty.dorm_per_room", q.DormPeoplePerRoom, "unit.people", "dorm_rooms")
	num("qty.dorm_area_per_person", q.DormAreaPerPerson, "unit.m2", "dorm_area_m2")
	whole("qty.dorm_rooms_needed", q.DormRoomsNeeded, "unit.rooms", "dorm_rooms")
	num("qty.dorm_area_needed", q.DormAreaNeeded, "unit.m2", "dorm_area_m2")
	whole("qty.canteen_seats", q.CanteenSeatsAt1m, "unit.seats", "canteen_seats")
	whole("qty.canteen_sittings", q.CanteenSittings, "unit.sittings", "canteen_seats")
	return rows
}
