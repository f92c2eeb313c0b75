package e2e

import (
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// storeShape is how the registry's store holds its records: how many
// records the store has, how many of them are buckets, and how many
// records the kit reads from them all.
type storeShape struct {
	Records int `json:"records"`
	Buckets int `json:"buckets"`
	Read    int `json:"read"`
}

// readStoreShape reads how the page's registry store holds its records.
func readStoreShape(t testing.TB, b *browser) storeShape {
	t.Helper()
	return await[storeShape](t, b, storeJS+`.then(all => {
		const readBucket = `+readBucketJS+`;
		const buckets = all.filter(r => r.code.startsWith("s999.b"));
		const read = all.length - buckets.length + buckets.reduce((n, r) => n + readBucket(r.utf8).length, 0);
		return {records: all.length, buckets: buckets.length, read};
	})`)
}

// TestRegistryMovesIntoBuckets seeds 200 summary codes as kits before
// stored them, a record each: the registry shows them all, then moves
// them into the store's few buckets, after which it shows them all
// again, read by the page while the app loads; a letter scanned
// afterwards goes into its bucket too, and a deleted entry leaves it.
func TestRegistryMovesIntoBuckets(t *testing.T) {
	host := serveSite(t, rootSite, "")
	phone := newPhone(t)
	phone.openRegistry(t, host.URL) // creates the database
	if eval[bool](t, phone, `document.documentElement.dataset.registryPrefetched !== undefined`) {
		t.Error("with no database yet, the page says it read the registry while loading")
	}
	codes := benchCodes(t, 200)
	seedRegistry(t, phone, codes)
	if got := readStoreShape(t, phone); got.Records != 200 || got.Buckets != 0 {
		t.Fatalf("seeded store: %+v, want 200 loose records", got)
	}

	phone.openRegistry(t, host.URL)
	if n := eval[string](t, phone, `document.querySelector("#registry").dataset.count`); n != "200" {
		t.Fatalf("the registry shows %s entries, want 200", n)
	}
	phone.waitFor(t, "the records moved", `document.documentElement.dataset.registryRestored !== undefined`, 30*time.Second)
	got := readStoreShape(t, phone)
	if got.Records != got.Buckets || got.Read != 200 || got.Buckets > 64 {
		t.Fatalf("after the move the store holds %+v, want 200 records read from at most 64 buckets and none loose", got)
	}
	t.Logf("200 records in %d buckets", got.Buckets)

	phone.openRegistry(t, host.URL)
	if n := eval[string](t, phone, `document.querySelector("#registry").dataset.count`); n != "200" {
		t.Fatalf("from its buckets the registry shows %s entries, want 200", n)
	}
	if !eval[bool](t, phone, `document.documentElement.dataset.registryPrefetched !== undefined`) {
		t.Error("the registry's page did not read the store while the app loaded (site/prefetch.js)")
	}

	url, _ := exampleSummaryURL(t, host.URL, nil)
	phone.collect(t, url)
	if got := readStoreShape(t, phone); got.Records != got.Buckets || got.Read != 201 {
		t.Errorf("after a letter scanned the store holds %+v, want 201 records in buckets", got)
	}
	phone.openRegistry(t, host.URL)
	if n := eval[string](t, phone, `document.querySelector("#registry").dataset.count`); n != "201" {
		t.Errorf("after a letter scanned the registry shows %s entries, want 201", n)
	}
	phone.do(t, 10*time.Second, chromedp.Click(chromedp.CSS(".reg-row-head")))
	phone.waitFor(t, "the delete button", `document.querySelector(".reg-delete") !== null`, 5*time.Second)
	code := eval[string](t, phone, `document.querySelector(".reg-delete").dataset.code`)
	if got := storedRecord(t, phone, code); got == "" {
		t.Fatalf("%s, shown, is not in the store", code)
	}
	phone.do(t, 10*time.Second, chromedp.Click(chromedp.CSS(".reg-delete")))
	phone.waitFor(t, "the confirmation", `document.querySelector("#delete-confirm") !== null`, 5*time.Second)
	phone.do(t, 10*time.Second, chromedp.Click(chromedp.CSS("#delete-confirm")))
	phone.waitFor(t, "the deletion", `document.querySelector("#registry").dataset.count === "200"`, 10*time.Second)
	if got := storedRecord(t, phone, code); got != "" {
		t.Errorf("deleted, %s is still stored: %s", code, got)
	}
	if got := readStoreShape(t, phone); got.Read != 200 || got.Records != got.Buckets {
		t.Errorf("after a deletion the store holds %+v, want 200 records in buckets", got)
	}
	phone.openRegistry(t, host.URL)
	if n := eval[string](t, phone, `document.querySelector("#registry").dataset.count`); n != "200" {
		t.Errorf("after a deletion the registry shows %s entries, want 200", n)
	}
}
