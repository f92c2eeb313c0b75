package ui

// message is one piece of the interface's text in every language.
type message struct{ zh, en, ja, ko string }

// in returns the text in lang, falling back to Chinese.
func (m message) in(lang string) string {
	switch lang {
	case "en":
		return m.en
	case "ja":
		return m.ja
	case "ko":
		return m.ko
	}
	return m.zh
}

// t looks a key up in the catalogue. An unknown key shows itself, so a
// missing entry is visible rather than blank (and a test forbids it).
func t(lang, key string) string {
	m, ok := catalog[key]
	if !ok {
		return key
	}
	return m.in(lang)
}

// catalog holds the interface's text, keyed by where it is used.
var catalog = map[string]message{
	"punct.colon": {"：", ": ", "：", ": "},
	"app.name":    {"复工复产自评", "Resumption self-assessment", "操業再開セルフチェック", "업무 재개 자가진단"},
	"app.tagline": {
		"回答一次问卷，即知企业属于哪一类、第几批复工、还差什么；并生成疫情防控方案、应急预案和可签字盖章的复工复产承诺书。",
		"Answer one questionnaire to learn your enterprise's category, its resumption batch and what is still missing — and get a prevention plan, an emergency plan and a commitment letter to sign and stamp.",
		"質問に一度答えるだけで、企業の分類・再開の順番・足りない点がわかり、感染防止計画、緊急対応計画、署名・押印する誓約書を作成できます。",
		"설문에 한 번 답하면 기업의 분류, 재개 차수, 부족한 점을 알 수 있고, 방역 계획, 비상 대응 계획, 서명·날인할 서약서를 만들 수 있습니다.",
	},
	"home.start": {"开始自评", "Start the self-assessment", "セルフチェックを始める", "자가진단 시작"},
	"home.steps": {
		"约 10 分钟 · 7 个步骤 · 随时中断，答案自动保存在本机",
		"About 10 minutes · 7 steps · stop any time, answers are saved on this phone",
		"約10分 · 7ステップ · いつ中断しても回答はこの端末に保存されます",
		"약 10분 · 7단계 · 언제든 중단해도 답변은 이 기기에 저장됩니다",
	},
	"home.private": {
		"所有内容只保存在您的手机上，不上传任何服务器；只有您选择分享时才会离开手机。",
		"Everything stays on your phone and is sent to no server; it leaves the phone only when you share it.",
		"内容はすべてこの端末だけに保存され、サーバーには送信されません。共有を選んだときだけ端末の外に出ます。",
		"모든 내용은 휴대폰에만 저장되며 어떤 서버로도 전송되지 않습니다. 직접 공유할 때만 휴대폰 밖으로 나갑니다.",
	},
	"home.about":     {"这个工具做什么", "What this kit does", "このツールについて", "이 도구 소개"},
	"lang.label":     {"语言", "Language", "言語", "언어"},
	"nav.home":       {"首页", "Home", "ホーム", "홈"},
	"status.loading": {"正在准备离线使用…", "Getting ready to work offline…", "オフラインで使えるよう準備中…", "오프라인 사용 준비 중…"},
	"status.offline": {"✓ 可离线使用", "✓ Works offline", "✓ オフラインで使えます", "✓ 오프라인 사용 가능"},
	"status.update":  {"有新版本 — 刷新", "New version — reload", "新しいバージョン — 再読み込み", "새 버전 — 새로고침"},
	"status.install": {"安装到手机桌面", "Install on this phone", "ホーム画面にインストール", "휴대폰에 설치"},
	"status.inapp": {
		"在微信等应用内无法离线保存：请点右上角“···”，选择“在浏览器中打开”。",
		"This in-app browser cannot keep the kit offline: tap “···” at the top right and choose “Open in browser”.",
		"アプリ内ブラウザではオフライン保存できません。右上の「···」から「ブラウザで開く」を選んでください。",
		"앱 내 브라우저에서는 오프라인 저장이 안 됩니다. 오른쪽 위 “···”에서 “브라우저로 열기”를 선택하세요.",
	},
	"status.nosw": {
		"此浏览器无法离线保存本工具，联网时仍可使用。",
		"This browser cannot keep the kit offline; it still works while online.",
		"このブラウザではオフライン保存できませんが、オンラインでは使えます。",
		"이 브라우저는 오프라인 저장을 지원하지 않지만 온라인에서는 사용할 수 있습니다.",
	},
	"status.ios": {
		"在 iPhone 上：点底部的分享按钮，再点“添加到主屏幕”，即可像应用一样离线使用。",
		"On iPhone: tap the Share button, then “Add to Home Screen” to use the kit offline like an app.",
		"iPhoneでは、共有ボタンから「ホーム画面に追加」をタップすると、アプリのようにオフラインで使えます。",
		"iPhone에서는 공유 버튼을 누른 뒤 “홈 화면에 추가”를 누르면 앱처럼 오프라인으로 쓸 수 있습니다.",
	},
	"about.title": {"关于本工具", "About this kit", "このツールについて", "이 도구에 대하여"},
	"about.what": {
		"园区向每家企业发送同一个链接。企业回答一次问卷，工具依据园区“分类分批、先高后低”的复工策略给出类别（智能化自动化、国内急需产品、空间条件较好、劳动密集型）和复工批次，列出尚未具备的条件及整改办法，并生成本企业的疫情防控方案、应急预案和复工复产承诺书。",
		"Your park sends every enterprise the same link. You answer once; the kit applies the park's “by category, in batches, highest first” strategy to give your category (automated, urgently needed products, good workspace, labour-intensive) and your resumption batch, lists the conditions not yet met and what to do, and writes your prevention plan, emergency plan and commitment letter.",
		"園区はすべての企業に同じリンクを送ります。一度答えると、園区の「分類・分批・高い順」の方針に従って分類（自動化、国内で急ぎ必要な製品、良好な作業空間、労働集約型）と再開の順番を示し、未達の条件と対策を挙げ、感染防止計画・緊急対応計画・誓約書を作成します。",
		"단지는 모든 기업에 같은 링크를 보냅니다. 한 번 답하면 단지의 ‘분류·차수별, 높은 순서부터’ 방침에 따라 분류(자동화, 국내 긴급 필요 제품, 양호한 작업 공간, 노동 집약형)와 재개 차수를 알려 주고, 아직 갖추지 못한 조건과 조치를 보여 주며, 방역 계획·비상 대응 계획·서약서를 작성합니다.",
	},
	"about.offline": {
		"首次打开后，本工具可在没有网络时使用。可将它添加到手机桌面。",
		"After the first visit the kit works without a network. You can add it to your home screen.",
		"一度開いた後は、ネットワークがなくても使えます。ホーム画面に追加することもできます。",
		"처음 연 뒤에는 네트워크 없이도 사용할 수 있습니다. 홈 화면에 추가할 수도 있습니다.",
	},
}

// addMessages adds a screen's own catalogue to the kit's. Screens with
// many strings keep them in their own file; a key may be defined once.
func addMessages(m map[string]message) {
	for k, v := range m {
		if _, dup := catalog[k]; dup {
			panic("ui: message " + k + " is defined twice")
		}
		catalog[k] = v
	}
}
