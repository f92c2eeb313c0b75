// Package fonts holds the font the kit's PDFs are written in: a subset of
// WenQuanYi Micro Hei (Apache-2.0, see LICENSE and README.md), covering
// ASCII, Latin-1, GB 2312, the 8,105 characters of the Table of General
// Standard Chinese Characters, Kana, JIS level-1 kanji and KS X 1001 Hangul.
//
// Native programs (the command line, tests) embed it from here. The
// browser does not import this package: it fetches wqy-microhei-subset.ttf
// when it first makes a PDF, so the font stays out of app.wasm.
package fonts

import _ "embed"

// MicroHei is the TrueType subset font, ready for pdf.LoadFont.
//
//go:embed wqy-microhei-subset.ttf
var MicroHei []byte
