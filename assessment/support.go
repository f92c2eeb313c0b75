package assessment

// SupportMeasure is one kind of help a park may offer enterprises during
// resumption (from the seed: 邯郸's ten measures, 天津's 复工直通车,
// 陕西's subsidised nucleic-acid tests).
type SupportMeasure struct {
	ID    string
	Label Text
}

// SupportMeasures lists the support measures a park can choose from, in
// the order they are shown.
func SupportMeasures() []SupportMeasure {
	return append([]SupportMeasure{}, supportMeasures...)
}

var supportMeasures = []SupportMeasure{
	{"tax_deferral", txt("税费缓缴", "tax deferral", "税金等の納付猶予", "세금 납부 유예")},
	{"rent_relief", txt("租金减免", "rent relief", "賃料の減免", "임대료 감면")},
	{"industrial_funds", txt("产业扶持资金", "industrial support funds", "産業支援資金", "산업 지원 자금")},
	{"transport_pass", txt("运输车辆通行", "transport passes", "輸送車両の通行許可", "운송 차량 통행 허가")},
	{"loan_subsidy", txt("贷款贴息", "loan interest subsidy", "融資の利子補給", "대출 이자 보조")},
	{"research_funding", txt("科研经费", "research funding", "研究開発費の支援", "연구 개발비 지원")},
	{"legal_aid", txt("法律援助", "legal aid", "法律援助", "법률 지원")},
	{"shuttle_service", txt("复工直通车（外地员工点对点返岗）", "return shuttle for migrant workers", "職場復帰直通バス（他地域の従業員の直行送迎）", "복귀 직통 버스(타지역 직원 직행 송영)")},
	{"nucleic_acid_subsidy", txt("核酸检测补贴", "nucleic-acid test subsidy", "PCR検査の補助", "PCR 검사 보조금")},
}

var supportByID = func() map[string]SupportMeasure {
	m := map[string]SupportMeasure{}
	for _, s := range supportMeasures {
		m[s.ID] = s
	}
	return m
}()
