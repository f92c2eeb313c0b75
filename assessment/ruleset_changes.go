package assessment

// PreviousRuleset is the ruleset before RulesetVersion. Drafts and files
// written under it load and are assessed under the current rules;
// rulesetChanges says what that changes for them.
const PreviousRuleset = "2026.1"

// CodeRulesetChange marks a warning that says how a rule changed since the
// ruleset a file was written for, and what that means for these answers.
const CodeRulesetChange = "ruleset_change"

// rulesetChanges lists, for answers a written under PreviousRuleset, each
// change of ruleset 2026.2 that touches them, with their own numbers;
// u holds a's usable answers. Files of any other ruleset get nothing.
func rulesetChanges(a, u *Answers) []Problem {
	if a.Ruleset != PreviousRuleset {
		return nil
	}
	var ps []Problem
	add := func(question string, msg Text) {
		ps = append(ps, Problem{Code: CodeRulesetChange, Question: question, Severity: Warning,
			Message: join(Text{}, txt("规则 "+RulesetVersion+" 变化：", "changed in ruleset "+RulesetVersion+": ",
				"ルール "+RulesetVersion+" での変更：", "규칙 "+RulesetVersion+" 변경 사항: "), msg)})
	}
	staff, okStaff := u.Number("employees_total")
	peak, okPeak := u.Number("peak_shift_workers")
	if okStaff {
		now, before := fmtNum(staff*MasksPerDay*SupplyDays), ""
		if okPeak {
			before = fmtNum(peak * MasksPerDay * SupplyDays)
		}
		msg := txt("14 天口罩用量按职工总数计算："+fmtNum(staff)+" 人 × 2 只 × 14 天 = "+now+" 只",
			"masks for 14 days are counted for everyone employed: "+fmtNum(staff)+" × 2 × 14 = "+now,
			"14日分のマスクは従業員総数で算出する："+fmtNum(staff)+"人 × 2枚 × 14日 = "+now+"枚",
			"14일분 마스크는 직원 총수로 산출한다: "+fmtNum(staff)+"명 × 2장 × 14일 = "+now+"장")
		if before != "" {
			msg = join(Text{}, msg, txt("（原按单班最多在岗人数计 "+before+" 只）", " (before: "+before+", for the largest shift only)",
				"（従来は1シフトの最大在勤人数で "+before+"枚）", "(종전: 1교대 최대 근무 인원 기준 "+before+"장)"))
		}
		add("masks_in_stock", msg)
	}
	if gates, ok := u.Number("entrances"); ok && gates < 1 {
		add("entrances", txt("14 天防疫物资须有至少 1 个在用出入口并配备测温仪", "supplies for 14 days now need at least one entrance in use, with a thermometer",
			"14日分の防疫物資には、体温計を備えた使用中の出入口が1か所以上必要になった", "14일분 방역 물자 조건에 체온계를 갖춘 사용 중인 출입구가 1곳 이상 필요해졌다"))
	}
	if n, ok := u.Number("returnees_mid_high_risk"); ok && n > 0 {
		add("returnees_in_quarantine", txt("中高风险地区返岗人员须满 14 天医学观察方可解除隔离，仅核酸检测阴性不算；尚在隔离、未到岗的人员不影响复工，请填写“"+label("returnees_in_quarantine").Zh+"”",
			"returnees from medium/high-risk regions are cleared only by 14 days' medical observation, never by a negative test alone; those still in quarantine away from work no longer hold the enterprise back — answer “"+label("returnees_in_quarantine").In("en")+"”",
			"中・高リスク地域からの復帰者は14日間の医学的観察を終えて初めて隔離解除となり、PCR検査の陰性のみでは解除としない。隔離中で出勤していない者は再開を妨げない。「"+label("returnees_in_quarantine").In("ja")+"」に回答すること",
			"중·고위험 지역 복귀자는 14일 의학 관찰을 마쳐야 격리 해제되며 PCR 검사 음성만으로는 해제되지 않는다. 격리 중이며 출근하지 않는 인원은 재개에 영향을 주지 않는다. ‘"+label("returnees_in_quarantine").In("ko")+"’에 응답할 것"))
	}
	if n, ok := u.Number("staff_in_treatment"); ok && n > 0 {
		add("cdc_cleared", txt("有感染治疗人员的，须经属地疾控部门同意方可复工，请回答“"+label("cdc_cleared").Zh+"”",
			"with staff under treatment, work resumes only once the local CDC agrees — answer “"+label("cdc_cleared").In("en")+"”",
			"感染治療中の従業員がいる場合は、所在地の疾病予防管理センターの同意を得て初めて再開できる。「"+label("cdc_cleared").In("ja")+"」に回答すること",
			"감염 치료 중인 직원이 있으면 관할 질병예방통제센터의 동의를 받아야 재개할 수 있다. ‘"+label("cdc_cleared").In("ko")+"’에 응답할 것"))
	}
	add("", txt("承诺书按复工条件的结论撰写：未具备的条件逐项列明完成时限，暂不具备条件的出具整改承诺",
		"the commitment letter follows the readiness: each unmet condition is listed with its deadline, and an enterprise not ready signs a pledge to correct them",
		"誓約書は再開条件の判定に従って作成する。未充足の条件は完了期限とともに列挙し、条件を満たしていない企業は是正の誓約を行う",
		"서약서는 재개 조건 판정에 따라 작성한다. 미충족 조건은 완료 기한과 함께 열거하며, 조건을 갖추지 못한 기업은 시정 서약을 한다"))
	return ps
}
