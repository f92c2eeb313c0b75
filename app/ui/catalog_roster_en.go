//go:build !noroster

package ui

import "maps"

// catalogRosterEn is the staff roster's screens' text in English, by
// key: in catalogEn when the roster is built in, and absent from a
// build without it (tag noroster), so that what the roster adds to
// app.wasm counts its text. The keys the rest of the kit also uses
// (roster.title, roster.backup_bad, roster.backup_newer, roster.save_error) stay in
// catalog_en.go.
var catalogRosterEn = map[string]string{
	"roster.add":              "Add a person",
	"roster.add_title":        "Add a person",
	"roster.aside":            "To fix (%d rows)",
	"roster.back":             "Back to the questionnaire",
	"roster.cancel":           "Cancel",
	"roster.classes":          "normal %d · ordinary isolation %d · key isolation %d · under treatment %d",
	"roster.column":           "Column %d “%s”",
	"roster.date_hint":        "e.g. 2026-02-10",
	"roster.delete":           "Delete",
	"roster.deleted":          "%s deleted",
	"roster.duplicate":        "The same person as %s on the roster (same phone, or name and department)",
	"roster.edit":             "Edit",
	"roster.edit_title":       "Edit a person",
	"roster.empty":            "Nobody on the roster yet: import HR's spreadsheet, or add people one by one.",
	"roster.end_hint":         "left empty: 14 days after the start",
	"roster.ends":             "From the roster: %s",
	"roster.ends_day":         "%[3]d on %[2]d/%[1]d",
	"roster.ends_sep":         "; ",
	"roster.export_csv":       "Export CSV",
	"roster.export_xlsx":      "Export Excel",
	"roster.file_name":        "staff-roster",
	"roster.fix":              "Fix",
	"roster.fix_title":        "Fix row %d",
	"roster.form_help":        "Import HR's Excel roster and the staff, classes, returnee, cleared and in-quarantine numbers are filled in from it.",
	"roster.form_link":        "Work the numbers out from the staff roster",
	"roster.from":             "From the roster",
	"roster.header_row":       "Header in row %d, %d rows of data",
	"roster.import_aside":     "%d rows could not be read as they are: they are kept under “To fix”, not dropped.",
	"roster.import_empty":     "%d empty rows skipped.",
	"roster.import_file":      "Import Excel / CSV",
	"roster.import_go":        "Import",
	"roster.imported":         "%d people imported.",
	"roster.logs":             "Print the logs (PDF)",
	"roster.logs_file":        "prevention-logs",
	"roster.logs_help":        "The roster, the daily health log for 14 days from today, the zero report, and the disinfection and supplies logs.",
	"roster.mapping":          "Confirm what each column holds",
	"roster.mapping_help":     "Each column was guessed from its header: check them; tap a column's button to change it, and choose “(not imported)” for columns to leave out.",
	"roster.need_name":        "Choose the column that holds the name.",
	"roster.next":             "Next",
	"roster.no":               "no",
	"roster.none_found":       "Nobody matches “%s”",
	"roster.on_site":          "on site",
	"roster.overridden":       "⚠ Differs from the roster (which gives %s): your answer stands.",
	"roster.page":             "Page %d of %d",
	"roster.paste":            "Paste a table",
	"roster.paste_label":      "Copy the rows, header included, in Excel or WPS and paste them here:",
	"roster.paste_read":       "Read what was pasted",
	"roster.people":           "%d people",
	"roster.prev":             "Previous",
	"roster.preview":          "Preview (first 5 rows)",
	"roster.private":          "The roster is kept only on this phone and sent to no server; exported files hold personal data: keep them safe.",
	"roster.quarantine_until": "quarantine until %s",
	"roster.reading":          "Reading the spreadsheet…",
	"roster.replace_warn":     "Importing replaces the %d people on the roster now (you can undo it).",
	"roster.returnees":        "Returnees: low risk %d · medium/high risk and abroad %d (cleared %d · in quarantine %d)",
	"roster.save":             "Save",
	"roster.search":           "Search name, department, phone, region",
	"roster.unclassed":        "%d not classed: the four classes are not filled in from the roster yet",
	"roster.uncleared":        "⚠ On site before their quarantine ended: %s. Send them home to finish it, or check the dates.",
	"roster.undo":             "Undo",
	"roster.undone":           "Undone",
	"roster.worker_error":     "The spreadsheet program could not be loaded: open the kit once with a connection, then try again.",
	"roster.yes":              "yes",
}

func init() { maps.Copy(catalogEn, catalogRosterEn) }
