package assessment

import (
	"encoding/json"
	"strconv"
	"strings"
)

// ParkChange is one thing that changes when a park's setup replaces the
// one an answers file carries: a setting of the park, or a conclusion
// drawn from the answers under it.
type ParkChange struct {
	Field string // "name", "batch1"…"batch3", a threshold's JSON name, "contact", "support", "zones", "industries", or "category", "batch", "batch_date", "priority"
	Label Text   // what changes, for people
	Old   Text   // the value before; NotSet when there was none
	New   Text   // the value after
}

// NotSet is how a change shows a value that was not set.
var NotSet = txt("未设置", "not set", "未設定", "미설정")

// SamePark reports whether two setups are the same park setting, leaving
// the default language aside (it changes no content).
func SamePark(a, b Park) bool {
	a.Lang, b.Lang = "", ""
	ja, errA := json.Marshal(a)
	jb, errB := json.Marshal(b)
	return errA == nil && errB == nil && string(ja) == string(jb)
}

// ParkChanges lists what giving the answers a the park setup p instead of
// their own changes: the park's name, each batch's opening date, the
// thresholds, the contacts and support measures, and so the category, the
// batch, its opening date and the priority the kit concludes. It lists
// nothing when the setups are the same.
func ParkChanges(a *Answers, p Park) []ParkChange {
	if a == nil {
		a = &Answers{}
	}
	old := a.Park
	if SamePark(old, p) {
		return nil
	}
	var cs []ParkChange
	add := func(field string, label Text, o, n string) {
		if o != n {
			cs = append(cs, ParkChange{Field: field, Label: label, Old: orNotSet(o), New: orNotSet(n)})
		}
	}
	add("name", txt("园区", "park", "園区", "단지"), old.Name, p.Name)
	for n := 1; n <= 3; n++ {
		add("batch"+strconv.Itoa(n), batchLabel(n), old.BatchDate(n), p.BatchDate(n))
	}
	ot, nt := old.Thresholds(), p.Thresholds()
	add("cat1_min_automation_share", txt("第一类自动化比例标准", "category-1 automation threshold", "第1区分の自動化率基準", "제1유형 자동화율 기준"),
		fmtNum(ot.Cat1MinAutomationShare)+" %", fmtNum(nt.Cat1MinAutomationShare)+" %")
	add("cat3_min_area_per_worker", txt("第三类人均面积标准", "category-3 area per worker", "第3区分の1人当たり面積基準", "제3유형 1인당 면적 기준"),
		fmtNum(ot.Cat3MinAreaPerWorker)+" m²", fmtNum(nt.Cat3MinAreaPerWorker)+" m²")
	add("few_workers_max", txt("用工较少人数标准", "few-workers line", "従業員が少ない企業の人数基準", "소규모 인력 기업 인원 기준"),
		"< "+fmtNum(ot.FewWorkersMax), "< "+fmtNum(nt.FewWorkersMax))
	add("contact", txt("园区联系人和电话", "park contact and phones", "園区の担当者と電話番号", "단지 담당자와 전화번호"), contactLine(old), contactLine(p))
	add("support", txt("扶持措施（项）", "support measures offered", "支援措置の数", "지원 조치 수"), countOrEmpty(len(old.Support)), countOrEmpty(len(p.Support)))
	add("zones", txt("园区片区", "park zones", "園区の区域", "단지 구역"), strings.Join(old.Zones, "、"), strings.Join(p.Zones, "、"))
	add("industries", txt("园区自有行业", "the park's own industries", "園区独自の業種", "단지 자체 업종"), strings.Join(old.Industries, "、"), strings.Join(p.Industries, "、"))

	before := Evaluate(a)
	moved := *a
	moved.Park = p
	after := Evaluate(&moved)
	if before.Category != after.Category {
		cs = append(cs, ParkChange{Field: "category", Label: txt("企业类别", "category", "企業区分", "기업 유형"),
			Old: CategoryName(before.Category), New: CategoryName(after.Category)})
	}
	if before.Batch != after.Batch {
		cs = append(cs, ParkChange{Field: "batch", Label: txt("复工批次", "batch", "再開の陣", "재개 차수"),
			Old: batchText(before.Batch), New: batchText(after.Batch)})
	}
	if before.BatchDate != after.BatchDate {
		cs = append(cs, ParkChange{Field: "batch_date", Label: txt("本企业开放日期", "this enterprise's opening date", "この企業の再開開始日", "이 기업의 개시일"),
			Old: orNotSet(before.BatchDate), New: orNotSet(after.BatchDate)})
	}
	if before.Priority != after.Priority {
		cs = append(cs, ParkChange{Field: "priority", Label: txt("优先复工", "priority", "優先再開", "우선 재개"),
			Old: yesNoText(before.Priority), New: yesNoText(after.Priority)})
	}
	return cs
}

func orNotSet(s string) Text {
	if s == "" {
		return NotSet
	}
	return txt(s, s, s, s)
}

func contactLine(p Park) string {
	s := p.Contact
	for _, part := range []string{p.Phone, p.Hotline} {
		if part != "" {
			if s != "" {
				s += " "
			}
			s += part
		}
	}
	return s
}

func countOrEmpty(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

func batchText(n int) Text {
	if n == 0 {
		return txt("未定", "undetermined", "未定", "미정")
	}
	b := strconv.Itoa(n)
	return txt("第 "+b+" 批", "batch "+b, "第"+b+"陣", "제"+b+"차")
}

func yesNoText(b bool) Text {
	if b {
		return txt("是", "yes", "はい", "예")
	}
	return txt("否", "no", "いいえ", "아니요")
}
