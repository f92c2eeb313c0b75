package assessment

// documentsEn is the documents' text (plan, letter, report) in English, by key;
// {name} marks a slot msgf fills.
var documentsEn = map[string]string{}
