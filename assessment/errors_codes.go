package assessment

// SummaryCodeError returns an error about a summary code with code and
// message: errors.Is matches it with any summary code error of the same
// code (the park side's ErrSummary… values).
func SummaryCodeError(code string, message Text) *InputError {
	return &InputError{kind: summaryCode, Code: code, Message: message}
}

// DailyCodeError returns an error about a daily report code with code and
// message: errors.Is matches it with any daily code error of the same code
// (the park side's ErrDaily… values).
func DailyCodeError(code string, message Text) *InputError {
	return &InputError{kind: dailyCode, Code: code, Message: message}
}

// LinkCodeError returns an error about a park link with code and message:
// errors.Is matches it with any park link error of the same code (the
// park side's ErrLink… values).
func LinkCodeError(code string, message Text) *InputError {
	return &InputError{kind: parkLink, Code: code, Message: message}
}

// BackupFileError returns an error about a registry backup file with code
// and message: errors.Is matches it with any backup file error of the
// same code (the park side's ErrBackup… and ErrNotBackup).
func BackupFileError(code string, message Text) *InputError {
	return &InputError{kind: registryBackup, Code: code, Message: message}
}
