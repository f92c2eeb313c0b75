package pdf

import (
	"testing"

	"fugong/documents"
)

// TestWatermarkWhole checks that the draft watermark is printed whole in
// every language, smaller where it is long, and within the margins.
func TestWatermarkWhole(t *testing.T) {
	l := newLayout(testFont(t), newSubstituter(testFont(t)))
	for _, lang := range []string{"zh", "en", "ja", "ko"} {
		text := documents.DraftWatermark.In(lang)
		ops := watermark(nil, l, text)
		if len(ops) != 3 {
			t.Fatalf("%s: %d watermark operations, want 3", lang, len(ops))
		}
		for _, o := range ops {
			if o.text != text {
				t.Errorf("%s: watermark %q, want %q whole", lang, o.text, text)
			}
			if w := l.width([]rune(o.text), o.size); o.x < marginX-0.01 || o.x+w > pageW-marginX+0.01 {
				t.Errorf("%s: watermark from %.1f to %.1f mm, outside the margins", lang, o.x, o.x+w)
			}
			if o.size > watermarkSize {
				t.Errorf("%s: watermark size %v above %v", lang, o.size, watermarkSize)
			}
		}
	}
}
