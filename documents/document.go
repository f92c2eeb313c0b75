package documents

// Plan is a printable document built from an enterprise's answers and its
// result: the cover, the self-assessment, the prevention plan, the emergency
// plan, the staff summary, support measures and the commitment letter. It is
// plain data so that the PDF writer (package documents/pdf), the plan screen
// and the tests all read the same thing.
type Plan struct {
	ID         string    // short hash of the answers and the ruleset, printed on every page
	Lang       string    // language of the text: "zh", "en", "ja" or "ko"
	Title      string    // document title, also the PDF's metadata title
	Enterprise string    // the enterprise's name: page header and PDF author
	Park       string    // the park's name, empty when no park link set it
	Date       string    // the date printed on the plan, as the language writes it
	Ruleset    string    // ruleset version, e.g. "2026.2"
	Footer     string    // left part of every page's footer, e.g. "方案编号 3F2A9C1B · 规则 2026.2"
	PageFormat string    // page number format with two %d verbs, e.g. "第 %d / %d 页"
	QR         string    // text carried by the QR code on the cover and the letter
	Watermark  string    // when set, drawn large and pale across every page (DraftWatermark)
	Sections   []Section // in reading order
}

// Section is one titled part of a plan. A section with NewPage starts on a
// fresh page (the cover, each plan, each copy of the letter).
type Section struct {
	ID      string // stable ID, e.g. "prevention.canteen"; edits are keyed by it
	Title   string
	Level   int  // 1 for a chapter, 2 for a section inside it
	NewPage bool // start on a new page
	Edited  bool // the text comes from the enterprise's own edit
	// BeforeWork lists the readiness items this section says must be met
	// before work resumes (须在复工前…), each an unmet critical or
	// required item of the result; the section's Chinese text says
	// "须在复工前" once for each.
	BeforeWork []string
	Blocks     []Block
}

// BlockKind says how a Block is drawn.
type BlockKind int

// The kinds of block a section holds.
const (
	Paragraph      BlockKind = iota // Text as a paragraph
	List                            // Items as a numbered list
	TableBlock                      // Table
	SignatureBlock                  // Signature
	QRBlock                         // the plan's QR code with Text as its caption
)

// Block is one paragraph, list, table, signature area or QR code.
//
// A section that holds a signature area is a document to sign: the PDF
// keeps it on one page, in smaller type if it must. When even that is too
// little, a second page begins at the first block marked BreakIfLong (a
// letter's translation), and nowhere else.
type Block struct {
	Kind        BlockKind
	Text        string
	Items       []string
	Table       *Table
	Signature   *Signature
	Start       int // List: the number of the first item; 0 means 1
	BreakIfLong bool
}

// Table is a grid of text with a header row that is repeated when the table
// splits across pages. Widths are relative column widths; nil means equal.
type Table struct {
	Header []string
	Rows   [][]string
	Widths []float64
}

// Signature is the signing area at the end of a commitment letter: the
// line the company seal is stamped on, one line per signer and a date
// line.
type Signature struct {
	Signers   []string // labels such as "法定代表人（签字）："
	Seal      string   // the line the seal is stamped on, e.g. "承诺企业（盖章）：临沂精工机械有限公司"
	DateLabel string   // e.g. "日期：＿＿＿＿年＿＿月＿＿日"
}
