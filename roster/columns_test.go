package roster

import (
	"reflect"
	"testing"
)

func TestGuessColumns(t *testing.T) {
	tests := []struct {
		name   string
		labels []string
		want   Columns
	}{
		{"chinese", []string{"序号", "姓名", "部门", "手机号码", "来自地区", "风险等级", "返岗日期", "人员类别", "是否在岗", "健康状况", "备注"},
			Columns{"", FieldName, FieldDepartment, FieldPhone, FieldRegion, FieldRisk, FieldReturned, FieldClass, FieldOnSite, FieldHealth, FieldNote}},
		{"english", []string{"Name", "Dept", "Mobile", "Region", "Risk", "Return date", "Class", "Quarantine start", "Quarantine end"},
			Columns{FieldName, FieldDepartment, FieldPhone, FieldRegion, FieldRisk, FieldReturned, FieldClass, FieldQuarantineStart, FieldQuarantineEnd}},
		{"to work date is a date, not on site", []string{"姓名", "到岗日期", "到岗情况"},
			Columns{FieldName, FieldReturned, FieldOnSite}},
		{"a field goes to its first column", []string{"姓名", "联系电话", "紧急联系人电话"},
			Columns{FieldName, FieldPhone, ""}},
		{"joined two-row header", []string{"姓名", "隔离期开始", "隔离期结束"},
			Columns{FieldName, FieldQuarantineStart, FieldQuarantineEnd}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := GuessColumns(tt.labels); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("GuessColumns(%q) = %q, want %q", tt.labels, got, tt.want)
			}
		})
	}
}

func TestFindHeader(t *testing.T) {
	rows := func(cells ...[]string) []Row {
		rs := make([]Row, len(cells))
		for i, c := range cells {
			rs[i] = Row{Line: i + 1, Cells: c}
		}
		return rs
	}
	tests := []struct {
		name   string
		rows   []Row
		data   int
		labels []string
		ok     bool
	}{
		{"header first", rows([]string{"姓名", "电话"}, []string{"张三", "13905391234"}), 1, []string{"姓名", "电话"}, true},
		{"title merged across, then header", rows([]string{"临沂精工员工花名册", "临沂精工员工花名册", "临沂精工员工花名册"}, []string{"姓名", "部门", "电话"}, []string{"张三", "生产部", "13905391234"}),
			2, []string{"姓名", "部门", "电话"}, true},
		{"header over two rows", rows([]string{"姓名", "隔离期", "隔离期"}, []string{"姓名", "开始", "结束"}, []string{"张三", "2026-02-01", "2026-02-15"}),
			2, []string{"姓名", "隔离期开始", "隔离期结束"}, true},
		{"no header", rows([]string{"张三", "13905391234"}), 0, nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data, labels, ok := FindHeader(tt.rows)
			if data != tt.data || !reflect.DeepEqual(labels, tt.labels) || ok != tt.ok {
				t.Errorf("FindHeader = %d, %q, %v, want %d, %q, %v", data, labels, ok, tt.data, tt.labels, tt.ok)
			}
		})
	}
}
