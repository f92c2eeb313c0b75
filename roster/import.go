package roster

import "strings"

// Import reads the data rows of a table through the column mapping.
// Empty rows are skipped (and counted); every other row becomes a person,
// or, when something in it cannot be read or it repeats a person already
// read, is set aside with its row number and the reasons. Nothing is
// dropped. Quarantine dates are completed (Person.Complete).
func Import(rows []Row, cols Columns) (r Roster, empty int) {
	seen := make(map[string]int, len(rows)) // key → row number of its first record
	r.People = make([]Person, 0, len(rows))
	rd := reader{cols: cols, memo: make([]map[string]value, len(cols))}
	for _, row := range rows {
		if filled(row.Cells) == 0 {
			empty++
			continue
		}
		p, problems := rd.row(row.Cells)
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

// reader reads rows through a column mapping. It remembers what each
// column's cells read as: a roster repeats its classes, risk levels,
// dates and yes/no thousands of times.
type reader struct {
	cols Columns
	memo []map[string]value // by column, cell text → what it reads as
}

// value is what a cell of a column of risk, class, health, yes/no or a
// date reads as: the value (the date, or as written when it is not one),
// yes for a yes/no, whether it could be read (not told for a date: Check
// tells), and, for a health status, whether the cell says more than the
// status (kept as a note).
type value struct {
	text    string
	yes, ok bool
	more    bool
}

// read is what cell v of column i, of field f, reads as.
func (rd *reader) read(i int, f Field, v string) value {
	if x, ok := rd.memo[i][v]; ok {
		return x
	}
	var x value
	switch f {
	case FieldRisk:
		r, ok := ParseRisk(v)
		x = value{text: string(r), ok: ok}
	case FieldClass:
		c, ok := ParseClass(v)
		x = value{text: string(c), ok: ok}
	case FieldOnSite:
		x.yes, x.ok = ParseYesNo(v)
	case FieldHealth:
		h, ok := ParseHealth(v)
		x = value{text: string(h), ok: ok, more: !bareHealth(v)}
	default: // a date; one that is not is kept as written, for the user to fix
		x.text = v
		if d, ok := ParseDate(v); ok {
			x.text = d
		}
	}
	if rd.memo[i] == nil {
		rd.memo[i] = map[string]value{}
	}
	rd.memo[i][v] = x
	return x
}

// row reads one row's cells into a person, with the problems of the
// cells that are not what their column holds.
func (rd *reader) row(cells []string) (p Person, ps []Problem) {
	for i, f := range rd.cols {
		if i >= len(cells) {
			break
		}
		v := trimSpace(cells[i])
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
			if !rd.cols.Has(FieldRisk) {
				// No risk column: a region that says its level gives it.
				if r, ok := ParseRisk(v); ok && r != RiskNone {
					p.Risk = r
				}
			}
		case FieldRisk:
			x := rd.read(i, f, v)
			if !x.ok {
				bad(ProblemRisk)
			}
			p.Risk = Risk(x.text)
		case FieldReturned:
			p.Returned = rd.read(i, f, v).text
		case FieldQuarantineStart:
			p.QuarantineStart = rd.read(i, f, v).text
		case FieldQuarantineEnd:
			p.QuarantineEnd = rd.read(i, f, v).text
		case FieldClass:
			x := rd.read(i, f, v)
			if !x.ok {
				bad(ProblemClass)
			}
			p.Class = Class(x.text)
		case FieldOnSite:
			x := rd.read(i, f, v)
			if !x.ok {
				bad(ProblemYesNo)
			}
			p.OnSite = x.yes
		case FieldHealth:
			x := rd.read(i, f, v)
			if !x.ok {
				bad(ProblemHealth)
			}
			p.Health = Health(x.text)
			if p.Health == HealthUnwell && p.Note == "" && x.more {
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
	if len(ps) < 2 {
		return ps
	}
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
