package workerjob

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"fugong/assessment"
	"fugong/parkdesk"
	"fugong/roster"
)

// TestJobRoundTrip: a job encoded by the page is the job the worker
// decodes, its bytes aside.
func TestJobRoundTrip(t *testing.T) {
	park := assessment.Park{Name: "临沂经济技术开发区", Batch2: "2026-02-17"}
	doc := parkdesk.ParkReport(parkdesk.Rates(nil, "2026-02-18", parkdesk.BatchDates{}), park.Name, "zh")
	job := Job{ID: 3, Kind: Logs, WASM: "/web/pdf.wasm?h=1", FontURL: "/web/fonts/f.ttf?h=2",
		Answers: json.RawMessage(`{"answers":{"name":"临沂精工"}}`), Park: &park, Doc: doc,
		People: []roster.Person{{Name: "张三", Note: "=1+1"}}, Table: [][]string{{"姓名"}, {"张三"}},
		Link: "https://x/#p=1", Date: "2026-02-10", Base: "https://x/", Format: "xlsx", Sheet: "花名册", Lang: "ko",
		Data: []byte("PK\x03\x04")}
	text, err := job.Encode()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(text, "PK") {
		t.Errorf("the job's bytes went into its JSON: %s", text)
	}
	got, err := DecodeJob(text)
	if err != nil {
		t.Fatal(err)
	}
	want := job
	want.Data = nil
	if !reflect.DeepEqual(got, want) {
		t.Errorf("DecodeJob(Encode(job)) =\n%+v\nwant\n%+v", got, want)
	}
}

// TestReplyRoundTrip: the worker's reply is the reply the page reads,
// its file aside.
func TestReplyRoundTrip(t *testing.T) {
	for _, r := range []Reply{
		{ID: 1, Stage: StageWrite},
		{ID: 2, Substitutions: []Substitution{{Char: "𠮷", Section: "cover", Where: "企业名称", Count: 2}}},
		{ID: 4, Error: ErrFontUnavailable},
		{ID: -1, Error: ErrWorkerStopped},
	} {
		got, err := DecodeReply(r.Encode())
		if err != nil || !reflect.DeepEqual(got, r) {
			t.Errorf("DecodeReply(Encode(%+v)) = %+v, %v", r, got, err)
		}
	}
	if text := (Reply{ID: 5, File: []byte("%PDF-1.4")}).Encode(); strings.Contains(text, "PDF") {
		t.Errorf("the reply's file went into its JSON: %s", text)
	}
}

// TestDecodeBad: a message that is not a job or a reply is an error,
// with its ID when that could be read, so that it can be answered.
func TestDecodeBad(t *testing.T) {
	for _, tt := range []struct {
		text string
		id   int
	}{
		{`{"id": 7, "kind": "poster", "park": "not a park"}`, 7},
		{`{"id": 8, "people": {}}`, 8},
		{`{"id": 9, `, 0},
		{``, 0},
	} {
		job, err := DecodeJob(tt.text)
		if err == nil || job.ID != tt.id || job.Kind != "" {
			t.Errorf("DecodeJob(%q) = %+v, %v; want an error and ID %d", tt.text, job, err, tt.id)
		}
	}
	for _, tt := range []struct {
		text string
		id   int
	}{
		{`{"id": 5, "substitutions": "not a list"}`, 5},
		{`{"id": 6, "error": `, 0},
	} {
		r, err := DecodeReply(tt.text)
		if err == nil || r.ID != tt.id {
			t.Errorf("DecodeReply(%q) = %+v, %v; want an error and ID %d", tt.text, r, err, tt.id)
		}
	}
}
