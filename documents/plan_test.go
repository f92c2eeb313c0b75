package documents

import (
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"

	"fugong/assessment"
	"fugong/internal/scenario"
)

// update rewrites the golden files testdata/plans/*.txt.
var update = flag.Bool("update", false, "rewrite the golden files testdata/plans/*.txt")

// scenarios is the folder of the rules' scenarios, whose answers some
// plans are built from.
const scenarios = "../assessment/testdata"

// readScenarioFile reads a file of the scenarios' folder.
func readScenarioFile(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(scenarios, name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// planDate is the date every test plan carries.
var planDate = time.Date(2026, 2, 10, 9, 30, 0, 0, time.UTC)

// planScenarios are the assessment scenarios whose plans are kept as
// golden files beside the root examples.
var planScenarios = []string{
	"canteen_not_applicable", "dorm_not_applicable", "commute_not_applicable",
	"notready_no_isolation_room", "phased_dorm_unknown", "returnees_missing",
	"notready_masks_one_short", "phased_recirculated_air",
}

// TestPlanGolden renders the plan of every root testdata/*.json and of
// planScenarios as text and compares it with testdata/plans/NAME.txt
// (rewritten by -update). Every plan must also pass checkPlan.
func TestPlanGolden(t *testing.T) {
	inputs := map[string][]byte{}
	files, err := filepath.Glob("../testdata/*.json")
	if err != nil || len(files) < 4 {
		t.Fatalf("root examples: %v %v", files, err)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		inputs[strings.TrimSuffix(filepath.Base(f), ".json")] = data
	}
	for _, name := range planScenarios {
		inputs[name] = scenario.Answers(t, scenario.Read(t, filepath.Join(scenarios, name+".txtar")), scenarios)
	}
	for name, data := range inputs {
		t.Run(name, func(t *testing.T) {
			a, err := assessment.ParseAnswers(data)
			if err != nil {
				t.Fatal(err)
			}
			p := BuildPlan(a, assessment.Evaluate(a), planDate)
			checkPlan(t, p)
			checkGolden(t, filepath.Join("testdata", "plans", name+".txt"), p.Text())
		})
	}
}

// checkGolden compares a plan's text with its golden file, which -update
// rewrites.
func checkGolden(t *testing.T, golden, got string) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(golden), 0o777); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, []byte(got), 0o666); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if got != string(want) {
		t.Errorf("plan text differs from %s (run go test -update after checking):\n%s", golden, got)
	}
}

// emptySlot matches text a missing answer could leave behind.
var emptySlot = regexp.MustCompile(`：。|：，|：；|  人|  间|（）|\(\)|%!|<nil>|，。|^[，。、；]`)

// checkPlan asserts what every plan must be: fields filled, every section
// titled, no empty block, no empty slot, no ℃, two letters.
func checkPlan(t *testing.T, p *Plan) {
	t.Helper()
	for name, v := range map[string]string{"ID": p.ID, "Lang": p.Lang, "Title": p.Title, "Enterprise": p.Enterprise,
		"Date": p.Date, "Ruleset": p.Ruleset, "Footer": p.Footer, "PageFormat": p.PageFormat, "QR": p.QR} {
		if v == "" {
			t.Errorf("Plan.%s is empty", name)
		}
	}
	if strings.Count(p.PageFormat, "%d") != 2 {
		t.Errorf("PageFormat = %q, want two %%d", p.PageFormat)
	}
	seen := map[string]bool{}
	check := func(s Section, where, text string) {
		t.Helper()
		if strings.TrimSpace(text) == "" {
			t.Errorf("section %s: empty %s", s.ID, where)
		}
		if strings.Contains(text, "℃") {
			t.Errorf("section %s: %s holds ℃: %q", s.ID, where, text)
		}
		for _, line := range strings.Split(text, "\n") {
			if m := emptySlot.FindString(line); m != "" && !s.Edited {
				t.Errorf("section %s: %s has an empty slot %q: %q", s.ID, where, m, line)
			}
			// A lead-in may end with a colon; a field, a cell or an item may not.
			if strings.HasSuffix(line, "：") && (where != "paragraph" || s.ID == "cover") {
				t.Errorf("section %s: %s ends in an empty field: %q", s.ID, where, line)
			}
		}
	}
	for _, s := range p.Sections {
		if seen[s.ID] {
			t.Errorf("section %s twice", s.ID)
		}
		seen[s.ID] = true
		check(s, "title", s.Title)
		if s.Level < 1 || s.Level > 2 {
			t.Errorf("section %s: level %d", s.ID, s.Level)
		}
		for _, b := range s.Blocks {
			switch b.Kind {
			case Paragraph:
				check(s, "paragraph", b.Text)
			case List:
				if len(b.Items) == 0 {
					t.Errorf("section %s: empty list", s.ID)
				}
				for _, it := range b.Items {
					check(s, "list item", it)
				}
			case TableBlock:
				if b.Table == nil || len(b.Table.Rows) == 0 {
					t.Errorf("section %s: empty table", s.ID)
					continue
				}
				for _, row := range b.Table.Rows {
					if len(row) != len(b.Table.Header) {
						t.Errorf("section %s: row %q has %d cells, header %d", s.ID, row, len(row), len(b.Table.Header))
					}
					for _, c := range row {
						check(s, "table cell", c)
					}
				}
				if w := b.Table.Widths; w != nil && len(w) != len(b.Table.Header) {
					t.Errorf("section %s: %d widths for %d columns", s.ID, len(w), len(b.Table.Header))
				}
			case SignatureBlock:
				if b.Signature == nil || len(b.Signature.Signers) == 0 || b.Signature.Seal == "" || b.Signature.DateLabel == "" {
					t.Errorf("section %s: incomplete signature %+v", s.ID, b.Signature)
				}
			case QRBlock:
				check(s, "QR caption", b.Text)
			}
		}
	}
	if !seen["letter.enterprise"] || !seen["letter.park"] {
		t.Errorf("letters missing: %v", seen)
	}
}

// loadPlanAnswers reads testdata/base.json (a complete ready enterprise)
// with the answers in over laid on it.
func loadPlanAnswers(t *testing.T, over map[string]assessment.Value) *assessment.Answers {
	t.Helper()
	a, err := assessment.ParseAnswers(readScenarioFile(t, "base.json"))
	if err != nil {
		t.Fatal(err)
	}
	for id, v := range over {
		a.Set(id, v)
	}
	return a
}

func buildPlan(a *assessment.Answers) *Plan { return BuildPlan(a, assessment.Evaluate(a), planDate) }

func section(p *Plan, id string) (Section, bool) {
	for _, s := range p.Sections {
		if s.ID == id {
			return s, true
		}
	}
	return Section{}, false
}

// sectionText is a section's text alone, as Plan.Text writes it.
func sectionText(p *Plan, id string) string {
	s, _ := section(p, id)
	q := *p
	q.Sections = []Section{s}
	return q.Text()
}

func TestPlanSectionsApply(t *testing.T) {
	tests := []struct {
		name    string
		over    map[string]assessment.Value
		section string
		want    bool
	}{
		{"canteen", map[string]assessment.Value{"has_canteen": assessment.BoolValue(true)}, "prevention.canteen", true},
		{"no canteen", map[string]assessment.Value{"has_canteen": assessment.BoolValue(false)}, "prevention.canteen", false},
		{"canteen unanswered", map[string]assessment.Value{"has_canteen": {}}, "prevention.canteen", false},
		{"dormitory", map[string]assessment.Value{"dorm_residents": assessment.NumberValue(12)}, "prevention.dormitory", true},
		{"no dormitory", map[string]assessment.Value{"dorm_residents": assessment.NumberValue(0)}, "prevention.dormitory", false},
		{"shuttle", map[string]assessment.Value{"shuttle_buses": assessment.NumberValue(1)}, "prevention.commute", true},
		{"no shuttle", map[string]assessment.Value{"shuttle_buses": assessment.NumberValue(0)}, "prevention.commute", false},
		{"support", map[string]assessment.Value{}, "support", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := buildPlan(loadPlanAnswers(t, tt.over))
			if _, got := section(p, tt.section); got != tt.want {
				t.Errorf("section %s present = %v, want %v", tt.section, got, tt.want)
			}
			checkPlan(t, p)
		})
	}
	// Multilingual notices only with foreign staff.
	for _, n := range []float64{0, 3} {
		p := buildPlan(loadPlanAnswers(t, map[string]assessment.Value{"foreign_staff": assessment.NumberValue(n)}))
		got := strings.Contains(sectionText(p, "prevention.training"), "以其使用的语言")
		if got != (n > 0) {
			t.Errorf("foreign_staff %v: multilingual notice in training = %v", n, got)
		}
	}
	// Support only when the park offers some, each with its note and contact.
	a := loadPlanAnswers(t, nil)
	a.Park = assessment.Park{Name: "测试园区", Contact: "王五", Phone: "0531-88888888",
		Support: []assessment.Offer{{ID: "rent_relief", Note: "减免 3 个月"}, {ID: "legal_aid"}, {ID: "no_such"}}}
	text := sectionText(buildPlan(a), "support")
	for _, want := range []string{"租金减免", "减免 3 个月", "法律援助", "请向园区咨询", "王五", "0531-88888888", "测试园区"} {
		if !strings.Contains(text, want) {
			t.Errorf("support section lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "no_such") {
		t.Errorf("support lists an unknown measure:\n%s", text)
	}
}

// domainPreventionTitles are the prevention plan's sections in DOMAIN.md.
var domainPreventionTitles = []string{"组织领导", "人员排查与返岗", "健康监测", "出入管理", "工作场所", "清洁消毒",
	"食堂", "宿舍", "通勤", "物资储备", "医务与垃圾", "隔离观察区", "宣传培训"}

func TestPlanPreventionAndEmergency(t *testing.T) {
	p := buildPlan(loadPlanAnswers(t, map[string]assessment.Value{"shuttle_buses": assessment.NumberValue(2), "shuttle_measures": assessment.BoolValue(true)}))
	var titles []string
	for _, s := range p.Sections {
		titles = append(titles, s.Title)
	}
	all := strings.Join(titles, "\n")
	for _, want := range domainPreventionTitles {
		if !strings.Contains(all, want) {
			t.Errorf("no prevention section titled %q in\n%s", want, all)
		}
	}
	parts := []string{"总则", "风险分析", "分级响应", "组织机构与职责", "预防与预警", "应急准备", "应急处置", "善后处置", "保障措施与预案管理"}
	n := 0
	for _, s := range p.Sections {
		if strings.HasPrefix(s.ID, "emergency.") {
			if n < len(parts) && !strings.Contains(s.Title, parts[n]) {
				t.Errorf("emergency part %d = %q, want %q", n+1, s.Title, parts[n])
			}
			n++
		}
	}
	if n != 9 {
		t.Errorf("%d emergency parts, want 9", n)
	}
	text := p.Text()
	for _, want := range []string{
		"《中华人民共和国传染病防治法》", "《中华人民共和国突发事件应对法》", "《突发公共卫生事件应急条例》",
		"第一阶段", "第二阶段", "第三阶段", "连续 14 天无新增病例", "流行病学调查", "密切接触者", "停工停产",
		"演练", "修订", "临沂市人民医院发热门诊", "鲁Q·A3B57", "临时隔离观察室 2 间",
		"王建国", "13953912345", "张伟", "13605391122", "李娜", "赵强", "刘芳", "0539-8765433",
		"5208 只", "5600 只", "测温仪 4 个", "至少需要 2 个", "3 批", "40 座", "每间 6 人", "2026年2月9日",
		"≥37.3°C", "5 分钟后复测",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("plan lacks %q", want)
		}
	}
}

// pledges are phrases each of the letter's pledges must hold (DOMAIN.md).
var pledges = []string{"主体责任", "法定代表人王建国为第一责任人", "疫情防控方案和突发疫情应急预案", "五到位", "防控机制到位", "人员排查到位",
	"防疫物资到位", "消毒管理到位", "安全生产到位", "疫情防控所需费用由本企业自行承担", "不瞒报、不漏报、不迟报",
	"集中（居家）隔离医学观察满 14 天", "体温正常即可上岗，不作隔离", "境外入境人员", "每日向", "监督检查", "停工整改", "纳入企业信用记录",
	"经自评属第三类企业，具备复工复产条件，拟于园区第二批", "联系人：刘芳（电话 13854912345）", "本企业职工 186 人，可正常上岗 170 人；外地返岗 46 人，其中来自中、高风险地区 16 人"}

func TestPlanLetter(t *testing.T) {
	a := loadPlanAnswers(t, map[string]assessment.Value{"leader_name": assessment.StringValue("李四")})
	a.Park.Name = "临沂经济技术开发区"
	p := buildPlan(a)
	var letters []Section
	for _, s := range p.Sections {
		if strings.HasPrefix(s.ID, "letter.") && strings.Contains(s.Title, "承诺书") {
			letters = append(letters, s)
		}
	}
	if len(letters) != 2 || !strings.Contains(letters[0].Title, "企业留存联") || !strings.Contains(letters[1].Title, "园区存档联") {
		t.Fatalf("letters: %+v", letters)
	}
	for _, l := range letters {
		if !l.NewPage {
			t.Errorf("%s does not start a page", l.ID)
		}
		text := sectionText(p, l.ID)
		for _, want := range append(pledges, "临沂精工机械有限公司", "临沂经济技术开发区", "91371311MA3R7PQ1X4", p.ID) {
			if !strings.Contains(text, want) {
				t.Errorf("%s lacks %q", l.ID, want)
			}
		}
		var sig *Signature
		for _, b := range l.Blocks {
			if b.Kind == SignatureBlock {
				sig = b.Signature
			}
		}
		if sig == nil {
			t.Fatalf("%s has no signature block", l.ID)
		}
		if len(sig.Signers) != 2 || !strings.Contains(sig.Signers[0], "法定代表人") || !strings.Contains(sig.Signers[0], "王建国") ||
			!strings.Contains(sig.Signers[1], "李四") || sig.Seal != "承诺企业（盖章）：临沂精工机械有限公司" || !strings.HasPrefix(sig.DateLabel, "日期") {
			t.Errorf("%s signature = %+v", l.ID, sig)
		}
	}
	// No park: the letter leaves a line to write the park's name on; no
	// representative: the line is left for the signature, no name made up.
	a = loadPlanAnswers(t, map[string]assessment.Value{"legal_rep": {}})
	p = buildPlan(a)
	text := sectionText(p, "letter.park")
	if !strings.Contains(text, "致：＿＿＿＿") {
		t.Errorf("letter without a park lacks a line after 致:\n%s", text)
	}
	s, _ := section(p, "letter.park")
	for _, b := range s.Blocks {
		if b.Kind == SignatureBlock && b.Signature.Signers[0] != "法定代表人（签字）：" {
			t.Errorf("signer without legal_rep = %q", b.Signature.Signers[0])
		}
	}
}

func TestPlanID(t *testing.T) {
	a := loadPlanAnswers(t, nil)
	id := assessment.PlanID(a)
	if !regexp.MustCompile(`^[0-9A-F]{8}$`).MatchString(id) {
		t.Fatalf("PlanID = %q, want 8 upper-case hex digits", id)
	}
	p := buildPlan(a)
	if p.ID != id || p.QR != id || !strings.Contains(p.Footer, id) || !strings.Contains(p.Footer, assessment.RulesetVersion) {
		t.Errorf("plan ID %q, QR %q, footer %q; want %s", p.ID, p.QR, p.Footer, id)
	}
	same := loadPlanAnswers(t, nil)
	same.Edits = map[string]string{"prevention.canteen": "自定"}
	same.Lang = "en"
	if got := BuildPlan(same, assessment.Evaluate(same), planDate.AddDate(0, 1, 0)).ID; got != id {
		t.Errorf("ID with edits, language and date changed = %s, want %s", got, id)
	}
	changed := loadPlanAnswers(t, map[string]assessment.Value{"masks_in_stock": assessment.NumberValue(4001)})
	if assessment.PlanID(changed) == id {
		t.Error("ID unchanged when an answer changed")
	}
	parked := loadPlanAnswers(t, nil)
	parked.Park.Name = "另一园区"
	if assessment.PlanID(parked) == id {
		t.Error("ID unchanged when the park changed")
	}
	blank := loadPlanAnswers(t, map[string]assessment.Value{"main_products": assessment.StringValue("  ")})
	removed := loadPlanAnswers(t, map[string]assessment.Value{"main_products": {}})
	if assessment.PlanID(blank) != assessment.PlanID(removed) {
		t.Error("a blank answer and no answer give different IDs")
	}
}

func TestPlanEdits(t *testing.T) {
	a := loadPlanAnswers(t, nil)
	a.Edits = map[string]string{
		"prevention.canteen":  "第一段，\r\n接着写。\n\n  \n第二段。",
		"custom.b":            "复工后生产安全\n\n设备复工前逐台检查。",
		"custom.a":            "厂区绿化养护\n春季按时浇水。",
		"letter.enterprise":   "不承诺。",
		"prevention.training": "   ",
		"no.such.section":     "无",
	}
	before := map[string]string{}
	for k, v := range a.Edits {
		before[k] = v
	}
	p := buildPlan(a)
	s, _ := section(p, "prevention.canteen")
	want := []Block{para("第一段，\n接着写。"), para("第二段。")}
	if !s.Edited || !reflect.DeepEqual(s.Blocks, want) || !strings.Contains(s.Title, "食堂") {
		t.Errorf("edited canteen = %+v, want blocks %+v", s, want)
	}
	if s, _ := section(p, "prevention.training"); s.Edited {
		t.Error("a blank edit replaced its section")
	}
	if s, _ := section(p, "letter.enterprise"); s.Edited || strings.Contains(sectionText(p, "letter.enterprise"), "不承诺") {
		t.Error("an edit replaced the commitment letter")
	}
	// Custom sections come after the last prevention section, by key.
	var ids []string
	for _, s := range p.Sections {
		ids = append(ids, s.ID)
	}
	joined := strings.Join(ids, " ")
	if !strings.Contains(joined, "prevention.training custom.a custom.b emergency") {
		t.Errorf("custom sections misplaced: %s", joined)
	}
	ca, _ := section(p, "custom.a")
	if !ca.Edited || ca.Title != "（十五）厂区绿化养护" || len(ca.Blocks) != 1 || ca.Blocks[0].Text != "春季按时浇水。" {
		t.Errorf("custom.a = %+v", ca)
	}
	cb, _ := section(p, "custom.b")
	if cb.Title != "（十六）复工后生产安全" {
		t.Errorf("custom.b title = %q", cb.Title)
	}
	// The builder only reads the edits: they survive a rebuild.
	if !reflect.DeepEqual(a.Edits, before) {
		t.Errorf("edits changed: %v", a.Edits)
	}
	if q := buildPlan(a); !reflect.DeepEqual(p, q) {
		t.Error("rebuilding with the same edits changed the plan")
	}
	// And through the answers file.
	data, err := a.Encode()
	if err != nil {
		t.Fatal(err)
	}
	back, err := assessment.ParseAnswers(data)
	if err != nil {
		t.Fatal(err)
	}
	if q := buildPlan(back); !reflect.DeepEqual(p, q) {
		t.Error("the plan changed after the answers file round trip")
	}
	if !EditableSection("prevention.canteen") || !EditableSection("custom.x") || EditableSection("custom.") ||
		EditableSection("letter.park") || EditableSection("result") || EditableSection("nope") {
		t.Error("EditableSection is wrong")
	}
}

func TestPlanSectionIDs(t *testing.T) {
	ids := PlanSectionIDs()
	seen := map[string]bool{}
	for _, id := range ids {
		if seen[id] {
			t.Errorf("section ID %s twice", id)
		}
		seen[id] = true
	}
	for _, want := range []string{"cover", "result", "prevention", "prevention.canteen", "prevention.dormitory",
		"prevention.commute", "emergency.response", "staff.returnees", "support", "letter.enterprise", "letter.park"} {
		if !seen[want] {
			t.Errorf("PlanSectionIDs lacks %s", want)
		}
	}
	// Every section a full plan holds is listed, in the same order.
	a := loadPlanAnswers(t, map[string]assessment.Value{"shuttle_buses": assessment.NumberValue(1)})
	a.Park.Support = []assessment.Offer{{ID: "legal_aid"}}
	i := 0
	for _, s := range buildPlan(a).Sections {
		for i < len(ids) && ids[i] != s.ID {
			i++
		}
		if i == len(ids) {
			t.Errorf("section %s not in PlanSectionIDs order %v", s.ID, ids)
		}
	}
	for _, info := range PlanSections() {
		if info.Title.Zh == "" || info.Title.Exact("en") == "" {
			t.Errorf("section %s lacks a title", info.ID)
		}
	}
}

func TestPlanMissingAnswers(t *testing.T) {
	a := assessment.NewAnswers("zh")
	a.Set("has_canteen", assessment.BoolValue(true))
	a.Set("dorm_residents", assessment.NumberValue(10))
	a.Set("shuttle_buses", assessment.NumberValue(1))
	a.Set("returnees_mid_high_risk", assessment.NumberValue(5))
	a.Set("leader_name", assessment.StringValue("王建国"))
	a.Set("leader_phone", assessment.StringValue("12345")) // invalid: counts as missing
	p := buildPlan(a)
	checkPlan(t, p)
	text := p.Text()
	for _, want := range []string{"（待确定：企业名称）", "（待确定：组长电话）", "（待确定：临时隔离观察室数量）",
		"（待确定：体温检测负责人姓名及电话）", "（待确定：就近的发热门诊或定点医院）", "（待确定：需填写“职工总数”）",
		"至少需要宿舍 2 间"} {
		if !strings.Contains(text, want) {
			t.Errorf("plan lacks %q", want)
		}
	}
	if strings.Contains(text, "12345") {
		t.Error("an invalid phone is printed")
	}
	// No person is made up: with no officer named, no name appears in the
	// prevention team's table but the leader's.
	org, _ := section(p, "prevention.organization")
	for _, b := range org.Blocks {
		if b.Kind == TableBlock {
			for _, row := range b.Table.Rows[1:] {
				if !strings.Contains(row[1], "待确定") {
					t.Errorf("officer %q named from nowhere: %q", row[0], row[1])
				}
			}
		}
	}
	// Nil answers still give a plan.
	checkPlan(t, BuildPlan(nil, assessment.Evaluate(nil), planDate))
}

func TestPlanDeterministic(t *testing.T) {
	data, err := os.ReadFile("../testdata/example.json")
	if err != nil {
		t.Fatal(err)
	}
	a, _ := assessment.ParseAnswers(data)
	b, _ := assessment.ParseAnswers(data)
	p, q := buildPlan(a), buildPlan(b)
	if !reflect.DeepEqual(p, q) {
		t.Error("same answers and date gave different plans")
	}
	if p.Date != "2026年2月10日" {
		t.Errorf("Date = %q", p.Date)
	}
}

func TestPlanLanguages(t *testing.T) {
	a := loadPlanAnswers(t, nil)
	a.Lang = "en"
	p := buildPlan(a)
	checkPlan(t, p)
	if p.Lang != "en" || p.Date != "10 February 2026" || p.PageFormat != "Page %d of %d" {
		t.Errorf("English plan: Lang %q, Date %q, PageFormat %q", p.Lang, p.Date, p.PageFormat)
	}
	if s, _ := section(p, "prevention.organization"); s.Title != "(1) Organisation and leadership" {
		t.Errorf("English title = %q", s.Title)
	}
	for lang, want := range map[string][3]string{
		"ja": {"2026年2月10日", "%d / %d ページ", "誓約書"},
		"ko": {"2026년 2월 10일", "%d / %d 쪽", "서약서"},
	} {
		a.Lang = lang
		p := buildPlan(a)
		checkPlan(t, p)
		if p.Lang != lang || p.Date != want[0] || p.PageFormat != want[1] || !strings.Contains(p.Title, want[2]) {
			t.Errorf("%s plan: Lang %q, Date %q, PageFormat %q, Title %q", lang, p.Lang, p.Date, p.PageFormat, p.Title)
		}
	}
}
