package documents

import "fugong/assessment"

// catalog is the documents' text in every language (catalog_<code>.go):
// the plan, the letter, the paper form and the park's report. What it
// does not hold (units, punctuation) comes from the rules' catalogs.
var catalog = assessment.Catalog{"zh": documentsZh, "en": documentsEn, "ja": documentsJa, "ko": documentsKo}

// msg returns the text under key in every language.
func msg(key string) assessment.Text { return catalog.Msg(key) }

// msgf fills the template under key in every language, as
// assessment.Catalog.Msgf does.
func msgf(key string, slots ...any) assessment.Text { return catalog.Msgf(key, slots...) }

// Msg returns the documents' text under key in every language, for the
// park's report (package fugong/parkdesk).
func Msg(key string) assessment.Text { return msg(key) }

// Msgf fills the documents' template under key, as msgf does.
func Msgf(key string, slots ...any) assessment.Text { return msgf(key, slots...) }
