package workerjob

import (
	"encoding/json"
	"fmt"
	"strconv"
	"testing"

	"fugong/roster"
)

func tmpRows(n int) []roster.Row {
	rows := []roster.Row{{Line: 1, Cells: []string{"姓名", "部门", "手机", "来自地区", "风险等级", "返岗日期", "人员类别", "是否在岗"}}}
	for i := range n {
		risk, class, onSite := "低", "正常人员", "是"
		if i%3 == 0 {
			risk, class, onSite = "中", "普通隔离人员", "否"
		}
		rows = append(rows, roster.Row{Line: i + 2, Cells: []string{fmt.Sprintf("员工%04d", i), fmt.Sprintf("车间%d", i%7), fmt.Sprintf("139%08d", i),
			"山东临沂", risk, strconv.Itoa(46054 + i%20), class, onSite}})
	}
	return rows
}

func BenchmarkTmpDecodeReply(b *testing.B) {
	text := string(roster.PackRows(tmpRows(2000)))
	b.Logf("reply %d bytes", len(text))
	for b.Loop() {
		roster.UnpackRows(text)
	}
}
func BenchmarkTmpFindHeader(b *testing.B) {
	rows := tmpRows(2000)
	for b.Loop() {
		roster.FindHeader(rows)
	}
}
func BenchmarkTmpImport(b *testing.B) {
	rows := tmpRows(2000)
	_, labels, _ := roster.FindHeader(rows)
	cols := roster.GuessColumns(labels)
	for b.Loop() {
		roster.Import(rows[1:], cols)
	}
}
func BenchmarkTmpCount(b *testing.B) {
	rows := tmpRows(2000)
	r, _ := roster.Import(rows[1:], roster.GuessColumns(rows[0].Cells))
	for b.Loop() {
		roster.Count(r.People, "2026-02-20")
	}
}
func BenchmarkTmpSearch(b *testing.B) {
	rows := tmpRows(2000)
	r, _ := roster.Import(rows[1:], roster.GuessColumns(rows[0].Cells))
	for b.Loop() {
		roster.Search(r.People, "")
	}
}
func BenchmarkTmpMarshal(b *testing.B) {
	rows := tmpRows(2000)
	r, _ := roster.Import(rows[1:], roster.GuessColumns(rows[0].Cells))
	for b.Loop() {
		json.Marshal(r)
	}
}
func BenchmarkTmpUnmarshal(b *testing.B) {
	rows := tmpRows(2000)
	r, _ := roster.Import(rows[1:], roster.GuessColumns(rows[0].Cells))
	data, _ := json.Marshal(r)
	b.Logf("roster %d bytes", len(data))
	for b.Loop() {
		var x roster.Roster
		json.Unmarshal(data, &x)
	}
}
