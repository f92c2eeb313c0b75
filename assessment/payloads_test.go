package assessment

import "fugong/internal/hostile"

// hostilePayload is one of hostile.Payloads with what the text policy
// makes of it in a one-line field of 100 characters.
type hostilePayload struct {
	name string
	text string
	want TextIssue
}

// hostilePayloads are hostile.Payloads with their issues as TextIssue.
var hostilePayloads = func() []hostilePayload {
	issues := map[string]TextIssue{"ok": TextOK, "not_utf8": TextNotUTF8, "control": TextControl, "bidi": TextBidi, "too_long": TextTooLong}
	out := make([]hostilePayload, len(hostile.Payloads))
	for i, p := range hostile.Payloads {
		want, ok := issues[p.Issue]
		if !ok {
			panic("hostile payload " + p.Name + ": unknown issue " + p.Issue)
		}
		out[i] = hostilePayload{p.Name, p.Text, want}
	}
	return out
}()

// jsonRawString is hostile.JSONRawString.
func jsonRawString(s string) string { return hostile.JSONRawString(s) }
