package roster

import (
	"fmt"
	"strconv"
	"testing"
)

// benchRows is a 2,000-person table as the worker reads it from an HR's
// .xlsx: a header, then a third of the people back from a medium-risk
// region and isolated, dates as Excel serial numbers.
func benchRows() []Row {
	rows := []Row{{Line: 1, Cells: []string{"姓名", "部门", "手机", "来自地区", "风险等级", "返岗日期", "人员类别", "是否在岗"}}}
	for i := range 2000 {
		risk, class, onSite := "低", "正常人员", "是"
		if i%3 == 0 {
			risk, class, onSite = "中", "普通隔离人员", "否"
		}
		rows = append(rows, Row{Line: i + 2, Cells: []string{fmt.Sprintf("员工%04d", i), fmt.Sprintf("车间%d", i%7),
			fmt.Sprintf("139%08d", i), "山东临沂", risk, strconv.Itoa(46054 + i%20), class, onSite}})
	}
	return rows
}

// BenchmarkImport2000 is the page's part of a 2,000-person import: the
// header found and the columns guessed, then every row read and checked,
// then the counts and the form's answers worked out.
func BenchmarkImport2000(b *testing.B) {
	rows := benchRows()
	data, labels, ok := FindHeader(rows)
	if !ok {
		b.Fatal("no header found")
	}
	cols := GuessColumns(labels)
	b.Run("header", func(b *testing.B) {
		for b.Loop() {
			_, labels, _ := FindHeader(rows)
			GuessColumns(labels)
		}
	})
	b.Run("import", func(b *testing.B) {
		for b.Loop() {
			if r, _ := Import(rows[data:], cols); len(r.People) != 2000 {
				b.Fatalf("%d people imported, %d set aside", len(r.People), len(r.Aside))
			}
		}
	})
	r, _ := Import(rows[data:], cols)
	b.Run("count", func(b *testing.B) {
		for b.Loop() {
			Count(r.People, "2026-02-01").Answers()
		}
	})
}
