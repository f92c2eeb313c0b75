package parkdesk

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"fugong/assessment"
)

// A registry is what a member of a park's staff collects on a phone: one
// Entry for every summary code scanned or imported. The browser keeps the
// entries (the code and when it arrived) in IndexedDB; everything else —
// the decoded Summary, the flags, filtering, sorting, CSV and backups — is
// worked out here, natively testable.

// Entry is one enterprise in a registry: a summary code in its one
// spelling (NormalizeSummaryCode), when
// this registry first received it, what the code says, and what the kit
// found worth a second look.
type Entry struct {
	Code    string    // the summary code, "s1.…", as EncodeSummary writes it: the entry's key
	Added   time.Time // when the code was first added
	Summary Summary
	Derived Derivation // what this kit's rules derive from the code
	Flags   []Flag
}

// Derivation is what this kit's rules derive from a summary's deciding
// answers (Summary.Derive), with the ruleset that derived it. A registry
// keeps it beside the code, so that opening thousands of entries does not
// run the rules on each again; one derived under another ruleset is
// worked out afresh.
type Derivation struct {
	Ruleset  string
	Category int
	Batch    int
	Priority bool
}

// Derivation derives s again under this kit's ruleset.
func (s Summary) Derivation() Derivation {
	c, b, p := s.Derive()
	return Derivation{Ruleset: assessment.RulesetVersion, Category: c, Batch: b, Priority: p}
}

// String writes d as "2026.1|3|2|0", as the registry stores it.
func (d Derivation) String() string {
	p := "0"
	if d.Priority {
		p = "1"
	}
	return d.Ruleset + "|" + strconv.Itoa(d.Category) + "|" + strconv.Itoa(d.Batch) + "|" + p
}

// ParseDerivation reads what Derivation.String wrote.
func ParseDerivation(s string) (Derivation, bool) {
	var f [4]string // its four fields, cut without a copy: a registry reads 5,000 of them when it opens
	rest, ok := s, true
	for i := range 3 {
		var more bool
		f[i], rest, more = strings.Cut(rest, "|")
		ok = ok && more
	}
	f[3] = rest
	if !ok || f[0] == "" { // a fourth "|" leaves f[3] neither "0" nor "1"
		return Derivation{}, false
	}
	c, err1 := strconv.Atoi(f[1])
	b, err2 := strconv.Atoi(f[2])
	if err1 != nil || err2 != nil || c < 0 || c > 4 || b < 0 || b > 3 || (f[3] != "0" && f[3] != "1") {
		return Derivation{}, false
	}
	return Derivation{Ruleset: f[0], Category: c, Batch: b, Priority: f[3] == "1"}, true
}

// Flag is something about an entry the park's staff should check. Code is
// stable; Message is for people.
type Flag struct {
	Code    string // FlagCategory, FlagBatch, FlagPriority, FlagReadiness, FlagPlanConflict or FlagRuleset
	Message assessment.Text
}

// The codes of Flags.
const (
	FlagCategory     = "category_mismatch"  // the deciding answers give another category
	FlagBatch        = "batch_mismatch"     // the batch is not the category's, or not the derived one
	FlagPriority     = "priority_mismatch"  // the deciding answers give another priority
	FlagReadiness    = "readiness_mismatch" // the verdict does not agree with the unmet critical items
	FlagPlanConflict = "plan_conflict"      // another entry has the same plan ID with other content
	FlagRuleset      = "other_ruleset"      // assessed under another ruleset: derivation may differ
)

// NewEntry decodes code into an entry added at added, with the flags
// CheckSummary gives. Conflicts with other entries are found by Annotate.
func NewEntry(code string, added time.Time) (Entry, error) {
	return NewEntryDerived(code, added, Derivation{})
}

// NewEntryDerived is NewEntry with the derivation a registry kept: when it
// was made under this kit's ruleset, the rules are not run again.
func NewEntryDerived(code string, added time.Time, d Derivation) (Entry, error) {
	s, err := DecodeSummary(code)
	if err != nil {
		return Entry{}, err
	}
	// The code is kept as the kit writes it (NormalizeSummaryCode), so
	// that two spellings of one summary are one entry.
	if code, err = EncodeSummary(s); err != nil {
		return Entry{}, err
	}
	if d.Ruleset != assessment.RulesetVersion {
		d = s.Derivation()
	}
	return Entry{Code: code, Added: added, Summary: s, Derived: d, Flags: checkDerived(s, d)}, nil
}

func catName(n int) string {
	if n >= 1 && n <= 4 {
		return strconv.Itoa(n)
	}
	return "?"
}

// CheckSummary derives the category, batch and priority again from the
// summary's deciding answers (Summary.Derive) and flags every difference
// from what the summary says, and a verdict that does not agree with its
// unmet critical items.
func CheckSummary(s Summary) []Flag {
	return checkDerived(s, s.Derivation())
}

func checkDerived(s Summary, d Derivation) []Flag {
	var flags []Flag
	cat, batch, prio := d.Category, d.Batch, d.Priority
	if s.Ruleset != assessment.RulesetVersion {
		flags = append(flags, Flag{FlagRuleset, assessment.Msgf("registry.check_derived.assessed_under_ruleset_not", "ruleset", s.Ruleset, "ruleset_version", assessment.RulesetVersion)})
	}
	if cat != s.Category {
		a, b := catName(cat), catName(s.Category)
		flags = append(flags, Flag{FlagCategory, assessment.Msgf("registry.check_derived.category_mismatch_deciding_answers", "a", a, "b", b)})
	}
	if s.Batch != batch || s.Batch != assessment.BatchOf(s.Category) {
		want := batch
		if cat == s.Category {
			want = assessment.BatchOf(s.Category)
		}
		a, b := strconv.Itoa(want), strconv.Itoa(s.Batch)
		flags = append(flags, Flag{FlagBatch, assessment.Msgf("registry.check_derived.batch_mismatch_should_batch", "a", a, "b", b)})
	}
	if prio != s.Priority {
		why := assessment.Msg("registry.check_derived.priority_mismatch.no_priority")
		if prio {
			why = assessment.Msg("registry.check_derived.priority_mismatch.priority")
		}
		flags = append(flags, Flag{FlagPriority, why})
	}
	if (len(s.Unmet) > 0) != (s.Readiness == assessment.NotReady) {
		flags = append(flags, Flag{FlagReadiness, assessment.Msg("registry.check_derived.readiness_verdict_does_not")})
	}
	return flags
}

// AddResult says what Add did with a code.
type AddResult int

// What Add does with a code.
const (
	Added     AddResult = iota // a new entry
	Duplicate                  // the same code was already held: nothing changed
	Conflict                   // a new entry, but its plan ID was held with other content
)

// Add adds e to entries unless its code is held already, and flags plan
// conflicts (Annotate). It returns the entries and what it did.
func Add(entries []Entry, e Entry) ([]Entry, AddResult) {
	res := Added
	for _, h := range entries {
		switch {
		case h.Code == e.Code:
			return entries, Duplicate
		case h.Summary.PlanID == e.Summary.PlanID:
			res = Conflict
		}
	}
	entries = append(entries, e)
	if res == Conflict {
		Annotate(entries)
	}
	return entries, res
}

// Annotate sets FlagPlanConflict on the entries whose plan ID another
// entry holds with other content, and clears it on the others. The flags
// of CheckSummary, set by NewEntry, stay.
func Annotate(entries []Entry) {
	byPlan := make(map[string]int, len(entries))
	for _, e := range entries {
		byPlan[e.Summary.PlanID]++
	}
	for i := range entries {
		e := &entries[i]
		if hasFlagCode(e.Flags, FlagPlanConflict) {
			kept := make([]Flag, 0, len(e.Flags)) // entries may share flags: never write in place
			for _, f := range e.Flags {
				if f.Code != FlagPlanConflict {
					kept = append(kept, f)
				}
			}
			e.Flags = kept
		}
		if n := byPlan[e.Summary.PlanID]; n > 1 {
			id := e.Summary.PlanID
			e.Flags = append(e.Flags[:len(e.Flags):len(e.Flags)], Flag{FlagPlanConflict, assessment.Msgf("registry.annotate.plan_id_held_more", "id", id, "n_v", strconv.Itoa(n-1))})
		}
	}
}

func hasFlagCode(flags []Flag, code string) bool {
	for _, f := range flags {
		if f.Code == code {
			return true
		}
	}
	return false
}

// Merge adds the entries of more that entries does not hold (by code),
// keeping the earlier Added time of a code held by both, and annotates the
// result. It returns the merged entries and how many were new.
func Merge(entries, more []Entry) ([]Entry, int) {
	at := make(map[string]int, len(entries)+len(more))
	out := make([]Entry, 0, len(entries)+len(more))
	// add keeps the first entry of each code, with the earliest date it
	// was added, and reports whether the code was new.
	add := func(e Entry) bool {
		if i, ok := at[e.Code]; ok {
			if e.Added.Before(out[i].Added) {
				out[i].Added = e.Added
			}
			return false
		}
		at[e.Code] = len(out)
		out = append(out, e)
		return true
	}
	for _, e := range entries {
		add(e)
	}
	n := 0
	for _, e := range more {
		if add(e) {
			n++
		}
	}
	Annotate(out)
	return out, n
}

// --- queries --------------------------------------------------------------

// Query selects and orders entries. Zero values select everything.
type Query struct {
	Text      string               // in the name, credit code, phone or plan ID; case does not matter
	Batch     int                  // 1–3; 0 any; -1 undetermined
	Category  int                  // 1–4; 0 any; -1 undetermined
	Readiness assessment.Readiness // "" any
	Priority  int                  // 1 with priority, -1 without, 0 any
	Flagged   bool                 // only entries with flags
	Sort      string               // SortAdded (default), SortName, SortBatch or SortReadiness
}

// The orders a Query may ask for.
const (
	SortAdded     = "added"     // newest first
	SortName      = "name"      // by name
	SortBatch     = "batch"     // batch 1 first, priority first inside a batch, undetermined last
	SortReadiness = "readiness" // ready, phased, not ready
)

// Filter returns the positions in entries of those q selects, in q's order.
func Filter(entries []Entry, q Query) []int {
	text := strings.ToLower(strings.TrimSpace(q.Text))
	out := make([]int, 0, len(entries))
	for i := range entries {
		s := &entries[i].Summary
		switch {
		case q.Batch > 0 && s.Batch != q.Batch, q.Batch < 0 && s.Batch != 0:
			continue
		case q.Category > 0 && s.Category != q.Category, q.Category < 0 && s.Category != 0:
			continue
		case q.Readiness != "" && s.Readiness != q.Readiness:
			continue
		case q.Priority > 0 && !s.Priority, q.Priority < 0 && s.Priority:
			continue
		case q.Flagged && len(entries[i].Flags) == 0:
			continue
		case text != "" && !matches(s, text):
			continue
		}
		out = append(out, i)
	}
	// A generic sort, not sort.SliceStable: no reflection and one call a
	// comparison, which a phone's WebAssembly feels with 5,000 entries.
	order := func(a, b int) int { return entries[b].Added.Compare(entries[a].Added) }
	switch q.Sort {
	case SortName:
		order = func(a, b int) int { return strings.Compare(entries[a].Summary.Name, entries[b].Summary.Name) }
	case SortBatch:
		order = func(a, b int) int {
			x, y := &entries[a].Summary, &entries[b].Summary
			if c := cmp.Compare(batchOrder(x.Batch), batchOrder(y.Batch)); c != 0 {
				return c
			}
			if x.Priority != y.Priority {
				if x.Priority {
					return -1
				}
				return 1
			}
			return strings.Compare(x.Name, y.Name)
		}
	case SortReadiness:
		order = func(a, b int) int {
			x, y := &entries[a].Summary, &entries[b].Summary
			if c := cmp.Compare(readinessOrder(x.Readiness), readinessOrder(y.Readiness)); c != 0 {
				return c
			}
			return strings.Compare(x.Name, y.Name)
		}
	}
	slices.SortStableFunc(out, order)
	return out
}

func matches(s *Summary, text string) bool {
	for _, f := range []string{s.Name, s.CreditCode, s.Phone, s.PlanID} {
		if strings.Contains(strings.ToLower(f), text) {
			return true
		}
	}
	return false
}

func batchOrder(b int) int {
	if b == 0 {
		return 9
	}
	return b
}

func readinessOrder(r assessment.Readiness) int {
	switch r {
	case assessment.Ready:
		return 0
	case assessment.Phased:
		return 1
	case assessment.NotReady:
		return 2
	}
	return 3
}

// BatchCounts counts the entries at positions idx by batch: [0] is the
// undetermined, [1]–[3] the batches.
func BatchCounts(entries []Entry, idx []int) [4]int {
	var n [4]int
	for _, i := range idx {
		if b := entries[i].Summary.Batch; b >= 0 && b <= 3 {
			n[b]++
		}
	}
	return n
}

// --- CSV --------------------------------------------------------------------

// CSVColumns are the registry CSV's columns, by stable ID, in order. The
// header row gives them in the export's language (CSVHeader).
var CSVColumns = []string{
	"plan_id", "name", "credit_code", "contact_phone", "category", "category_name",
	"batch", "priority", "readiness", "unmet_critical", "employees_total", "staff_normal",
	"staff_ordinary_isolation", "staff_key_isolation", "staff_in_treatment",
	"returnees_mid_high_risk", "zone", "industry", "above_scale", "four_above",
	"deciding_answers", "ruleset", "flags", "added", "code",
}

var csvHeaders = map[string]assessment.Text{
	"plan_id":                  assessment.Msg("registry.csv_headers.plan_id"),
	"name":                     assessment.Msg("registry.csv_headers.enterprise"),
	"credit_code":              assessment.Msg("registry.csv_headers.credit_code"),
	"contact_phone":            assessment.Msg("registry.csv_headers.contact_phone"),
	"category":                 assessment.Msg("registry.csv_headers.category"),
	"category_name":            assessment.Msg("registry.csv_headers.category_name"),
	"batch":                    assessment.Msg("registry.csv_headers.batch"),
	"priority":                 assessment.Msg("registry.csv_headers.priority"),
	"readiness":                assessment.Msg("registry.csv_headers.readiness"),
	"unmet_critical":           assessment.Msg("registry.csv_headers.unmet_critical_items"),
	"employees_total":          assessment.Msg("registry.csv_headers.employees"),
	"staff_normal":             assessment.Msg("registry.csv_headers.normal"),
	"staff_ordinary_isolation": assessment.Msg("registry.csv_headers.ordinary_isolation"),
	"staff_key_isolation":      assessment.Msg("registry.csv_headers.key_isolation"),
	"staff_in_treatment":       assessment.Msg("registry.csv_headers.under_treatment"),
	"returnees_mid_high_risk":  assessment.Msg("registry.csv_headers.returnees_medium_high_risk"),
	"zone":                     assessment.Msg("registry.csv_headers.zone"),
	"industry":                 assessment.Msg("registry.csv_headers.industry"),
	"above_scale":              assessment.Msg("registry.csv_headers.above_designated_size"),
	"four_above":               assessment.Msg("registry.csv_headers.four_above"),
	"deciding_answers":         assessment.Msg("registry.csv_headers.deciding_answers"),
	"ruleset":                  assessment.Msg("registry.csv_headers.ruleset"),
	"flags":                    assessment.Msg("registry.csv_headers.check"),
	"added":                    assessment.Msg("registry.csv_headers.added"),
	"code":                     assessment.Msg("registry.csv_headers.summary_code"),
}

// CSVHeader returns the header row in lang.
func CSVHeader(lang string) []string {
	h := make([]string, len(CSVColumns))
	for i, c := range CSVColumns {
		h[i] = csvHeaders[c].In(lang)
	}
	return h
}

func countText(n int) string {
	if n < 0 {
		return ""
	}
	return strconv.Itoa(n)
}

// WriteCSV writes entries as CSV in lang through the kit's one CSV
// writer (CSVWriter: byte-order mark, CRLF, every cell inert): the header
// row (CSVHeader) and one row per entry with CSVColumns. Times are
// written in loc (time.Local when nil).
func WriteCSV(w io.Writer, entries []Entry, lang string, loc *time.Location) error {
	if loc == nil {
		loc = time.Local
	}
	cw, err := assessment.NewCSVWriter(w)
	if err != nil {
		return err
	}
	if err := cw.Write(CSVHeader(lang)); err != nil {
		return err
	}
	for i := range entries {
		if err := cw.Write(csvRow(&entries[i], lang, loc)); err != nil {
			return err
		}
	}
	return cw.Flush()
}

// csvRow is entry e's row of the registry CSV, in CSVColumns' order.
func csvRow(e *Entry, lang string, loc *time.Location) []string {
	s := &e.Summary
	sep := assessment.Msg("punct.semicolon_full").In(lang)
	unmet := make([]string, len(s.Unmet))
	for j, id := range s.Unmet {
		unmet[j] = assessment.ItemTitle(id).In(lang)
	}
	facts := make([]string, len(s.Facts))
	for j, f := range s.Facts {
		facts[j] = assessment.FactText(f, lang)
	}
	flags := make([]string, len(e.Flags))
	for j, f := range e.Flags {
		flags[j] = f.Message.In(lang)
	}
	batch := ""
	if s.Batch > 0 {
		batch = strconv.Itoa(s.Batch)
	}
	category := ""
	if s.Category > 0 {
		category = strconv.Itoa(s.Category)
	}
	yesNo := map[YesNo]assessment.Text{AnsweredYes: assessment.Msg("registry.csv_row.answered_yes"), AnsweredNo: assessment.Msg("registry.csv_row.answered_no")}
	industry := ""
	if s.Industry != "" {
		industry = assessment.IndustryName(s.Industry, lang)
	}
	added := ""
	if !e.Added.IsZero() {
		added = e.Added.In(loc).Format("2006-01-02 15:04")
	}
	return []string{
		s.PlanID, s.Name, s.CreditCode, s.Phone,
		category, assessment.CategoryName(s.Category).In(lang), batch,
		map[bool]assessment.Text{true: assessment.Msg("registry.csv_row.true"), false: assessment.Msg("registry.csv_row.false")}[s.Priority].In(lang),
		assessment.ReadinessShort(s.Readiness).In(lang), strings.Join(unmet, sep),
		countText(s.Staff.Total), countText(s.Staff.Normal), countText(s.Staff.OrdinaryIsolation),
		countText(s.Staff.KeyIsolation), countText(s.Staff.InTreatment), countText(s.Staff.ReturneesMidHigh),
		s.Zone, industry, yesNo[s.AboveScale].In(lang), yesNo[s.FourAbove].In(lang),
		strings.Join(facts, sep), s.Ruleset, strings.Join(flags, sep),
		added, e.Code,
	}
}

// --- backups ----------------------------------------------------------------

// BackupFormat names a registry backup file.
const BackupFormat = "fugong.registry"

// backupFile is a registry backup: the codes and when they were added.
// Everything else is worked out from the codes again on import, so a
// backup cannot carry a summary its checksum does not vouch for.
type backupFile struct {
	Format  string        `json:"format"`
	Version int           `json:"version"`
	Entries []backupEntry `json:"entries"`
}

type backupEntry struct {
	Code  string    `json:"code"`
	Added time.Time `json:"added"`
}

// MaxBackupSize is the largest backup file ImportBackup reads.
const MaxBackupSize = 64 << 20

// EncodeBackup writes entries as a JSON backup file.
func EncodeBackup(entries []Entry) ([]byte, error) {
	f := backupFile{Format: BackupFormat, Version: 1, Entries: make([]backupEntry, len(entries))}
	for i, e := range entries {
		f.Entries[i] = backupEntry{Code: e.Code, Added: e.Added.UTC()}
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	if err := enc.Encode(f); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// The errors of a file that is not a registry backup at all; errors.Is
// matches each with any backup file error of the same code.
var (
	ErrBackupTooLarge = assessment.BackupFileError("too_large", assessment.Msg("registry.too_large"))
	ErrNotBackup      = assessment.BackupFileError("not_backup", assessment.Msg("registry.not_backup"))
	ErrBackupTooNew   = assessment.BackupFileError("too_new", assessment.Msg("registry.too_new"))
)

// DecodeBackup reads a backup file (ReadBackup): the valid entries, and
// how many records were refused. A file that is not a registry backup is
// an error (ErrNotBackup, ErrBackupTooNew, ErrBackupTooLarge).
func DecodeBackup(data []byte) (entries []Entry, skipped int, err error) {
	read, err := ReadBackup(data)
	return read.Entries, len(read.Refused), err
}

// String describes an entry for logs and tests.
func (e Entry) String() string {
	return fmt.Sprintf("%s %s cat %d batch %d %s", e.Summary.PlanID, e.Summary.Name, e.Summary.Category, e.Summary.Batch, e.Summary.Readiness)
}
