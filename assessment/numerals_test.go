package assessment

import "testing"

func TestHanzi(t *testing.T) {
	for n, want := range map[int]string{1: "一", 2: "二", 9: "九", 10: "十", 12: "十二", 20: "二十", 21: "二十一", 99: "九十九", 100: "100", 0: "0"} {
		if got := hanzi(n, false); got != want {
			t.Errorf("hanzi(%d) = %s, want %s", n, got, want)
		}
	}
	for n, want := range map[int]string{1: "一", 2: "两", 4: "四", 22: "二十二"} {
		if got := hanzi(n, true); got != want {
			t.Errorf("hanzi(%d, counted) = %s, want %s", n, got, want)
		}
	}
}

func TestNumeral(t *testing.T) {
	if got, want := Numeral(3), NewText("三", "3", "3", "3"); got != want {
		t.Errorf("Numeral(3) = %v, want %v", got, want)
	}
	if got, want := countNumeral(2), NewText("两", "2", "2", "2"); got != want {
		t.Errorf("countNumeral(2) = %v, want %v", got, want)
	}
}

func TestLabelMidSentence(t *testing.T) {
	if got, want := labelMidSentence(NewText("职工总数", "Total employees", "従業員総数", "직원 총수")), NewText("职工总数", "total employees", "従業員総数", "직원 총수"); got != want {
		t.Errorf("labelMidSentence = %v, want %v", got, want)
	}
}
