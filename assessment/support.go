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
	{"tax_deferral", tx("税费缓缴", "tax deferral")},
	{"rent_relief", tx("租金减免", "rent relief")},
	{"industrial_funds", tx("产业扶持资金", "industrial support funds")},
	{"transport_pass", tx("运输车辆通行", "transport passes")},
	{"loan_subsidy", tx("贷款贴息", "loan interest subsidy")},
	{"research_funding", tx("科研经费", "research funding")},
	{"legal_aid", tx("法律援助", "legal aid")},
	{"shuttle_service", tx("复工直通车（外地员工点对点返岗）", "return shuttle for migrant workers")},
	{"nucleic_acid_subsidy", tx("核酸检测补贴", "nucleic-acid test subsidy")},
}

var supportByID = func() map[string]SupportMeasure {
	m := map[string]SupportMeasure{}
	for _, s := range supportMeasures {
		m[s.ID] = s
	}
	return m
}()
