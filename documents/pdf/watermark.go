package pdf

// watermarkSize is the type size of a plan's watermark, in points.
const watermarkSize = 40

// watermarkColor is pale enough for the text drawn over it to stay
// legible, and red enough to be seen at a glance.
var watermarkColor = rgb{0xF3, 0xC6, 0xC2}

// watermark appends to ops the plan's watermark (Plan.Watermark, such as
// "草稿：答案有误") three times down the page, centred, large and pale. It
// is appended before a page's own drawing, so that everything else is
// drawn over it. A watermark too wide for the page at watermarkSize is
// set smaller, never cut: it says why the printout is not to be signed.
// No text, no watermark.
func watermark(ops []op, l *layout, text string) []op {
	if text == "" {
		return ops
	}
	size, room := float64(watermarkSize), pageW-2*marginX
	if w := l.width([]rune(text), size); w > room {
		size *= room / w
	}
	w := l.width([]rune(text), size)
	for _, at := range []float64{0.28, 0.52, 0.76} {
		ops = append(ops, op{kind: opText, x: (pageW - w) / 2, y: pageH * at, text: text, size: size, color: watermarkColor})
	}
	return ops
}
