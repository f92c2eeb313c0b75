package assessment

// InputError is why something that came from outside — an answers file,
// a park link, a summary code, a daily report code, a registry backup —
// could not be read or used, or why the kit cannot write a value as one
// of those codes. Code is stable for programs; Message, in the four
// languages, is for the person who gave it. Compare with errors.Is
// against the Err values of its kind (ErrLink…, ErrSummary…, ErrDaily…,
// ErrBackup…, ErrNotBackup): an error matches one of its own kind with the same Code.
type InputError struct {
	// Code: an answers file's "syntax", "not_object", "shape", "range",
	// "encoding", "empty" or "too_large"; a code's "malformed",
	// "truncated", "altered", "too_new" or "invalid"; a summary code's
	// "refused"; a daily code's "future" or "unknown_firm"; a registry
	// backup's "not_backup", "too_new" or "too_large".
	Code string
	// Field is the field at fault, when the error names one: an answers
	// file's for "shape", "range" and "encoding"; a summary code's for
	// "refused", by its CSV column ID (CSVColumns).
	Field    string
	Message  Text      // what happened and what to do
	Problems []Problem // for a park link's "invalid": what is wrong with the setup
	Detail   string    // for programmers: what an encoder refused, or the field refused
	kind     inputKind
}

// inputKind is what an InputError is about.
type inputKind uint8

const (
	answersFile inputKind = iota
	parkLink
	summaryCode
	dailyCode
	registryBackup
)

// Error returns the message in Chinese followed by English, so that one
// line on a terminal is clear to either reader, then the detail and the
// problems.
func (e *InputError) Error() string {
	s := e.Message.Zh
	if e.Message.exact("en") != "" {
		s += " (" + e.Message.exact("en") + ")"
	}
	if e.Detail != "" {
		s += ": " + e.Detail
	}
	for _, p := range e.Problems {
		s += "; " + p.Question + ": " + p.Message.In("en")
	}
	return s
}

// Is reports whether target is an InputError of the same kind and code.
func (e *InputError) Is(target error) bool {
	t, ok := target.(*InputError)
	return ok && t.kind == e.kind && t.Code == e.Code
}

func errTooLarge() *InputError {
	return &InputError{Code: "too_large", Message: msg("errors.err_too_large.message")}
}

func errEmpty() *InputError {
	return &InputError{Code: "empty", Message: msg("errors.err_empty.message")}
}

func errNotObject() *InputError {
	return &InputError{Code: "not_object", Message: msg("errors.err_not_object.message")}
}

func errSyntax(err error) *InputError {
	return &InputError{Code: "syntax", Message: msgf("errors.err_syntax.message", "error", err.Error())}
}

func errShape(field string) *InputError {
	return &InputError{Code: "shape", Field: field, Message: msgf("errors.err_shape.message", "field", field)}
}

// errNumberRange refuses a number a field cannot hold (1e309 for a
// threshold): out of range, not of the wrong type.
func errNumberRange(field string) *InputError {
	return &InputError{Code: "range", Field: field, Message: msgf("errors.err_number_range.message", "field", field)}
}
