//go:build !noroster

package ui

import (
	"strings"
	"testing"

	"fugong/assessment"
)

// TestBackupRosterNewer imports a backup whose roster a newer kit wrote:
// it is refused, saying the kit must be updated, not that the file is
// damaged and must be exported again (which would not help). (The test's
// *testing.T is named test: t is the catalog.)
func TestBackupRosterNewer(test *testing.T) {
	data, err := assessment.NewAnswers("zh").Encode()
	if err != nil {
		test.Fatal(err)
	}
	file := strings.Replace(string(data), "{", `{"roster": {"format": "fugong.roster", "version": 99},`, 1)
	_, _, ps, err := readImport([]byte(file), "zh")
	if err == nil || len(ps) != 1 {
		test.Fatalf("readImport(newer roster) = %v, %v; want refused", ps, err)
	}
	if got, want := ps[0].Message, t("zh", "roster.backup_newer"); got != want {
		test.Errorf("a newer roster is refused with %q; want %q", got, want)
	}
}
