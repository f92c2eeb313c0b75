package ui

import (
	"strings"
	"testing"

	"fugong/assessment"
)

func TestQRSVG(t *testing.T) {
	a := assessment.NewAnswers("zh")
	a.Set("name", assessment.StringValue("临沂精工机械有限公司"))
	url := assessment.SummaryURL("https://yq.example.cn/fugong/", a, assessment.Evaluate(a))
	svg := qrSVG(url)
	if !strings.HasPrefix(svg, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 `) || !strings.Contains(svg, `<path fill="#000" d="M`) {
		t.Fatalf("qrSVG(%q) = %.200s…", url, svg)
	}
	if src := qrDataURL(url); !strings.HasPrefix(src, "data:image/svg+xml;base64,") {
		t.Errorf("qrDataURL = %.60s…", src)
	}
	if qrSVG(strings.Repeat("x", 5000)) != "" {
		t.Errorf("qrSVG of text too long for a QR code is not empty")
	}
}
