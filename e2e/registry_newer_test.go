package e2e

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"fugong/parkdesk"
)

// storedRecord returns the record keyed key of the page's IndexedDB
// registry, loose or in its bucket, as JSON of its fields in one order
// ("" when there is none).
func storedRecord(t testing.TB, b *browser, key string) string {
	t.Helper()
	return await[string](t, b, fmt.Sprintf(`%s.then(recs => {
		const r = recs.find(r => r.code === %q);
		return r === undefined ? "" : JSON.stringify({code: r.code, added: r.added, derived: r.derived, checked: r.checked});
	})`, storedRecordsJS, key))
}

// TestRegistryNewerBundle puts into the registry's store a daily bundle
// of a form this kit does not know, as a newer kit would write it, for
// one enterprise of dashboardCase, and a summary code of a newer version:
// the registry opens with the rest, says so, and neither
// the open (which writes the summaries again in the current form) nor a
// daily code scanned for that enterprise changes the stored record; a
// daily code for another enterprise is recorded.
func TestRegistryNewerBundle(t *testing.T) {
	host := serveSite(t, rootSite, "")
	phone := newPhone(t)
	phone.open(t, host.URL)
	key := parkdesk.DailyBundleKey("c:91371300000000000A") // 甲精工有限公司
	recs := dashboardCase(t)
	found := false
	for i, r := range recs {
		if r.Code == key {
			recs[i].Derived, found = "b9;=甲精工有限公司,91371300000000000A,AAAA0001;7d5,,1e,0,0,0,mlrptnnk;1,,28,0,1,0,2s", true
		}
	}
	if !found {
		t.Fatalf("dashboardCase holds no record %s", key)
	}
	newerCode := "s3." + strings.TrimPrefix(recs[0].Code, "s1.") // a summary code of a newer version
	recs = append(recs, registryRecord{Code: newerCode, Derived: "2099.1|1|1|0"})
	putRegistryRecords(t, phone, recs)
	stored, storedCode := storedRecord(t, phone, key), storedRecord(t, phone, newerCode)
	if !strings.Contains(stored, `"b9;`) || storedCode == "" {
		t.Fatalf("stored %s and %s", stored, storedCode)
	}

	phone.openRegistry(t, host.URL)
	phone.waitFor(t, "the summaries written again", `document.documentElement.dataset.registryRestored !== undefined`, 30*time.Second)
	if got := phone.text(t, "#registry-newer"); !strings.Contains(got, "有 1 家企业的每日报告记录由更新版本") ||
		!strings.Contains(got, "有 1 家企业由更新版本的工具登记") || !strings.Contains(got, "刷新页面") {
		t.Errorf("notice = %q, want it to say 1 enterprise's history and 1 enterprise are of a newer version, and to reload", got)
	}
	if got := storedRecord(t, phone, newerCode); got != storedCode {
		t.Errorf("after the open the newer summary code's record is %s, want %s", got, storedCode)
	}
	if got := dataset(t, phone, "#dash-firms", "of"); got != "6" {
		t.Errorf("dashboard counts %s enterprises, want 6", got)
	}
	if got := storedRecord(t, phone, key); got != stored {
		t.Errorf("after the open the record is %s, want %s", got, stored)
	}
	phone.screenshot(t, "registry-newer")

	today := time.Now().Format(time.DateOnly)
	url, err := parkdesk.DailyURL(host.URL, parkdesk.DailyReport{Name: "甲精工有限公司", CreditCode: "91371300000000000A", PlanID: "AAAA0001", Date: today, OnSite: 90})
	if err != nil {
		t.Fatal(err)
	}
	phone.collect(t, url)
	if got := phone.text(t, "#collect-error"); !strings.Contains(got, "更新版本") || !strings.Contains(got, "重新打开此代码") {
		t.Errorf("daily code for that enterprise: %q, want it refused as written by a newer version", got)
	}
	phone.screenshot(t, "registry-newer-daily")
	if got := storedRecord(t, phone, key); got != stored {
		t.Errorf("after a daily code the record is %s, want %s", got, stored)
	}

	url, err = parkdesk.DailyURL(host.URL, parkdesk.DailyReport{PlanID: "CCCC0000", Date: today, OnSite: 80})
	if err != nil {
		t.Fatal(err)
	}
	phone.collect(t, url)
	if got := dataset(t, phone, "#collect-result", "result"); got != "daily_added" {
		t.Errorf("daily code for another enterprise: result %q, want daily_added", got)
	}
	if got := storedRecord(t, phone, key); got != stored {
		t.Errorf("after another's daily code the record is %s, want %s", got, stored)
	}
}
