package roster

import (
	"reflect"
	"testing"
)

func TestPackRows(t *testing.T) {
	rows := []Row{
		{Line: 1, Cells: []string{"姓名", "部门"}},
		{Line: 3, Cells: []string{"张三", ""}},
		{Line: 4, Cells: []string{}},
		{Line: 7, Cells: []string{"a\x1fb\x1ec", "\n"}},
	}
	got, err := UnpackRows(string(PackRows(rows)))
	if err != nil {
		t.Fatal(err)
	}
	want := append(rows[:3:3], Row{Line: 7, Cells: []string{"a b c", "\n"}})
	if !reflect.DeepEqual(got, want) {
		t.Errorf("read back %+v, want %+v", got, want)
	}
	if rows, err := UnpackRows(""); rows != nil || err != nil {
		t.Errorf("an empty table read back as %+v, %v", rows, err)
	}
	if _, err := UnpackRows("1\x1fa\x1ex\x1fb"); err == nil {
		t.Error("a row without its line number read without error")
	}
}

func TestPackSheet(t *testing.T) {
	rows := []Row{
		{Line: 1, Cells: []string{"2月花名册"}},
		{Line: 2, Cells: []string{"姓名", "部门", "x"}},
		{Line: 3, Cells: []string{"张三", "车间"}},
	}
	packed, ok := PackSheet(rows)
	if !ok {
		t.Fatal("no header found")
	}
	got, err := UnpackSheet(string(packed))
	want := Sheet{Rows: rows, Data: 2, Labels: []string{"姓名", "部门", "x"}, Cols: Columns{FieldName, FieldDepartment, FieldNone}}
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("read back %+v, %v; want %+v", got, err, want)
	}
	if _, ok := PackSheet(rows[:1]); ok {
		t.Error("a table without a header packed")
	}
	for _, bad := range []string{"", string(PackRows(rows)), string(PackRows([]Row{{Line: 9}, {}}))} {
		if _, err := UnpackSheet(bad); err == nil {
			t.Errorf("UnpackSheet(%q) read without error", bad)
		}
	}
}
