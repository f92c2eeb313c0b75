package ui

import (
	"fmt"
	"time"

	"fugong/app/browser"
	"fugong/internal/workerjob"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func init() { addMessages(paperMessages) }

// paperMessages are the texts of the paper version's button on /park.
var paperMessages = map[string]message{
	"park.paper": {"下载纸质问卷和承诺书（PDF）", "Download the paper questionnaire and letter (PDF)",
		"紙の質問票と誓約書を保存（PDF）", "종이 설문지와 서약서 저장(PDF)"},
	"park.paper_help": {"给没有智能手机的企业：空白问卷（印有本园区的设置）和空白承诺书，打印后分发；收回后由园区工作人员在本工具中录入。",
		"For enterprises without a smartphone: the blank questionnaire (with your park's settings) and a blank letter, to print and hand out; park staff type the answers in here afterwards.",
		"スマートフォンのない企業向け：空白の質問票（この園区の設定入り）と空白の誓約書。印刷して配布し、回収後に園区の担当者がこのツールで入力します。",
		"스마트폰이 없는 기업용: 빈 설문지(이 단지의 설정 포함)와 빈 서약서. 인쇄하여 나눠 주고, 회수한 뒤 단지 직원이 이 도구에 입력합니다."},
	"park.paper_busy":   {"正在生成纸质版…", "Making the paper version…", "紙版を作成中…", "종이판을 만드는 중…"},
	"park.paper_failed": {"纸质版生成失败：%s", "The paper version could not be made: %s", "紙版を作成できません：%s", "종이판을 만들 수 없습니다: %s"},
}

// paperButton is the button that makes the paper version, beside the
// poster's.
func (s *parkScreen) paperButton() app.UI {
	return app.Button().Class("button button-secondary").ID("park-paper").Disabled(s.paper == "busy").
		Text(t(s.lang, "park.paper")).OnClick(s.makePaper)
}

// paperNote says what the paper version is for, and that it is being made
// or why it could not be.
func (s *parkScreen) paperNote() app.UI {
	l := s.lang
	return app.Div().Class("park-paper").Body(
		app.P().Class("muted").Text(t(l, "park.paper_help")),
		app.If(s.paper == "busy", func() app.UI {
			return app.P().Class("muted").Attr("role", "status").Text(t(l, "park.paper_busy"))
		}).ElseIf(s.paper != "", func() app.UI {
			return app.P().Class("notice notice-error").ID("park-paper-error").Attr("role", "alert").Text(s.paper)
		}),
	)
}

// makePaper has the PDF worker write the paper version in the page's
// language with the park's settings as typed, then downloads it.
func (s *parkScreen) makePaper(ctx app.Context, e app.Event) {
	park, lang := s.form.park(), s.lang
	s.paper = "busy"
	job := workerjob.Job{Kind: workerjob.Paper, Park: &park, Lang: lang, Date: time.Now().Format(time.DateOnly)}
	makePDF(ctx, job, func(app.Context, pdfStage) {},
		func(ctx app.Context, pdf app.Value, subs []pdfSub, err error) {
			switch {
			case err == errNoFont:
				s.paper = fmt.Sprintf(t(lang, "park.paper_failed"), t(lang, "park.poster_nofont"))
			case err != nil:
				s.paper = fmt.Sprintf(t(lang, "park.paper_failed"), err.Error())
			default:
				s.paper = ""
				if err := browser.DownloadBlob(browser.FileName("复工复产纸质问卷", park.Name, time.Now(), "pdf"), pdf); err != nil {
					s.paper = t(lang, "park.download_failed")
				}
			}
		})
}
