package assessment

// documentsZh is the documents' text (plan, letter, report) in Simplified Chinese, by key;
// {name} marks a slot msgf fills.
var documentsZh = map[string]string{}
