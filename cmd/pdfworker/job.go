package main

import (
	"bytes"
	"errors"
	"fmt"
	"time"

	"fugong/assessment"
	"fugong/documents"
	"fugong/documents/pdf"
	"fugong/internal/workerjob"
	"fugong/parkdesk"
	"fugong/roster/logbook"
)

// build writes the PDF job asks for in font. A panic is recovered and
// returned as an error.
func build(job workerjob.Job, font *pdf.Font) (data []byte, subs []workerjob.Substitution, err error) {
	defer func() {
		if r := recover(); r != nil {
			data, subs, err = nil, nil, fmt.Errorf("pdf worker: panic: %v", r)
		}
	}()
	var buf bytes.Buffer
	var ps []pdf.Substitution
	switch job.Kind {
	case workerjob.Plan:
		a, perr := assessment.ParseAnswers(job.Answers)
		if perr != nil {
			return nil, nil, fmt.Errorf("pdf worker: reading the answers: %w", perr)
		}
		date, perr := time.Parse(time.DateOnly, job.Date)
		if perr != nil {
			return nil, nil, fmt.Errorf("pdf worker: the date %q: %w", job.Date, perr)
		}
		r := assessment.Evaluate(a)
		plan := documents.BuildPlan(a, r, date)
		plan.QR = parkdesk.SummaryURL(job.Base, a, r)
		documents.MarkDraft(plan, a, r) // the page has asked whether to make a draft
		ps, err = pdf.Write(&buf, plan, font)
	case workerjob.Logs:
		a, perr := assessment.ParseAnswers(job.Answers)
		if perr != nil {
			return nil, nil, fmt.Errorf("pdf worker: reading the answers: %w", perr)
		}
		if _, perr := time.Parse(time.DateOnly, job.Date); perr != nil {
			return nil, nil, fmt.Errorf("pdf worker: the date %q: %w", job.Date, perr)
		}
		ps, err = pdf.Write(&buf, logbook.Logs(job.People, a.Str("name"), job.Date, a.Language()), font)
	case workerjob.Poster:
		park, perr := parkOf(job)
		if perr != nil {
			return nil, nil, perr
		}
		link := job.Link
		if link == "" {
			if link, err = parkdesk.ParkLinkURL(job.Base, park); err != nil {
				return nil, nil, err
			}
		}
		ps, err = pdf.WritePoster(&buf, park, link, font)
	case workerjob.Document:
		if job.Doc == nil {
			return nil, nil, errors.New("pdf worker: no document")
		}
		ps, err = pdf.Write(&buf, job.Doc, font)
	case workerjob.Paper:
		park, perr := parkOf(job)
		if perr != nil {
			return nil, nil, perr
		}
		date, perr := time.Parse(time.DateOnly, job.Date)
		if perr != nil {
			return nil, nil, fmt.Errorf("pdf worker: the date %q: %w", job.Date, perr)
		}
		ps, err = pdf.Write(&buf, documents.PaperForm(park, job.Lang, date), font)
	default:
		return nil, nil, fmt.Errorf("pdf worker: unknown kind %q", job.Kind)
	}
	if err != nil {
		return nil, nil, err
	}
	for _, s := range ps {
		subs = append(subs, workerjob.Substitution{Char: string(s.Char), Section: s.Section, Where: s.Where, Count: s.Count})
	}
	return buf.Bytes(), subs, nil
}

// parkOf is the park of a poster or paper job, which must have one.
func parkOf(job workerjob.Job) (assessment.Park, error) {
	if job.Park == nil {
		return assessment.Park{}, errors.New("pdf worker: no park")
	}
	return *job.Park, nil
}

// fontCache holds the font, fetched and parsed once per worker.
type fontCache struct {
	url  string
	font *pdf.Font
}

// errNoFont says the font could not be fetched or read.
var errNoFont = errors.New(workerjob.ErrFontUnavailable)

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
		return workerjob.ErrFontUnavailable
	}
	return err.Error()
}
