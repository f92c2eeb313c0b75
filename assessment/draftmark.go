package assessment

// DraftWatermark is printed across every page of a plan made although its
// answers have errors (fugong pdf -force): such a printout is a draft,
// never a plan to sign.
var DraftWatermark = Text{
	Zh: "草稿：答案有误",
	En: "DRAFT: answers have errors",
	Ja: "下書き：回答に誤りあり",
	Ko: "초안: 응답에 오류 있음",
}
