package e2e

import (
	"encoding/json"
	"fmt"
	"strconv"
	"testing"
	"time"

	"fugong/assessment"
	"fugong/parkdesk"

	"github.com/chromedp/chromedp"
)

// registryBenchSize is the registry a busy park's staff member may hold.
const registryBenchSize = 5000

// benchCodes makes n varied summary codes: four categories, three
// verdicts, Chinese names.
func benchCodes(t testing.TB, n int) []string {
	t.Helper()
	codes := make([]string, n)
	for i := range codes {
		s := parkdesk.Summary{
			Name:       fmt.Sprintf("临沂第%d精密机械有限公司", i),
			CreditCode: fmt.Sprintf("9137131%011d", i),
			Phone:      fmt.Sprintf("139%08d", i),
			Staff:      parkdesk.Staff{Total: 5 + i%300, Normal: 4 + i%300, OrdinaryIsolation: 1, KeyIsolation: 0, InTreatment: 0, ReturneesMidHigh: i % 7},
			Thresholds: assessment.DefaultThresholds,
			Ruleset:    assessment.RulesetVersion,
			PlanID:     fmt.Sprintf("%08X", uint32(i)*2654435761),
		}
		auto := assessment.Fact{Question: "automation_share", Value: assessment.NumberValue(20)}
		other := assessment.Fact{Question: "product_types", Value: assessment.ListValue("other")}
		switch i % 4 {
		case 0:
			s.Category, s.Batch = 1, 1
			s.Facts = []assessment.Fact{{Question: "automation_share", Value: assessment.NumberValue(80)}}
		case 1:
			s.Category, s.Batch = 2, 1
			s.Facts = []assessment.Fact{auto, {Question: "product_types", Value: assessment.ListValue("medical")}}
		case 2:
			s.Category, s.Batch = 3, 2
			s.Facts = []assessment.Fact{auto, other,
				{Question: "floor_area_m2", Value: assessment.NumberValue(2000)}, {Question: "peak_shift_workers", Value: assessment.NumberValue(100)},
				{Question: "can_keep_1m", Value: assessment.BoolValue(true)}, {Question: "closed_management", Value: assessment.BoolValue(true)}}
		case 3:
			s.Category, s.Batch = 4, 3
			s.Facts = []assessment.Fact{auto, other,
				{Question: "floor_area_m2", Value: assessment.NumberValue(2000)}, {Question: "peak_shift_workers", Value: assessment.NumberValue(400)}}
		}
		s.Priority = s.Category == 2 || s.Staff.Total < 20
		switch i % 3 {
		case 0:
			s.Readiness = assessment.Ready
		case 1:
			s.Readiness = assessment.Phased
		case 2:
			s.Readiness, s.Unmet = assessment.NotReady, []string{"isolation_room", "supplies_14d"}
		}
		code, err := parkdesk.EncodeSummary(s)
		if err != nil {
			t.Fatal(err)
		}
		codes[i] = code
	}
	return codes
}

// seedRegistry writes codes into the page's IndexedDB registry, as the
// kit stores them: with what its rules derive from each.
func seedRegistry(t testing.TB, b *browser, codes []string) {
	t.Helper()
	recs := make([]registryRecord, len(codes))
	for i, c := range codes {
		s, err := parkdesk.DecodeSummary(c)
		if err != nil {
			t.Fatal(err)
		}
		recs[i] = registryRecord{c, s.Derivation().String()}
	}
	putRegistryRecords(t, b, recs)
}

// registryRecord is a record of the registry's store: a summary code with
// its derivation, or a daily code with its record string.
type registryRecord struct {
	Code    string `json:"code"`
	Derived string `json:"derived"`
}

// readBucketJS is a JavaScript function that reads the records of a
// bucket of the registry's store from its bytes, as the kit does
// (app/browser: readBucket): "r1:", then a record after another, its
// key, when it was added, checked and derived, each a decimal and a
// colon, the two texts after their length in bytes.
const readBucketJS = `(u8 => {
	const utf8 = new TextDecoder();
	let i = 3;
	const num = () => { let j = i; while (j < u8.length && u8[j] !== 58) j++; const n = Number(utf8.decode(u8.subarray(i, j))); i = j + 1; return n; };
	const text = () => { const n = num(); const s = utf8.decode(u8.subarray(i, i + n)); i += n; return s; };
	const out = [];
	while (i < u8.length) {
		const code = text(), added = num(), checked = num(), derived = text();
		out.push(checked ? {code, added, derived, checked} : {code, added, derived});
	}
	return out;
})`

// storeJS is a JavaScript promise of the records of the registry's store
// as IndexedDB holds them: its buckets and its loose records.
const storeJS = `new Promise((resolve, reject) => {
	const req = indexedDB.open("fugong");
	req.onerror = () => reject(req.error);
	req.onsuccess = () => {
		const db = req.result;
		const all = db.transaction("registry", "readonly").objectStore("registry").getAll();
		all.onsuccess = () => { db.close(); resolve(all.result); };
		all.onerror = () => reject(all.error);
	};
})`

// storedRecordsJS is a JavaScript promise of every record of the
// registry's store, as the kit reads them: the records of its buckets
// (readBucketJS) and the loose ones, stored each on its own as kits
// before buckets stored them.
const storedRecordsJS = storeJS + `.then(all => all.flatMap(r => r.code.startsWith("s999.b") ? ` + readBucketJS + `(r.utf8) : [r]))`

// putRegistryRecords writes recs into the page's IndexedDB registry, the
// first received last, a minute apart.
func putRegistryRecords(t testing.TB, b *browser, recs []registryRecord) {
	t.Helper()
	data, _ := json.Marshal(recs)
	n := await[int](t, b, `new Promise((resolve, reject) => {
		const codes = `+string(data)+`;
		const req = indexedDB.open("fugong"); // the version the kit made, or a new one
		req.onupgradeneeded = () => req.result.createObjectStore("registry", {keyPath: "code"});
		req.onerror = () => reject(req.error);
		req.onsuccess = () => {
			const db = req.result;
			const tx = db.transaction("registry", "readwrite");
			const store = tx.objectStore("registry");
			const now = Date.now();
			codes.forEach((r, i) => store.put({code: r.code, derived: r.derived, added: now - i * 60000}));
			tx.oncomplete = () => { db.close(); resolve(codes.length); };
			tx.onerror = () => reject(tx.error);
		};
	})`)
	if n != len(recs) {
		t.Fatalf("seeded %d records, want %d", n, len(recs))
	}
}

// markedSince waits until data-NAME on the document is later than since
// (milliseconds since navigation) and returns it.
func markedSince(t testing.TB, b *browser, name string, since float64) float64 {
	t.Helper()
	b.waitFor(t, name, fmt.Sprintf(`Number(document.documentElement.dataset.%s || -1) > %f`, name, since), 60*time.Second)
	ms, err := strconv.ParseFloat(eval[string](t, b, `document.documentElement.dataset.`+name), 64)
	if err != nil {
		t.Fatal(err)
	}
	return ms
}

// BenchmarkRegistry5000 measures the registry with 5,000 entries in
// IndexedDB: open (navigation to the first page of 50 rows rendered; of
// which load: from the app's start to that page, i.e. reading IndexedDB,
// decoding and checking every code, filtering and rendering),
// filter (typing in the search field to the rows updated) and CSV export
// (the tap to the file's Blob made), each the median over b.N rounds.
func BenchmarkRegistry5000(b *testing.B) {
	host := serveSite(b, rootSite, "")
	phone := newPhone(b)
	phone.openRegistry(b, host.URL) // creates the database
	seedRegistry(b, phone, benchCodes(b, registryBenchSize))

	var open, load, filter, export []float64
	for range b.N {
		phone.do(b, 10*time.Second, chromedp.Navigate("about:blank"))
		phone.do(b, 60*time.Second, chromedp.Navigate(host.URL+"registry"))
		opened := markedSince(b, phone, "registryOpenedListed", 0) // the rows follow the picture's numbers
		open = append(open, opened)
		load = append(load, opened-mountedAt(b, phone))
		read := markedSince(b, phone, "registryRead", 0)
		decoded := markedSince(b, phone, "registryDecoded", 0)
		b.Logf("open %.0f ms: app mounted %.0f, IndexedDB read %.0f, decoded and checked %.0f, first page %.0f",
			opened, mountedAt(b, phone), read, decoded, opened)
		if got := eval[string](b, phone, `document.querySelector("#registry").dataset.count`); got != strconv.Itoa(registryBenchSize) {
			b.Fatalf("registry holds %s entries, want %d", got, registryBenchSize)
		}
		if rows := eval[int](b, phone, `document.querySelectorAll(".reg-row").length`); rows != 50 {
			b.Fatalf("first page shows %d rows, want 50", rows)
		}

		t0 := eval[float64](b, phone, `(() => {
			const i = document.getElementById("registry-search");
			i.value = "第42";
			const t = performance.now();
			i.dispatchEvent(new Event("input", {bubbles: true}));
			return t;
		})()`)
		filter = append(filter, markedSince(b, phone, "registryFiltered", t0)-t0)
		if shown := eval[string](b, phone, `document.querySelector("#registry").dataset.shown`); shown != "111" {
			b.Fatalf("search 第42 shows %s entries, want 111", shown)
		}
		eval[bool](b, phone, `(() => {
			const i = document.getElementById("registry-search");
			i.value = "";
			i.dispatchEvent(new Event("input", {bubbles: true}));
			return true;
		})()`)
		phone.waitFor(b, "the whole registry again", `document.querySelector("#registry").dataset.shown === "`+strconv.Itoa(registryBenchSize)+`"`, 10*time.Second)

		t0 = eval[float64](b, phone, `(() => { const t = performance.now(); document.getElementById("export-csv").click(); return t; })()`)
		export = append(export, markedSince(b, phone, "registryExported", t0)-t0)
	}
	bytes := eval[string](b, phone, `document.documentElement.dataset.registryExportBytes`)
	b.Logf("CSV of %d entries: %s bytes", registryBenchSize, bytes)
	b.ReportMetric(median(open), "ms-open")
	b.ReportMetric(median(load), "ms-load")
	b.ReportMetric(median(filter), "ms-filter")
	b.ReportMetric(median(export), "ms-csv")
}
