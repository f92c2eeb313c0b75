package ui

import (
	"encoding/base64"
	"strings"
	"testing"

	"fugong/assessment"
	"fugong/parkdesk"
)

func TestQRDataURL(t *testing.T) {
	a := assessment.NewAnswers("zh")
	a.Set("name", assessment.StringValue("临沂精工机械有限公司"))
	url := parkdesk.SummaryURL("https://yq.example.cn/fugong/", a, assessment.Evaluate(a))
	src := qrDataURL(url)
	data, ok := strings.CutPrefix(src, "data:image/svg+xml;base64,")
	if !ok {
		t.Fatalf("qrDataURL = %.60s…", src)
	}
	svg, err := base64.StdEncoding.DecodeString(data)
	if err != nil || !strings.HasPrefix(string(svg), `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 `) || !strings.Contains(string(svg), `<path fill="#000" d="M`) {
		t.Fatalf("qrDataURL(%q) = %.200s…, %v", url, svg, err)
	}
	if qrDataURL(strings.Repeat("x", 5000)) != "" {
		t.Errorf("qrDataURL of text too long for a QR code is not empty")
	}
}
