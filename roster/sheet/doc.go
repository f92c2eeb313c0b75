// Package sheet reads and writes the spreadsheets a staff roster comes in
// and goes out as: .xlsx (Excel and WPS), CSV in UTF-8 (with or without a
// byte-order mark), UTF-16 or GB18030 (what Chinese Excel writes), and
// text pasted from a spreadsheet (tab-separated). Reading gives the
// table's rows as text (package roster maps and reads them).
//
// The .xlsx reader is its own, on archive/zip and encoding/xml: reading
// cells, shared strings and merged cells needs a few hundred lines, where
// a library would add 0.12 MB (read only) to 1.6 MB (brotli) to the
// worker's wasm. The worksheet and shared strings, the large parts, are
// read by a small scanner of their XML rather than encoding/xml, which
// is several times slower there (in WebAssembly most of all); a fuzz test
// holds the scanner to encoding/xml's results. GB18030 comes from golang.org/x/text, which is why this
// is not package roster: roster stays standard library only, and runs on
// the page; this package runs in the worker and on the command line.
package sheet
