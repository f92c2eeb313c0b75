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
	{"tax_deferral", msg("support.tax_deferral")},
	{"rent_relief", msg("support.rent_relief")},
	{"industrial_funds", msg("support.industrial_funds")},
	{"transport_pass", msg("support.transport_pass")},
	{"loan_subsidy", msg("support.loan_subsidy")},
	{"research_funding", msg("support.research_funding")},
	{"legal_aid", msg("support.legal_aid")},
	{"shuttle_service", msg("support.shuttle_service")},
	{"nucleic_acid_subsidy", msg("support.nucleic_acid_subsidy")},
}

var supportByID = func() map[string]SupportMeasure {
	m := map[string]SupportMeasure{}
	for _, s := range supportMeasures {
		m[s.ID] = s
	}
	return m
}()
