package assessment

// documentsJa is the documents' text (plan, letter, report) in Japanese, by key;
// {name} marks a slot msgf fills.
var documentsJa = map[string]string{}
