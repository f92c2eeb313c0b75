package ui

import (
	"fugong/assessment"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func init() { addMessages(draftPDFMessages) }

// draftPDFMessages ask, before a PDF of answers with errors, whether to
// correct them or make a draft.
var draftPDFMessages = map[string]message{
	"pdf.errors": {"答案还有 %d 处错误，改正后才能生成正式 PDF", "The answers still have %d errors: correct them to make the final PDF",
		"回答にまだ %d 件の誤りがあります。正式な PDF を作成するには修正してください", "응답에 아직 오류가 %d개 있습니다. 정식 PDF를 만들려면 고치세요"},
	"pdf.errors_jump": {"答案有误：改正或生成草稿 ↓", "Errors in the answers: correct them or make a draft ↓",
		"回答に誤り：修正するか下書きを作成 ↓", "응답 오류: 고치거나 초안 만들기 ↓"},
	"pdf.draft_note": {"草稿 PDF 的每一页都印有“%s”，只供核对，不能签字盖章交园区。",
		"Every page of a draft PDF is marked “%s”: it is for checking only, not to sign, stamp and hand in.",
		"下書き PDF の全ページに「%s」と印刷されます。確認用で、署名・押印して提出することはできません。",
		"초안 PDF의 모든 페이지에 “%s”가 인쇄됩니다. 확인용이며 서명·날인해 제출할 수 없습니다."},
	"pdf.fix":   {"改正答案", "Correct the answers", "回答を修正する", "응답 고치기"},
	"pdf.draft": {"仍然生成草稿 PDF", "Make a draft PDF anyway", "それでも下書き PDF を作成", "그래도 초안 PDF 만들기"},
	"pdf.is_draft": {"这是草稿：每一页都印有“%s”。改正答案后再生成正式 PDF。",
		"This is a draft: every page is marked “%s”. Correct the answers, then make the final PDF.",
		"これは下書きです：全ページに「%s」と印刷されています。回答を修正してから正式な PDF を作成してください。",
		"초안입니다: 모든 페이지에 “%s”가 인쇄되어 있습니다. 응답을 고친 뒤 정식 PDF를 만드세요."},
}

// draftMark is the watermark a draft PDF of the open answers carries.
func (s *planScreen) draftMark() string {
	return assessment.DraftWatermark.In(s.d.Answers.Language())
}

// renderErrors lists the answers' errors when 生成 PDF was tapped with
// them, each linking to its question, and offers the two ways on:
// correct them (from the first one), or make a draft PDF marked on every
// page. Nothing is drawn otherwise.
func (s *planScreen) renderErrors() app.UI {
	lang := s.lang
	if len(s.errs) == 0 {
		return nil
	}
	fix := "/form"
	if _, ok := assessment.Lookup(s.errs[0].Question); ok {
		fix += "?q=" + s.errs[0].Question
	}
	return app.Section().ID("pdf-errors").Class("notice notice-warn pdf-errors").Body(
		app.H2().Text("⚠ "+tf(lang, "pdf.errors", len(s.errs))),
		problemList(lang, s.errs),
		app.P().Text(tf(lang, "pdf.draft_note", s.draftMark())),
		app.Div().Class("actions").Body(
			app.A().Class("button button-primary").ID("pdf-fix").Href(href(fix)).Text(t(lang, "pdf.fix")),
			app.Button().Class("button button-secondary").ID("pdf-draft").Text(t(lang, "pdf.draft")).
				Disabled(s.stage == stageFont || s.stage == stageWrite).
				OnClick(func(ctx app.Context, e app.Event) { s.generate(ctx, true) }),
		),
	)
}
