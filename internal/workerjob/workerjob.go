// Package workerjob is the one message between the page and the PDF
// worker (command fugong/cmd/pdfworker, run by web/pdf-worker.js): a Job the
// page posts and the Reply the worker posts back, each encoded once, as
// JSON, by this package on both sides. It imports neither go-app nor
// gofpdf, so that app.wasm and pdf.wasm both can.
//
// On the wire a job is the JavaScript object {job: "<Job as JSON>"},
// with data: a Blob beside it for a job that carries a file (the File
// from the page's file input, or pasted text), passed by reference and
// read by the worker alone; a reply is {reply: "<Reply as JSON>"}, with
// file: Uint8Array (its buffer transferred) for a reply that carries one.
// Bytes never go through the JSON.
//
// A new kind of job is a Kind constant here, the fields it needs in Job
// (or Reply), and its case in the worker.
package workerjob

import (
	"encoding/json"
	"fmt"

	"fugong/assessment"
	"fugong/documents"
	"fugong/roster"
)

// The names of the wire object's members.
const (
	FieldJob   = "job"   // Job as JSON
	FieldData  = "data"  // Job.Data, a Blob
	FieldReply = "reply" // Reply as JSON
	FieldFile  = "file"  // Reply.File, a Uint8Array
)

// Kind is what a job asks for.
type Kind string

// The kinds of job, with the fields each reads and what it answers.
const (
	Plan        Kind = "plan"         // Answers, Date, Base → a PDF
	Poster      Kind = "poster"       // Park, Link (from Base when empty) → a PDF
	Paper       Kind = "paper"        // Park, Lang, Date → a PDF
	Document    Kind = "document"     // Doc, a document the page built such as the park's daily report → a PDF
	Logs        Kind = "logs"         // Answers, People, Date (the health log's first day) → a PDF
	Warm        Kind = "warm"         // fetch and parse the font now; no reply
	SheetRead   Kind = "sheet-read"   // Data, a spreadsheet or pasted text → File, its rows (roster.PackRows)
	SheetWrite  Kind = "sheet-write"  // Table, Format, Sheet → File
	RosterWrite Kind = "roster-write" // People, Format, Sheet, Lang (of the header and the values) → File
)

// Job is one job the page posts. FontURL is set for every job that
// writes a PDF, WASM for every job.
type Job struct {
	ID      int              `json:"id"` // the page's number for the job, sent back in its Reply
	Kind    Kind             `json:"kind"`
	WASM    string           `json:"wasm,omitempty"`    // pdf.wasm's address with its content hash, for web/pdf-worker.js
	FontURL string           `json:"fontURL,omitempty"` // the font's address with its content hash
	Answers json.RawMessage  `json:"answers,omitempty"` // an answers file, read by assessment.ParseAnswers
	Park    *assessment.Park `json:"park,omitempty"`
	Doc     *documents.Plan  `json:"doc,omitempty"`
	People  []roster.Person  `json:"people,omitempty"`
	Table   [][]string       `json:"table,omitempty"`
	Link    string           `json:"link,omitempty"`   // the park link a poster's QR code carries
	Date    string           `json:"date,omitempty"`   // 2026-02-10
	Base    string           `json:"base,omitempty"`   // the kit's address, for the summary link and the park link
	Format  string           `json:"format,omitempty"` // "xlsx" or "csv"
	Sheet   string           `json:"sheet,omitempty"`  // a worksheet's name
	Lang    string           `json:"lang,omitempty"`
	Data    []byte           `json:"-"` // the Blob carried beside the JSON (FieldData), as the worker read it
}

// StageWrite is a Reply's stage while the PDF is written: the font is
// ready. The final Reply has no stage.
const StageWrite = "write"

// Error codes a Reply carries instead of a message, so that the page can
// say what to do; a spreadsheet that cannot be read answers with the
// code of roster.FileMessage.
const (
	ErrFontUnavailable = "font_unavailable" // the font could not be fetched or read (offline before it was cached)
	ErrWASMUnavailable = "wasm_unavailable" // pdf.wasm could not be fetched or started (web/pdf-worker.js)
	ErrWorkerStopped   = "worker_stopped"   // pdf.wasm stopped (web/pdf-worker.js), with ID -1
)

// Reply is the worker's answer to a job: a stage, or its end.
type Reply struct {
	ID            int            `json:"id"`
	Stage         string         `json:"stage,omitempty"`
	Error         string         `json:"error,omitempty"` // "" when the job was done; a code above or a message
	Substitutions []Substitution `json:"substitutions,omitempty"`
	File          []byte         `json:"-"` // the PDF, the file written or the table read, carried beside the JSON (FieldFile)
}

// Substitution is a character the font lacks, replaced in the PDF (see
// pdf.Substitution).
type Substitution struct {
	Char    string `json:"char"`
	Section string `json:"section,omitempty"` // ID of the section holding it; "" for the plan's own fields
	Where   string `json:"where,omitempty"`
	Count   int    `json:"count"`
}

// Encode returns the job as JSON, without its Data.
func (j Job) Encode() (string, error) {
	out, err := json.Marshal(j)
	if err != nil {
		return "", fmt.Errorf("workerjob: encoding a %s job: %w", j.Kind, err)
	}
	return string(out), nil
}

// DecodeJob reads a job encoded by Encode; its Data is set apart. A job
// it cannot read still has its ID when that could be read, so that the
// error can be answered.
func DecodeJob(text string) (Job, error) {
	var j Job
	if err := json.Unmarshal([]byte(text), &j); err != nil {
		return Job{ID: j.ID}, fmt.Errorf("workerjob: reading the job: %w", err)
	}
	return j, nil
}

// Encode returns the reply as JSON, without its File.
func (r Reply) Encode() string {
	out, _ := json.Marshal(r) // strings and numbers: it cannot fail
	return string(out)
}

// DecodeReply reads a reply encoded by Encode; its File is set apart.
func DecodeReply(text string) (Reply, error) {
	var r Reply
	if err := json.Unmarshal([]byte(text), &r); err != nil {
		return Reply{ID: r.ID}, fmt.Errorf("workerjob: reading the reply: %w", err)
	}
	return r, nil
}
