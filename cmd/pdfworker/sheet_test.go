package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"fugong/internal/workerjob"
	"fugong/roster"
)

func TestSheetJobs(t *testing.T) {
	table := [][]string{{"姓名", "备注"}, {"张三", "=1+1"}}
	x, err := sheetJob(workerjob.Job{Kind: workerjob.SheetWrite, Table: table, Format: "xlsx", Sheet: "花名册"})
	if err != nil || !bytes.HasPrefix(x, []byte("PK")) {
		t.Fatalf("sheet-write xlsx = %d bytes, %v", len(x), err)
	}
	packed, err := sheetJob(workerjob.Job{Kind: workerjob.SheetRead, Data: x})
	got, _ := roster.UnpackSheet(string(packed))
	if err != nil || len(got.Rows) != 2 || got.Rows[1].Cells[1] != "=1+1" || got.Rows[1].Line != 2 || got.Data != 1 || got.Cols[0] != roster.FieldName {
		t.Errorf("sheet-read = %+v, %v", got, err)
	}
	c, err := sheetJob(workerjob.Job{Kind: workerjob.SheetWrite, Table: table, Format: "csv"})
	if err != nil || !strings.Contains(string(c), "'=1+1") {
		t.Errorf("sheet-write csv = %q, %v", c, err)
	}
	r, err := sheetJob(workerjob.Job{Kind: workerjob.RosterWrite, People: []roster.Person{{Name: "张三", Note: "@x"}}, Format: "csv", Lang: "en"})
	if err != nil || !strings.Contains(string(r), "Name,Department") || !strings.Contains(string(r), "张三") || !strings.Contains(string(r), "'@x") {
		t.Errorf("roster-write csv = %q, %v", r, err)
	}
	tests := []struct {
		name string
		req  workerjob.Job
		want string
	}{
		{"old excel", workerjob.Job{Kind: workerjob.SheetRead, Data: []byte("\xD0\xCF\x11\xE0....")}, roster.FileOldExcel},
		{"nothing", workerjob.Job{Kind: workerjob.SheetRead}, roster.FileNoRows},
		{"no header", workerjob.Job{Kind: workerjob.SheetRead, Data: []byte("a,b\n1,2\n")}, roster.FileNoHeader},
		{"unknown format", workerjob.Job{Kind: workerjob.SheetWrite, Format: "ods"}, "unknown format"},
		{"unknown kind", workerjob.Job{Kind: "sheet-sort"}, "unknown kind"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := sheetJob(tt.req); err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("sheetJob = %v, want %q", err, tt.want)
			}
		})
	}
}

func TestLogsJob(t *testing.T) {
	font := testFont(t)
	data, _, err := build(workerjob.Job{Kind: workerjob.Logs, Answers: json.RawMessage(`{"answers": {"name": "临沂精工"}}`), People: []roster.Person{{Name: "张三"}}, Date: "2026-02-10"}, font)
	if err != nil || !bytes.HasPrefix(data, []byte("%PDF")) {
		t.Fatalf("logs job = %d bytes, %v", len(data), err)
	}
	if _, _, err := build(workerjob.Job{Kind: workerjob.Logs, Answers: json.RawMessage(`{}`), Date: "10.2.2026"}, font); err == nil || !strings.Contains(err.Error(), "date") {
		t.Errorf("logs job with a bad date = %v", err)
	}
}
