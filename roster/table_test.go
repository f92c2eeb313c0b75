package roster

import (
	"reflect"
	"testing"
)

// TestTableReadsBack writes people as a table in each language and reads
// the table back through the guessed columns.
func TestTableReadsBack(t *testing.T) {
	people := []Person{
		{Name: "张三", Department: "生产部", Phone: "13905391234", Region: "武汉", Risk: RiskHigh, Returned: "2026-02-01",
			Class: ClassOrdinaryIsolation, QuarantineStart: "2026-02-01", QuarantineEnd: "2026-02-15", Health: HealthNormal, Note: "=1"},
		{Name: "李四", OnSite: true, Class: ClassNormal, Health: HealthUnwell},
	}
	for _, lang := range []string{"zh", "en", "ja", "ko"} {
		t.Run(lang, func(t *testing.T) {
			table := Table(people, lang)
			rows := make([]Row, len(table))
			for i, r := range table {
				rows[i] = Row{Line: i + 1, Cells: r}
			}
			data, labels, ok := FindHeader(rows)
			if !ok {
				t.Fatalf("no header in %q", table[0])
			}
			cols := GuessColumns(labels)
			if !reflect.DeepEqual([]Field(cols), Fields) {
				t.Fatalf("columns %q read back as %q", labels, cols)
			}
			got, _ := Import(rows[data:], cols)
			if !reflect.DeepEqual(got.People, people) {
				t.Errorf("read back %+v\nwant %+v (aside %+v)", got.People, people, got.Aside)
			}
		})
	}
}
