// Package roster is the enterprise's staff roster (花名册, 一人一档): one
// record per person — department, phone, where they return from and its
// risk level, return date, class of person, quarantine dates, on site,
// health — the checks on each record, and the counts the assessment form
// asks for, worked out from the people instead of typed from memory.
//
// It also turns a table of text cells (a spreadsheet's rows, pasted text)
// into people: the columns are guessed from their Chinese or English
// headers (GuessColumns; in the browser, by the worker that reads the
// file, PackSheet), the user confirms the guess, and Import reads
// every row, setting aside each one it cannot read with its row number and
// the reasons, so that nothing is dropped.
//
// Like package assessment, it uses the standard library only and runs the
// same natively and in the browser. Reading files (xlsx, CSV in any of the
// encodings Chinese spreadsheets write) is package roster/sheet's job.
package roster
