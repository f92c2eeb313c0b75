package pdf

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fugong/assessment"
	"fugong/parkdesk"
)

// parkPicture is a park of 40 enterprises with ten days of reports, on
// 2026-02-18: some resumed, some due and silent, one with a fever.
func parkPicture(t testing.TB) parkdesk.Picture {
	t.Helper()
	var entries []parkdesk.Entry
	var daily []parkdesk.DailyEntry
	start := time.Date(2026, 2, 9, 8, 0, 0, 0, time.UTC)
	for i := range 40 {
		s := parkdesk.Summary{Name: fmt.Sprintf("临沂第%d精密机械有限公司", i+1), PlanID: fmt.Sprintf("%08X", i+1),
			Category: 1 + i%4, Batch: []int{1, 1, 2, 3}[i%4], Staff: parkdesk.UnknownStaff, Readiness: assessment.Ready}
		s.Staff.Total = 20 + i*7
		s.Zone = []string{"东区", "西区", "综合保税区", ""}[i%4]
		s.Industry = []string{"machinery", "electronics", "光伏", "food", "pharma"}[i%5]
		s.AboveScale = parkdesk.YesNo(1 + i%3%2)
		s.FourAbove = parkdesk.YesNo(i % 3)
		if i%5 == 0 {
			s.Readiness, s.Unmet = assessment.NotReady, []string{"isolation_room", "supplies_14d"}
		}
		entries = append(entries, parkdesk.Entry{Code: "s1." + s.PlanID, Added: start, Summary: s})
		if i%5 == 0 {
			continue // silent
		}
		for day := range 10 {
			d := parkdesk.DailyReport{PlanID: s.PlanID, Date: start.AddDate(0, 0, day).Format(time.DateOnly),
				OnSite: s.Staff.Total * day / 10, AbnormalTemp: map[bool]int{true: 1}[i == 7 && day == 9]}
			code, err := parkdesk.EncodeDaily(d)
			if err != nil {
				t.Fatal(err)
			}
			daily = append(daily, parkdesk.DailyEntry{Code: code, Added: start.AddDate(0, 0, day), Report: d})
		}
	}
	dates := parkdesk.BatchDates{1: "2026-02-10", 2: "2026-02-17", 3: "2026-02-24"}
	return parkdesk.Rates(parkdesk.Firms(entries, daily), "2026-02-18", dates)
}

// TestParkReportPDF writes the park's daily report and reads it back:
// its title, the figures, the not-resumed list and the alert. With
// FUGONG_REPORT_PNG set, it also renders the first page there, to be
// looked at.
func TestParkReportPDF(t *testing.T) {
	p := parkPicture(t)
	doc := parkdesk.ParkReport(p, "临沂经济技术开发区", "zh")
	data, subs := write(t, doc)
	if len(subs) > 0 {
		t.Errorf("characters the font lacks: %v", subs)
	}
	text := strings.Join(strings.Fields(run(t, data, "pdftotext", "-layout")), " ")
	for _, want := range []string{
		"园区复工复产情况日报", "临沂经济技术开发区", "2026-02-18",
		fmt.Sprintf("登记企业 %d 家，已复工 %d 家，复工率 %s", p.All.Firms, p.All.Resumed, parkdesk.Pct(p.All.FirmRate())),
		"应复工未复工", "临沂第1精密机械有限公司", "未报送每日报告", "临沂第8精密机械有限公司", "按批次", "按类别",
		"按片区", "综合保税区", "按行业", "电子信息", "光伏", "规上企业", "“四上”企业",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the PDF's text lacks %q:\n%s", want, text)
		}
	}
	if pages := strings.Count(run(t, data, "pdfinfo"), "\n"); pages == 0 {
		t.Error("pdfinfo printed nothing")
	}
	if out := os.Getenv("FUGONG_REPORT_PNG"); out != "" {
		file := filepath.Join(t.TempDir(), "report.pdf")
		if err := os.WriteFile(file, data, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(strings.TrimSuffix(out, ".png")+".pdf", data, 0o644); err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command(tool(t, "pdftoppm"), "-r", "60", "-png", "-f", "1", "-l", "1", "-singlefile", file, strings.TrimSuffix(out, ".png"))
		if msg, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("pdftoppm: %v\n%s", err, msg)
		}
	}
}
