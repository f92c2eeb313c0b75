package ui

func init() { addMessages(parkApplyMessages) }

// parkApplyMessages are the texts of the offer to apply a park's setup to
// the draft in use (parkapply.go).
var parkApplyMessages = map[string]message{
	"parkapply.unset": {
		"当前自评“%s”尚未使用本园区的设置。应用后将有以下变化：",
		"The assessment “%s” does not use this park's setup yet. Applying it changes:",
		"現在の自己評価「%s」はまだこの園区の設定を使っていません。適用すると次のように変わります：",
		"현재 자가진단 ‘%s’은(는) 아직 이 단지의 설정을 쓰지 않습니다. 적용하면 다음이 바뀝니다:",
	},
	"parkapply.other": {
		"此链接来自另一个园区“%s”：当前自评“%s”按“%s”的设置进行。应用后将有以下变化：",
		"This link is from another park, “%s”: the assessment “%s” follows the setup of “%s”. Applying it changes:",
		"このリンクは別の園区「%s」のものです。現在の自己評価「%s」は「%s」の設定に従っています。適用すると次のように変わります：",
		"이 링크는 다른 단지 ‘%s’의 것입니다. 현재 자가진단 ‘%s’은(는) ‘%s’의 설정을 따릅니다. 적용하면 다음이 바뀝니다:",
	},
	"parkapply.changed": {
		"本园区的设置已更新，当前自评“%s”仍按旧设置进行。应用后将有以下变化：",
		"The park's setup has changed; the assessment “%s” still follows the old one. Applying it changes:",
		"園区の設定が更新されましたが、現在の自己評価「%s」は古い設定のままです。適用すると次のように変わります：",
		"단지 설정이 바뀌었지만 현재 자가진단 ‘%s’은(는) 이전 설정을 따릅니다. 적용하면 다음이 바뀝니다:",
	},
	"parkapply.never_silent": {
		"不应用则保持原样；新开始的自评会按本园区的设置进行。",
		"Nothing changes unless you apply it; a new assessment follows this park's setup.",
		"適用しなければ何も変わりません。新しく始める自己評価はこの園区の設定に従います。",
		"적용하지 않으면 아무것도 바뀌지 않습니다. 새로 시작하는 자가진단은 이 단지의 설정을 따릅니다.",
	},
	"parkapply.apply": {"应用本园区设置", "Apply this park's setup", "この園区の設定を適用", "이 단지 설정 적용"},
	"parkapply.applied": {
		"已将“%s”的设置应用于“%s”。",
		"The setup of “%s” now applies to “%s”.",
		"「%s」の設定を「%s」に適用しました。",
		"‘%s’의 설정을 ‘%s’에 적용했습니다.",
	},
}
