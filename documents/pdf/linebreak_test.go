package pdf

import (
	"strings"
	"testing"
)

// unitWidth measures every character as 1, so limits count characters.
func unitWidth(rune) float64 { return 1 }

func TestBreakLines(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		limit float64
		want  []string
	}{
		{"empty", "", 5, nil},
		{"fits", "复工复产", 5, []string{"复工复产"}},
		{"between any two Han", "复工复产方案", 4, []string{"复工复产", "方案"}},
		{"comma pulls the character before down", "一二三四，五六", 4, []string{"一二三", "四，五六"}},
		{"full stop pulls down", "一二三四。", 4, []string{"一二三", "四。"}},
		{"closing bracket and full stop", "一二（三）。五六", 4, []string{"一二", "（三）。", "五六"}},
		{"opening bracket goes down", "一二三《四五》", 4, []string{"一二三", "《四五》"}},
		{"opening quote goes down", "一二三“四”", 4, []string{"一二三", "“四”"}},
		{"ellipsis pair stays together", "一二三……", 4, []string{"一二", "三……"}},
		{"English at spaces", "go to work now", 7, []string{"go to ", "work ", "now"}},
		{"long word is cut", "abcdefghij", 4, []string{"abcd", "efgh", "ij"}},
		{"hyphen", "well-known", 6, []string{"well-", "known"}},
		{"Hangul at spaces", "작업 재개 계획", 4, []string{"작업 ", "재개 ", "계획"}},
		{"Latin after Han", "使用WiFi设备", 4, []string{"使用", "WiFi", "设备"}},
		{"kana", "しごとをはじめます。", 5, []string{"しごとをは", "じめます。"}},
		{"small kana not first", "あいうえっと", 4, []string{"あいう", "えっと"}},
		{"punctuation hangs", "一（二）。三", 2, []string{"一", "（二）。", "三"}},
		{"all punctuation", "。。。。。。。", 4, []string{"。。。。。。", "。"}},
		{"spaces hang", "ab    cd", 3, []string{"ab    ", "cd"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := strs(breakLines([]rune(tt.text), unitWidth, tt.limit))
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("breakLines(%q, %v) = %q, want %q", tt.text, tt.limit, got, tt.want)
			}
		})
	}
}

// TestBreakLinesRules checks, over many texts and widths in the real font,
// that no character is lost, no line is too wide, no line starts with
// closing punctuation and none ends with opening punctuation.
func TestBreakLinesRules(t *testing.T) {
	f := testFont(t)
	l := &layout{font: f}
	texts := []string{
		"企业应当建立健全疫情防控工作机制，明确第一责任人；每日对办公区、生产车间、食堂、宿舍进行消毒（每日不少于2次），并做好记录。员工进出厂区须测量体温（≥37.3°C者不得入内），佩戴口罩！“一人一档”，“日报告、零报告”制度……是否落实？",
		"《企业复工复产疫情防控方案》——由企业自行制定、自行承诺【无需提交】。",
		"The enterprise shall keep a health record for every employee, check temperatures at every entrance, and keep at least 1 m between workers (supercalifragilisticexpialidocious).",
		"従業員の健康記録を作成し、毎日体温を測定します。「一人一档」を徹底してください。",
		"모든 직원의 건강 기록을 작성하고, 매일 체온을 측정합니다. 작업장은 하루 두 번 소독합니다.",
		strings.Repeat("防疫。", 40) + strings.Repeat("（注）", 20),
	}
	for _, text := range texts {
		for _, limit := range []float64{8, 15, 30, 57, 170} {
			size := bodySize
			lines := breakLines([]rune(text), l.measure(size), limit)
			if got := strings.Join(strs(lines), ""); got != text {
				t.Fatalf("breakLines(%.20q…, %v): lines join to %q, want the text", text, limit, got)
			}
			for i, line := range lines {
				drawn := []rune(trimSpaceRight(string(line)))
				for k := 0; k < maxHang && len(drawn) > 1 && isNoStart(drawn[len(drawn)-1]); k++ {
					drawn = drawn[:len(drawn)-1] // hanging punctuation
				}
				if w := l.width(drawn, size); w > limit && len(drawn) > 1 {
					t.Errorf("breakLines(%.20q…, %v): line %d %q is %.2f mm wide", text, limit, i, string(line), w)
				}
				if i > 0 && isNoStart(line[0]) {
					t.Errorf("breakLines(%.20q…, %v): line %d %q starts with %q", text, limit, i, string(line), line[0])
				}
				if i < len(lines)-1 && isNoEnd(line[len(line)-1]) && len(line) > 1 {
					t.Errorf("breakLines(%.20q…, %v): line %d %q ends with %q", text, limit, i, string(line), line[len(line)-1])
				}
			}
		}
	}
}

func strs(lines [][]rune) []string {
	var out []string
	for _, l := range lines {
		out = append(out, string(l))
	}
	return out
}
