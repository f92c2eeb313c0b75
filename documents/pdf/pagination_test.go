package pdf

import (
	"fmt"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"fugong/assessment"
	"fugong/documents"
)

// The body of a page in PDF points (1/72 in), as pdftotext reports: the
// running header lies above bodyTop, the footer below bodyBottom.
const (
	bodyTopPt    = top*72/25.4 - 8
	bodyBottomPt = bottom * 72 / 25.4
	thirdPt      = top*72/25.4 + (bodyBottomPt-top*72/25.4)/3
)

// pageRow is one line of text across a page: the words pdftotext finds at
// one height, left to right, and the height they span.
type pageRow struct {
	top, bottom float64
	text        string // without white space
}

var (
	bboxLine = regexp.MustCompile(`(?s)<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">(.*?)</line>`)
	bboxWord = regexp.MustCompile(`<word[^>]*>(.*?)</word>`)
	listMark = regexp.MustCompile(`^\d+\.`)
)

// pageRows reads page n of the PDF in file with pdftotext and returns the
// rows of its body, top to bottom, without the running header and footer.
func pageRows(t *testing.T, file string, n int) []pageRow {
	t.Helper()
	out, err := exec.Command(tool(t, "pdftotext"), "-f", strconv.Itoa(n), "-l", strconv.Itoa(n),
		"-bbox-layout", file, "-").CombinedOutput()
	if err != nil {
		t.Fatalf("pdftotext page %d: %v\n%s", n, err, out)
	}
	type piece struct {
		x, top, bottom float64
		text           string
	}
	var pieces []piece
	for _, m := range bboxLine.FindAllStringSubmatch(string(out), -1) {
		var p piece
		p.x, _ = strconv.ParseFloat(m[1], 64)
		p.top, _ = strconv.ParseFloat(m[2], 64)
		p.bottom, _ = strconv.ParseFloat(m[3], 64)
		for _, w := range bboxWord.FindAllStringSubmatch(m[4], -1) {
			p.text += html.UnescapeString(w[1])
		}
		if p.top >= bodyTopPt && p.bottom <= bodyBottomPt+4 {
			pieces = append(pieces, p)
		}
	}
	sort.SliceStable(pieces, func(i, j int) bool {
		if d := pieces[i].top - pieces[j].top; d < -1.5 || d > 1.5 {
			return d < 0
		}
		return pieces[i].x < pieces[j].x
	})
	var rows []pageRow
	for _, p := range pieces {
		if n := len(rows); n > 0 && p.top-rows[n-1].top < 1.5 {
			rows[n-1].text += squeeze(p.text)
			rows[n-1].bottom = max(rows[n-1].bottom, p.bottom)
			continue
		}
		rows = append(rows, pageRow{top: p.top, bottom: p.bottom, text: squeeze(p.text)})
	}
	return rows
}

// pagedDoc is a PDF read back page by page with what the plan says about
// it.
type pagedDoc struct {
	plan  *documents.Plan
	pages [][]pageRow
}

// readPages writes plan as a PDF, keeps it as name in dir for a look, and
// reads every page back.
func readPages(t *testing.T, plan *documents.Plan, dir, name string) *pagedDoc {
	t.Helper()
	pdf, _ := write(t, plan)
	file := filepath.Join(dir, name+".pdf")
	if err := os.WriteFile(file, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	d := &pagedDoc{plan: plan}
	for n := 1; n <= strings.Count(string(pdf), "/Type /Page\n"); n++ {
		d.pages = append(d.pages, pageRows(t, file, n))
	}
	return d
}

// titleAt reports whether the section title starts at row i of rows, and
// on how many rows it is written.
func titleAt(rows []pageRow, i int, title string) (int, bool) {
	want := squeeze(title)
	if want == "" {
		return 0, false
	}
	got := ""
	for j := i; j < len(rows) && j < i+3; j++ {
		got += rows[j].text
		if got == want {
			return j - i + 1, true
		}
		if !strings.HasPrefix(want, got) {
			return 0, false
		}
	}
	return 0, false
}

// headingRows returns how many rows the heading starting at row i of rows
// spans, or 0 when no section title starts there.
func (d *pagedDoc) headingRows(rows []pageRow, i int) int {
	for _, s := range d.plan.Sections {
		if n, ok := titleAt(rows, i, s.Title); ok {
			return n
		}
	}
	return 0
}

// startsDocument reports whether page p (from 0) begins one of the plan's
// documents: a section that starts a new page.
func (d *pagedDoc) startsDocument(p int) bool {
	if len(d.pages[p]) == 0 {
		return false
	}
	for _, s := range d.plan.Sections {
		if _, ok := titleAt(d.pages[p], 0, s.Title); ok && s.NewPage {
			return true
		}
	}
	return false
}

// lastOfDocument reports whether page p is the last of its document.
func (d *pagedDoc) lastOfDocument(p int) bool {
	return p == len(d.pages)-1 || d.startsDocument(p+1)
}

// paragraphs returns the text of every paragraph and list item of the
// plan, one line of its source a paragraph, without white space.
func (d *pagedDoc) paragraphs() []string {
	var out []string
	for _, s := range d.plan.Sections {
		for _, b := range s.Blocks {
			texts := b.Items
			if b.Kind == documents.Paragraph {
				texts = []string{b.Text}
			}
			for _, t := range texts {
				for _, line := range strings.Split(t, "\n") {
					if q := squeeze(line); q != "" {
						out = append(out, q)
					}
				}
			}
		}
	}
	return out
}

// rowText is a row's text without a list item's number.
func rowText(r pageRow) string { return listMark.ReplaceAllString(r.text, "") }

// pageFaults returns what is wrong with the way d breaks into pages.
func (d *pagedDoc) pageFaults() []string {
	var faults []string
	paras := d.paragraphs()
	inParagraph := func(parts ...string) bool {
		joined := strings.Join(parts, "")
		for _, p := range paras {
			if strings.Contains(p, joined) {
				return true
			}
		}
		return false
	}
	for p, rows := range d.pages {
		last := d.lastOfDocument(p)
		where := fmt.Sprintf("page %d of %d", p+1, len(d.pages))
		if !last && (len(rows) == 0 || rows[len(rows)-1].bottom < thirdPt) {
			faults = append(faults, where+": less than a third full")
		}
		for i := 0; i < len(rows); i++ {
			n := d.headingRows(rows, i)
			if n == 0 {
				continue
			}
			body := 0
			for j := i + n; j < len(rows); j++ {
				if m := d.headingRows(rows, j); m > 0 {
					j += m - 1
					continue
				}
				body++
			}
			nextIsHeading := p+1 < len(d.pages) && len(d.pages[p+1]) > 0 && d.headingRows(d.pages[p+1], 0) > 0
			if body < 2 && !last && !nextIsHeading {
				faults = append(faults, fmt.Sprintf("%s: heading %q followed by %d line(s)", where, rows[i].text, body))
			}
			i += n - 1
		}
		if last || len(rows) < 2 || len(d.pages[p+1]) < 2 {
			continue
		}
		next := d.pages[p+1]
		a, b := rowText(rows[len(rows)-2]), rowText(rows[len(rows)-1])
		c, e := rowText(next[0]), rowText(next[1])
		if !inParagraph(b, c) {
			continue // the page does not break inside a paragraph
		}
		if !inParagraph(a, b) {
			faults = append(faults, fmt.Sprintf("%s: one line of a paragraph alone at the bottom: %q", where, b))
		}
		if !inParagraph(c, e) {
			faults = append(faults, fmt.Sprintf("%s: one line of a paragraph alone at the top of the next page: %q", where, c))
		}
	}
	return faults
}

// letterFaults returns what is wrong with the documents to sign (the
// copies of the commitment letter): each must be on one page, its
// signature area with its text, or, when even the smallest type is too
// large, on two pages of which the second begins with the translation.
func (d *pagedDoc) letterFaults() []string {
	var faults []string
	for _, s := range d.plan.Sections {
		sig := signatureAt(&s)
		if sig < 0 {
			continue
		}
		first := -1
		for p, rows := range d.pages {
			if len(rows) > 0 {
				if _, ok := titleAt(rows, 0, s.Title); ok {
					first = p
					break
				}
			}
		}
		if first < 0 {
			faults = append(faults, s.ID+": title not found at the top of a page")
			continue
		}
		last := first
		for !d.lastOfDocument(last) {
			last++
		}
		date := squeeze(strings.Split(s.Blocks[sig].Signature.DateLabel, "\n")[0])
		var dateAt, before = -1, 0
		for i, r := range d.pages[first] {
			if strings.Contains(r.text, date[:min(len(date), 6)]) {
				dateAt, before = first, i
			}
		}
		switch {
		case dateAt != first:
			faults = append(faults, fmt.Sprintf("%s: the date line is not on page %d with the letter's text", s.ID, first+1))
		case before < 6:
			faults = append(faults, fmt.Sprintf("%s: the signature area is alone on page %d", s.ID, first+1))
		}
		if last == first {
			continue
		}
		translation := ""
		for _, b := range s.Blocks {
			if b.BreakIfLong {
				translation = squeeze(b.Text)
			}
		}
		second := d.pages[first+1]
		if last > first+1 || translation == "" || len(second) == 0 || !strings.HasPrefix(translation, second[0].text) {
			faults = append(faults, fmt.Sprintf("%s: runs over pages %d to %d", s.ID, first+1, last+1))
		}
	}
	return faults
}

// exampleFiles are the example answers the tests lay out.
var exampleFiles = []string{"example", "category1", "category2", "category4"}

// langPlan builds the plan of an example answers file in lang.
func langPlan(t *testing.T, name, lang string) *documents.Plan {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", name+".json"))
	if err != nil {
		t.Fatal(err)
	}
	a, err := assessment.ParseAnswers(data)
	if err != nil {
		t.Fatal(err)
	}
	a.Lang = lang
	return documents.BuildPlan(a, assessment.Evaluate(a), time.Date(2026, 2, 10, 0, 0, 0, 0, time.UTC))
}

// longestLetter returns answers that make the longest letter the kit can
// write: names at their longest, a long address, a park with a long name,
// and every yes-or-no question answered no, so that nothing is ready.
func longestLetter(t *testing.T, lang string) *assessment.Answers {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "example.json"))
	if err != nil {
		t.Fatal(err)
	}
	a, err := assessment.ParseAnswers(data)
	if err != nil {
		t.Fatal(err)
	}
	a.Lang = lang
	a.Park.Name = strings.Repeat("临沂经济技术开发区管理委员会", 3)
	for _, st := range assessment.Form() {
		for _, q := range st.Questions {
			if q.Kind == assessment.KindYesNo {
				a.Set(q.ID, assessment.BoolValue(false))
			}
		}
	}
	a.Set("name", assessment.StringValue(string([]rune(strings.Repeat("临沂市示范精密机械制造股份有限公司", 6))[:100])))
	a.Set("address", assessment.StringValue(strings.Repeat("山东省临沂市经济技术开发区沃尔沃路", 4)+"18号"))
	a.Set("legal_rep", assessment.StringValue("欧阳建国·阿卜杜拉"))
	a.Set("leader_name", assessment.StringValue("司马长风·买买提"))
	return a
}

// TestLongestLetter lays out the longest letter in every language and
// checks that each copy is signed on one page.
func TestLongestLetter(t *testing.T) {
	dir := t.TempDir()
	for _, lang := range assessment.Languages {
		t.Run(lang, func(t *testing.T) {
			a := longestLetter(t, lang)
			r := assessment.Evaluate(a)
			if r.Readiness == assessment.Ready {
				t.Fatalf("readiness %v, want a firm that is not ready", r.Readiness)
			}
			d := readPages(t, documents.BuildPlan(a, r, time.Date(2026, 2, 10, 0, 0, 0, 0, time.UTC)), dir, "longest-"+lang)
			for _, f := range d.letterFaults() {
				t.Error(f)
			}
		})
	}
}

// TestPagination reads every page of every example's PDF in every language,
// and of the paper version, and fails on a heading left at the foot of a page, a page less than a
// third full that does not end a document, and a paragraph that leaves a
// single line alone at the bottom or the top of a page.
func TestPagination(t *testing.T) {
	dir := t.TempDir()
	for _, name := range exampleFiles {
		for _, lang := range assessment.Languages {
			t.Run(name+"/"+lang, func(t *testing.T) {
				d := readPages(t, langPlan(t, name, lang), dir, name+"-"+lang)
				for _, f := range append(d.pageFaults(), d.letterFaults()...) {
					t.Error(f)
				}
				t.Logf("%d pages", len(d.pages))
			})
		}
	}
	for _, lang := range assessment.Languages {
		t.Run("paper/"+lang, func(t *testing.T) {
			plan := langPlan(t, "example", lang)
			paper := documents.PaperForm(assessment.Park{Name: plan.Park, Batch2: "2026-02-17", Hotline: "0539-8123400"}, lang, time.Date(2026, 2, 10, 0, 0, 0, 0, time.UTC))
			d := readPages(t, paper, dir, "paper-"+lang)
			for _, f := range append(d.pageFaults(), d.letterFaults()...) {
				t.Error(f)
			}
			for _, s := range planStrings(paper) {
				if m := testFont(t).Missing(strings.ReplaceAll(s, "\n", "")); len(m) > 0 {
					t.Errorf("no glyph for %q in %q", string(m), s)
				}
			}
			t.Logf("%d pages", len(d.pages))
		})
	}
}
