package assessment

// documentsKo is the documents' text (plan, letter, report) in Korean, by key;
// {name} marks a slot msgf fills.
var documentsKo = map[string]string{}
