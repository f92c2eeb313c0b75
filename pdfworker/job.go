package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"fugong/assessment"
	"fugong/assessment/pdf"
	"fugong/roster"
	"fugong/roster/logbook"
)

// Error codes the worker answers with instead of a message, so that the
// page can say what to do: connect once to download what is missing.
const (
	// codeFontUnavailable: the font could not be fetched or read (offline
	// before the service worker had cached it).
	codeFontUnavailable = "font_unavailable"
)

// request is one job, as the page posts it.
type request struct {
	ID      int    // the page's number for the job, sent back with the answer
	Kind    string // "plan", "poster", "paper", "document", "logs", or a spreadsheet job (sheet.go)
	Answers string // plan, logs: the answers file (JSON)
	Park    string // poster, paper: the park's setup (JSON)
	Link    string // poster: the park link its QR code carries; from Base when empty
	Date    string // plan, paper: the date printed, "2026-02-10"; logs: the first day of the health log
	Doc     string // document: an assessment.Plan built by the page (JSON), such as the park's daily report
	Base    string // the kit's address, for the summary link and the park link
	FontURL string // the font's address, with its content hash
	Data    []byte // sheet-read: the file
	Rows    string // sheet-write: the table, JSON; logs: the people, JSON
	Format  string // sheet-write: "xlsx" or "csv"
	Sheet   string // sheet-write: the worksheet's name
	Lang    string // paper: its language; roster-write: the language of the header and the values
}

// substitution is a pdf.Substitution as the page receives it.
type substitution struct {
	Char    string `json:"char"`
	Section string `json:"section"`
	Where   string `json:"where"`
	Count   int    `json:"count"`
}

// build writes the PDF req asks for in font. A panic is recovered and
// returned as an error.
func build(req request, font *pdf.Font) (data []byte, subs []substitution, err error) {
	defer func() {
		if r := recover(); r != nil {
			data, subs, err = nil, nil, fmt.Errorf("pdf worker: panic: %v", r)
		}
	}()
	var buf bytes.Buffer
	var ps []pdf.Substitution
	switch req.Kind {
	case "plan":
		a, perr := assessment.ParseAnswers([]byte(req.Answers))
		if perr != nil {
			return nil, nil, fmt.Errorf("pdf worker: reading the answers: %w", perr)
		}
		date, perr := time.Parse(time.DateOnly, req.Date)
		if perr != nil {
			return nil, nil, fmt.Errorf("pdf worker: the date %q: %w", req.Date, perr)
		}
		r := assessment.Evaluate(a)
		plan := assessment.BuildPlan(a, r, date)
		plan.QR = assessment.SummaryURL(req.Base, a, r)
		assessment.MarkDraft(plan, a, r) // the page has asked whether to make a draft
		ps, err = pdf.Write(&buf, plan, font)
	case "logs":
		a, perr := assessment.ParseAnswers([]byte(req.Answers))
		if perr != nil {
			return nil, nil, fmt.Errorf("pdf worker: reading the answers: %w", perr)
		}
		var people []roster.Person
		if perr := json.Unmarshal([]byte(req.Rows), &people); perr != nil {
			return nil, nil, fmt.Errorf("pdf worker: reading the roster: %w", perr)
		}
		if _, perr := time.Parse(time.DateOnly, req.Date); perr != nil {
			return nil, nil, fmt.Errorf("pdf worker: the date %q: %w", req.Date, perr)
		}
		ps, err = pdf.Write(&buf, logbook.Logs(people, a.Str("name"), req.Date, a.Language()), font)
	case "poster":
		var park assessment.Park
		if perr := json.Unmarshal([]byte(req.Park), &park); perr != nil {
			return nil, nil, fmt.Errorf("pdf worker: reading the park: %w", perr)
		}
		link := req.Link
		if link == "" {
			if link, err = assessment.ParkLinkURL(req.Base, park); err != nil {
				return nil, nil, err
			}
		}
		ps, err = pdf.WritePoster(&buf, park, link, font)
	case "document":
		var doc assessment.Plan
		if perr := json.Unmarshal([]byte(req.Doc), &doc); perr != nil {
			return nil, nil, fmt.Errorf("pdf worker: reading the document: %w", perr)
		}
		ps, err = pdf.Write(&buf, &doc, font)
	case "paper":
		var park assessment.Park
		if perr := json.Unmarshal([]byte(req.Park), &park); perr != nil {
			return nil, nil, fmt.Errorf("pdf worker: reading the park: %w", perr)
		}
		date, perr := time.Parse(time.DateOnly, req.Date)
		if perr != nil {
			return nil, nil, fmt.Errorf("pdf worker: the date %q: %w", req.Date, perr)
		}
		ps, err = pdf.Write(&buf, assessment.PaperForm(park, req.Lang, date), font)
	default:
		return nil, nil, fmt.Errorf("pdf worker: unknown kind %q", req.Kind)
	}
	if err != nil {
		return nil, nil, err
	}
	for _, s := range ps {
		subs = append(subs, substitution{Char: string(s.Char), Section: s.Section, Where: s.Where, Count: s.Count})
	}
	return buf.Bytes(), subs, nil
}

// fontCache holds the font, fetched and parsed once per worker.
type fontCache struct {
	url  string
	font *pdf.Font
}

// errNoFont says the font could not be fetched or read.
var errNoFont = errors.New(codeFontUnavailable)

// get returns the font at url, calling fetch the first time (or when the
// address changed). A failure is not kept: the next job tries again.
func (c *fontCache) get(url string, fetch func(url string) ([]byte, error)) (*pdf.Font, error) {
	if c.font != nil && c.url == url {
		return c.font, nil
	}
	if url == "" {
		return nil, errNoFont
	}
	data, err := fetch(url)
	if err != nil {
		return nil, errNoFont
	}
	f, err := pdf.LoadFont(data)
	if err != nil {
		return nil, errNoFont
	}
	c.url, c.font = url, f
	return f, nil
}

// errorText is what the page receives for err: a code it knows, or a
// message.
func errorText(err error) string {
	switch {
	case err == nil:
		return ""
	case errors.Is(err, errNoFont):
		return codeFontUnavailable
	}
	return err.Error()
}
