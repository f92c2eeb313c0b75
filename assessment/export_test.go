package assessment

import (
	"testing"

	"fugong/internal/scenario"
)

// ScenarioAnswers returns the answers file of the scenario archive data,
// its base merged in, for the tests outside the package.
func ScenarioAnswers(t *testing.T, data string) []byte {
	return scenario.Answers(t, scenario.Parse(data), "testdata")
}
