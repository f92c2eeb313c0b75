package roster

import (
	"fmt"
	"strings"

	"fugong/assessment"
)

// named is a text for a key: lists of them, rather than maps, are data
// the program starts with, where a map is built by code at start-up.
type named[K comparable] struct {
	key  K
	text assessment.Text
}

// lookup is the text of key k in list; empty when there is none.
func lookup[K comparable](list []named[K], k K) assessment.Text {
	for _, n := range list {
		if n.key == k {
			return n.text
		}
	}
	return assessment.Text{}
}

// tx is a text in the kit's four languages.
func tx(zh, en, ja, ko string) assessment.Text {
	return assessment.NewText(zh, en, ja, ko)
}

// fieldNames are the fields' names, as column headers and in messages.
var fieldNames = []named[Field]{
	{FieldNone, tx("（不导入）", "(not imported)", "（取り込まない）", "(가져오지 않음)")},
	{FieldName, tx("姓名", "Name", "氏名", "성명")},
	{FieldDepartment, tx("部门", "Department", "部署", "부서")},
	{FieldPhone, tx("电话", "Phone", "電話", "전화")},
	{FieldRegion, tx("来自地区", "Returns from", "出発地域", "출발 지역")},
	{FieldRisk, tx("风险等级", "Risk level", "リスク等級", "위험 등급")},
	{FieldReturned, tx("返岗日期", "Return date", "復帰日", "복귀일")},
	{FieldClass, tx("人员类别", "Class", "区分", "인원 구분")},
	{FieldQuarantineStart, tx("隔离开始", "Quarantine from", "隔離開始", "격리 시작")},
	{FieldQuarantineEnd, tx("隔离期满", "Quarantine ends", "隔離満了", "격리 만료")},
	{FieldOnSite, tx("是否在岗", "On site", "出勤中", "현장 근무")},
	{FieldHealth, tx("健康状况", "Health", "健康状態", "건강 상태")},
	{FieldNote, tx("备注", "Note", "備考", "비고")},
}

// FieldLabel is the name of field f in lang.
func FieldLabel(f Field, lang string) string { return lookup(fieldNames, f).In(lang) }

// problemTexts say what is wrong; %s is the field's name, %q-like quotes
// are added around the value by Describe.
var problemTexts = []named[string]{
	{ProblemNoName, tx("缺少姓名", "the name is missing", "氏名がありません", "성명이 없습니다")},
	{ProblemDate, tx("%s不是日期", "%s is not a date", "%sが日付ではありません", "%s이(가) 날짜가 아닙니다")},
	{ProblemPhone, tx("%s不是电话号码", "%s is not a phone number", "%sが電話番号ではありません", "%s이(가) 전화번호가 아닙니다")},
	{ProblemRisk, tx("%s应为 低、中、高 或 境外", "%s must be low, medium, high or abroad", "%sは 低・中・高・国外 のいずれかです", "%s은(는) 저·중·고 또는 해외여야 합니다")},
	{ProblemClass, tx("%s应为 正常人员、普通隔离人员、重点隔离人员 或 感染治疗人员", "%s must be normal, ordinary isolation, key isolation or under treatment", "%sは 通常・一般隔離・重点隔離・感染治療 のいずれかです", "%s은(는) 정상·일반 격리·중점 격리·감염 치료 중 하나여야 합니다")},
	{ProblemHealth, tx("%s应为 正常 或 异常", "%s must be normal or unwell", "%sは 正常 か 異常 です", "%s은(는) 정상 또는 이상이어야 합니다")},
	{ProblemYesNo, tx("%s应为 是 或 否", "%s must be yes or no", "%sは はい か いいえ です", "%s은(는) 예 또는 아니요여야 합니다")},
	{ProblemQuarantineEnds, tx("隔离期满早于隔离开始", "the quarantine ends before it starts", "隔離満了が隔離開始より前です", "격리 만료가 격리 시작보다 앞섭니다")},
	{ProblemDuplicate, tx("与第 %d 行重复", "the same person as row %d", "%d 行目と重複しています", "%d행과 중복됩니다")},
}

// Describe says what is wrong in lang: "返岗日期不是日期：「2月30日」".
func (p Problem) Describe(lang string) string {
	format := lookup(problemTexts, p.Code).In(lang)
	var s string
	switch {
	case p.Code == ProblemDuplicate:
		s = fmt.Sprintf(format, p.Other)
	case strings.Contains(format, "%s"):
		s = fmt.Sprintf(format, FieldLabel(p.Field, lang))
	case format == "":
		s = p.Code
	default:
		s = format
	}
	if p.Value != "" && p.Code != ProblemDuplicate {
		s += quote(lang, p.Value)
	}
	return s
}

// quote is value after a colon, in the language's quotes.
func quote(lang, value string) string {
	switch lang {
	case "zh", "ja", "":
		return "：「" + value + "」"
	case "ko":
		return ": 「" + value + "」"
	}
	return `: "` + value + `"`
}

// Describe says everything wrong with a row set aside, in lang:
// "第 7 行：返岗日期不是日期：「2月30日」；…".
func (a Aside) Describe(lang string) string {
	parts := make([]string, len(a.Problems))
	for i, p := range a.Problems {
		parts[i] = p.Describe(lang)
	}
	sep := "；"
	if lang == "en" || lang == "ko" {
		sep = "; "
	}
	return fmt.Sprintf(rowText.In(lang), a.Row) + strings.Join(parts, sep)
}

var rowText = tx("第 %d 行：", "Row %d: ", "%d 行目：", "%d행: ")

// ClassName is the name of class c in lang.
func ClassName(c Class, lang string) string { return lookup(classNames, c).In(lang) }

// RiskName is the name of risk level r in lang.
func RiskName(r Risk, lang string) string { return lookup(riskNames, r).In(lang) }

// HealthName is the name of health status h in lang.
func HealthName(h Health, lang string) string { return lookup(healthNames, h).In(lang) }

var (
	classNames = []named[Class]{
		{ClassNone, tx("未分类", "not classed", "未分類", "미분류")},
		{ClassNormal, tx("正常人员", "normal", "通常勤務者", "정상 인원")},
		{ClassOrdinaryIsolation, tx("普通隔离人员", "ordinary isolation", "一般隔離者", "일반 격리 인원")},
		{ClassKeyIsolation, tx("重点隔离人员", "key isolation", "重点隔離者", "중점 격리 인원")},
		{ClassInTreatment, tx("感染治疗人员", "under treatment", "感染治療中の者", "감염 치료 인원")},
	}
	riskNames = []named[Risk]{
		{RiskNone, tx("未外出", "did not travel", "移動なし", "이동 없음")},
		{RiskLow, tx("低风险", "low risk", "低リスク", "저위험")},
		{RiskMid, tx("中风险", "medium risk", "中リスク", "중위험")},
		{RiskHigh, tx("高风险", "high risk", "高リスク", "고위험")},
		{RiskAbroad, tx("境外", "abroad", "国外", "해외")},
	}
	healthNames = []named[Health]{
		{HealthUnknown, tx("未填", "not given", "未記入", "미기입")},
		{HealthNormal, tx("正常", "normal", "正常", "정상")},
		{HealthUnwell, tx("异常", "unwell", "異常", "이상")},
	}
)
