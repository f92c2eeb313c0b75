package roster

import "strings"

// Import reads the data rows of a table through the column mapping.
// Empty rows are skipped (and counted); every other row becomes a person,
// or, when something in it cannot be read or it repeats a person already
// read, is set aside with its row number and the reasons. Nothing is
// dropped. Quarantine dates are completed (Person.Complete).
func Import(rows []Row, cols Columns) (r Roster, empty int) {
	seen := map[string]int{} // key → row number of its first record
	for _, row := range rows {
		if filled(row.Cells) == 0 {
			empty++
			continue
		}
		p, problems := readRow(row.Cells, cols)
		p.Complete()
		problems = append(problems, Check(p)...)
		problems = unique(problems)
		k := key(p)
		if first, dup := seen[k]; dup && p.Name != "" {
			problems = append(problems, Problem{Code: ProblemDuplicate, Value: p.Name, Other: first})
		}
		if len(problems) > 0 {
			r.Aside = append(r.Aside, Aside{Row: row.Line, Person: p, Cells: asideCells(row.Cells, cols), Problems: problems})
			continue
		}
		seen[k] = row.Line
		r.People = append(r.People, p)
	}
	return r, empty
}

// readRow reads one row's cells into a person, with the problems of the
// cells that are not what their column holds.
func readRow(cells []string, cols Columns) (p Person, ps []Problem) {
	for i, f := range cols {
		if i >= len(cells) {
			break
		}
		v := strings.TrimSpace(cells[i])
		bad := func(code string) { ps = append(ps, Problem{Field: f, Code: code, Value: v}) }
		switch f {
		case FieldName:
			p.Name = v
			if hasSpace(v) {
				p.Name = strings.Join(strings.Fields(v), " ")
			}
		case FieldDepartment:
			p.Department = v
		case FieldPhone:
			p.Phone = NormalPhone(v)
		case FieldRegion:
			p.Region = v
			if !cols.Has(FieldRisk) {
				// No risk column: a region that says its level gives it.
				if r, ok := ParseRisk(v); ok && r != RiskNone {
					p.Risk = r
				}
			}
		case FieldRisk:
			r, ok := ParseRisk(v)
			if !ok {
				bad(ProblemRisk)
			}
			p.Risk = r
		case FieldReturned, FieldQuarantineStart, FieldQuarantineEnd:
			d := v
			if v != "" {
				var ok bool
				if d, ok = ParseDate(v); !ok {
					d = v // kept as written, for the user to fix
				}
			}
			switch f {
			case FieldReturned:
				p.Returned = d
			case FieldQuarantineStart:
				p.QuarantineStart = d
			default:
				p.QuarantineEnd = d
			}
		case FieldClass:
			c, ok := ParseClass(v)
			if !ok {
				bad(ProblemClass)
			}
			p.Class = c
		case FieldOnSite:
			y, ok := ParseYesNo(v)
			if !ok {
				bad(ProblemYesNo)
			}
			p.OnSite = y
		case FieldHealth:
			h, ok := ParseHealth(v)
			if !ok {
				bad(ProblemHealth)
			}
			p.Health = h
			if h == HealthUnwell && p.Note == "" && !bareHealth(v) {
				p.Note = v
			}
		case FieldNote:
			if p.Note != "" && v != "" {
				p.Note += "；"
			}
			p.Note += v
		}
	}
	return p, ps
}

// CellText is cell v of a column of field f as the user is shown it
// before it is read: in a date column, a date as the roster writes it
// (2026-02-10, not the serial number 46063 or 2026/2/10); any other cell,
// and a date that is not one, as it is.
func CellText(f Field, v string) string {
	if f == FieldReturned || f == FieldQuarantineStart || f == FieldQuarantineEnd {
		if d, ok := ParseDate(v); ok {
			return d
		}
	}
	return v
}

// asideCells is a row's cells as a row set aside keeps them (CellText):
// the user fixing it reads its dates as dates.
func asideCells(cells []string, cols Columns) []string {
	out := make([]string, len(cells))
	for i, v := range cells {
		if i < len(cols) {
			v = CellText(cols[i], v)
		}
		out[i] = v
	}
	return out
}

// unique drops a problem that repeats an earlier one (same field and code).
func unique(ps []Problem) []Problem {
	out := ps[:0]
	seen := map[string]bool{}
	for _, p := range ps {
		k := string(p.Field) + "\x00" + p.Code
		if !seen[k] {
			seen[k] = true
			out = append(out, p)
		}
	}
	return out
}
