package ui

import (
	"strconv"
	"strings"

	"fugong/documents"
)

// sectionText writes a section's blocks as the plain text an edit starts
// from: paragraphs and lists, separated by blank lines (BuildPlan splits an
// edit into paragraphs on blank lines).
func sectionText(s documents.Section) string {
	var parts []string
	for _, b := range s.Blocks {
		switch b.Kind {
		case documents.Paragraph:
			parts = append(parts, b.Text)
		case documents.List:
			lines := make([]string, len(b.Items))
			for i, it := range b.Items {
				lines[i] = strconv.Itoa(i+1) + ". " + it
			}
			parts = append(parts, strings.Join(lines, "\n"))
		case documents.TableBlock:
			if b.Table == nil {
				continue
			}
			lines := []string{strings.Join(b.Table.Header, " | ")}
			for _, row := range b.Table.Rows {
				lines = append(lines, strings.Join(row, " | "))
			}
			parts = append(parts, strings.Join(lines, "\n"))
		}
	}
	return strings.Join(parts, "\n\n")
}

// customText is the edit that adds a section of the enterprise's own: its
// title on the first line, its text after.
func customText(title, body string) string {
	return strings.TrimSpace(title) + "\n" + strings.TrimSpace(body)
}

// nextCustomID returns the key of a new custom section, after every one
// in edits, so sections stay in the order they were added.
func nextCustomID(edits map[string]string) string {
	n := 1
	for k := range edits {
		if rest, ok := strings.CutPrefix(k, documents.CustomSectionPrefix); ok {
			if i, err := strconv.Atoi(rest); err == nil && i >= n {
				n = i + 1
			}
		}
	}
	return documents.CustomSectionPrefix + pad3(n)
}

// pad3 writes n with at least three digits, so keys sort in number order.
func pad3(n int) string {
	s := strconv.Itoa(n)
	for len(s) < 3 {
		s = "0" + s
	}
	return s
}
