//go:build !wasm

package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"fugong/roster/sheet"
)

func TestRosterCommand(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	var x bytes.Buffer
	if err := sheet.WriteXLSX(&x, "花名册", [][]string{
		{"姓名", "部门", "手机", "风险等级", "返岗日期", "人员类别"},
		{"张三", "生产部", "13905391234", "中", "2026-02-01", "普通隔离人员"},
		{"李四", "行政部", "13905391235", "低", "2026-02-03", "正常人员"},
	}); err != nil {
		t.Fatal(err)
	}
	good := write("good.xlsx", x.Bytes())
	bad := write("bad.csv", []byte("姓名,电话,返岗日期\n张三,12345,2026-02-01\n李四,,明天\n王五,,\n"))
	tests := []struct {
		name   string
		args   []string
		code   int
		people int
		aside  []string // messages of the rows set aside
		stderr string
	}{
		{"xlsx read whole", []string{"-date", "2026-02-10", good}, 0, 2, nil, ""},
		{"bad rows set aside", []string{bad}, 1, 1, []string{"第 2 行：电话不是电话号码：「12345」", "第 3 行：返岗日期不是日期：「明天」"}, ""},
		{"problems in english", []string{"-lang", "en", bad}, 1, 1, []string{`Row 2: Phone is not a phone number: "12345"`, `Row 3: Return date is not a date: "明天"`}, ""},
		{"old excel", []string{write("old.xls", []byte("\xD0\xCF\x11\xE0xxxx"))}, 2, 0, nil, "旧版 Excel"},
		{"no header", []string{write("noheader.csv", []byte("张三,13905391234\n"))}, 2, 0, nil, "没有找到表头"},
		{"bad date flag", []string{"-date", "tomorrow", good}, 2, 0, nil, "not a date"},
		{"missing file", []string{filepath.Join(dir, "none.xlsx")}, 2, 0, nil, "no such file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := dispatch(append([]string{"roster"}, tt.args...), strings.NewReader(""), &stdout, &stderr)
			if code != tt.code || !strings.Contains(stderr.String(), tt.stderr) {
				t.Fatalf("fugong roster %q = %d, stderr %q; want %d, stderr with %q", tt.args, code, stderr.String(), tt.code, tt.stderr)
			}
			if code == 2 {
				return
			}
			var out struct {
				Format string
				People []struct{ Name string }
				Aside  []struct{ Message string }
				Counts struct {
					ReturneesMidHigh int `json:"returnees_mid_high"`
				}
				Answers map[string]any
			}
			if err := json.Unmarshal(stdout.Bytes(), &out); err != nil {
				t.Fatalf("output is not JSON: %v\n%s", err, stdout.String())
			}
			var aside []string
			for _, a := range out.Aside {
				aside = append(aside, a.Message)
			}
			if out.Format != "fugong.roster" || len(out.People) != tt.people || strings.Join(aside, "\n") != strings.Join(tt.aside, "\n") {
				t.Errorf("fugong roster %q: %d people, aside %q; want %d, %q", tt.args, len(out.People), aside, tt.people, tt.aside)
			}
		})
	}
}

func TestRosterCommandCounts(t *testing.T) {
	p := filepath.Join(t.TempDir(), "r.csv")
	os.WriteFile(p, []byte("姓名,风险等级,返岗日期,人员类别\n张三,中,2026-02-01,普通隔离人员\n李四,低,2026-02-03,正常人员\n"), 0o644)
	var stdout, stderr bytes.Buffer
	if code := dispatch([]string{"roster", "-date", "2026-02-10", p}, nil, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	var out struct{ Answers map[string]any }
	json.Unmarshal(stdout.Bytes(), &out)
	want := map[string]any{"employees_total": 2.0, "staff_normal": 1.0, "staff_ordinary_isolation": 1.0, "staff_key_isolation": 0.0,
		"staff_in_treatment": 0.0, "returnees_low_risk": 1.0, "returnees_mid_high_risk": 1.0, "returnees_high_risk": 0.0,
		"returnees_cleared": 0.0, "returnees_in_quarantine": 1.0, "returnees_first_return": "2026-02-01", "returnees_last_return": "2026-02-01"}
	for id, v := range want {
		if out.Answers[id] != v {
			t.Errorf("answers[%s] = %v, want %v", id, out.Answers[id], v)
		}
	}
	// The output is a roster file: it reads back as one.
	back := filepath.Join(t.TempDir(), "r.json")
	os.WriteFile(back, stdout.Bytes(), 0o644)
	var again bytes.Buffer
	if code := dispatch([]string{"roster", "-date", "2026-02-10", back}, nil, &again, &stderr); code != 0 || !strings.Contains(again.String(), `"returnees_in_quarantine": 1`) {
		t.Errorf("reading the output back: exit %d, %s %s", code, again.String(), stderr.String())
	}
}

func TestLogsCommand(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) is missing")
	}
	dir := t.TempDir()
	ros := filepath.Join(dir, "r.csv")
	os.WriteFile(ros, []byte("姓名,部门,电话\n张三,生产部,13905391234\n李四,行政部,13905391235\n王五,,12345\n"), 0o644)
	out := filepath.Join(dir, "logs.pdf")
	var stdout, stderr bytes.Buffer
	code := dispatch([]string{"logs", filepath.Join("..", "..", "testdata", "example.json"), ros, "-o", out, "-date", "2026-02-10"}, nil, &stdout, &stderr)
	if code != 1 || !strings.Contains(stderr.String(), "第 4 行：电话不是电话号码：「12345」") {
		t.Fatalf("fugong logs = %d, stderr %q; want 1 and row 4 left out", code, stderr.String())
	}
	text, err := exec.Command("pdftotext", "-layout", out, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	s := string(text)
	for _, want := range []string{"花名册（一人一档）", "每日健康监测台账 · 2026-02-10（第 1 / 14 天）", "每日健康监测台账 · 2026-02-23（第 14 / 14 天）",
		"上午体温", "下午体温", "本人签字", "疫情防控零报告", "消毒记录", "防疫物资出入库登记", "临沂精工机械有限公司", "张三", "李四", "第 18 / 18 页"} {
		if !strings.Contains(s, want) {
			t.Errorf("the logs PDF lacks %q", want)
		}
	}
	if strings.Contains(s, "王五") {
		t.Error("a row left out is in the PDF")
	}
	if n := strings.Count(s, "张三"); n != 15 {
		t.Errorf("张三 is on %d pages, want 15 (the roster and 14 days)", n)
	}
	for _, args := range [][]string{{"logs", "x.json"}, {"logs", "-date", "soon", "a", "b"}, {"logs", filepath.Join(dir, "none.json"), ros}} {
		if code := dispatch(args, nil, &stdout, &stderr); code != 2 {
			t.Errorf("fugong %q = %d, want 2", args, code)
		}
	}
}
