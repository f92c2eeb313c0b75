package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"fugong/roster"
)

func TestSheetJobs(t *testing.T) {
	table := `[["姓名","备注"],["张三","=1+1"]]`
	_, x, err := sheetJob(request{Kind: kindSheetWrite, Rows: table, Format: "xlsx", Sheet: "花名册"})
	if err != nil || !bytes.HasPrefix(x, []byte("PK")) {
		t.Fatalf("sheet-write xlsx = %d bytes, %v", len(x), err)
	}
	rows, _, err := sheetJob(request{Kind: kindSheetRead, Data: x})
	if err != nil {
		t.Fatal(err)
	}
	var got []roster.Row
	if err := json.Unmarshal([]byte(rows), &got); err != nil || len(got) != 2 || got[1].Cells[1] != "=1+1" || got[1].Line != 2 {
		t.Errorf("sheet-read = %s, %v", rows, err)
	}
	_, c, err := sheetJob(request{Kind: kindSheetWrite, Rows: table, Format: "csv"})
	if err != nil || !strings.Contains(string(c), "'=1+1") {
		t.Errorf("sheet-write csv = %q, %v", c, err)
	}
	_, r, err := sheetJob(request{Kind: kindRosterWrite, Rows: `[{"name": "张三", "note": "@x"}]`, Format: "csv", Lang: "en"})
	if err != nil || !strings.Contains(string(r), "Name,Department") || !strings.Contains(string(r), "张三") || !strings.Contains(string(r), "'@x") {
		t.Errorf("roster-write csv = %q, %v", r, err)
	}
	tests := []struct {
		name string
		req  request
		want string
	}{
		{"old excel", request{Kind: kindSheetRead, Data: []byte("\xD0\xCF\x11\xE0....")}, roster.FileOldExcel},
		{"nothing", request{Kind: kindSheetRead}, roster.FileNoRows},
		{"rows not JSON", request{Kind: kindSheetWrite, Rows: "[", Format: "csv"}, "reading the rows"},
		{"unknown format", request{Kind: kindSheetWrite, Rows: "[]", Format: "ods"}, "unknown format"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, _, err := sheetJob(tt.req); err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("sheetJob = %v, want %q", err, tt.want)
			}
		})
	}
}

func TestLogsJob(t *testing.T) {
	font := testFont(t)
	data, _, err := build(request{Kind: "logs", Answers: `{"answers": {"name": "临沂精工"}}`, Rows: `[{"name": "张三"}]`, Date: "2026-02-10"}, font)
	if err != nil || !bytes.HasPrefix(data, []byte("%PDF")) {
		t.Fatalf("logs job = %d bytes, %v", len(data), err)
	}
	if _, _, err := build(request{Kind: "logs", Answers: `{}`, Rows: `{`, Date: "2026-02-10"}, font); err == nil || !strings.Contains(err.Error(), "roster") {
		t.Errorf("logs job with a bad roster = %v", err)
	}
}
