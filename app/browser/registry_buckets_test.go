package browser

import (
	"errors"
	"fmt"
	"testing"
	"time"

	"fugong/parkdesk"
)

// records returns n records keyed prefix0… with texts that need escaping.
func records(prefix string, n int) []RegistryRecord {
	out := make([]RegistryRecord, n)
	for i := range out {
		out[i] = RegistryRecord{Code: fmt.Sprintf("%s%d", prefix, i), Added: time.UnixMilli(int64(1770714000000 + i)),
			Derived: fmt.Sprintf("b3;=甲厂\t\"%d\"\n7d5,,1e\\\x01\u2028", i), Checked: i % 2}
	}
	return out
}

func sameRecords(t *testing.T, got, want []RegistryRecord) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%d records, want %d: %+v", len(got), len(want), got)
	}
	for i := range got {
		g, w := got[i], want[i]
		if g.Code != w.Code || !g.Added.Equal(w.Added) || g.Derived != w.Derived || g.Checked != w.Checked {
			t.Errorf("record %d = %+v, want %+v", i, g, w)
		}
	}
}

func TestApplyBucket(t *testing.T) {
	first := records("s1.a", 3)
	text, err := applyBucket("", &bucketChange{put: first})
	if err != nil {
		t.Fatal(err)
	}
	back, err := readBucket(text, nil)
	if err != nil {
		t.Fatalf("the bucket's text does not read: %v\n%s", err, text)
	}
	sameRecords(t, back, first)

	// A put replaces its key where it was; a new key comes last; a key
	// put twice keeps its last record; a removal removes.
	again := RegistryRecord{Code: "s1.a1", Added: time.UnixMilli(5), Derived: "new"}
	newer := RegistryRecord{Code: "s1.b", Added: time.UnixMilli(6), Derived: "first"}
	newest := RegistryRecord{Code: "s1.b", Added: time.UnixMilli(7), Derived: "last", Checked: 1}
	text, err = applyBucket(text, &bucketChange{put: []RegistryRecord{again, newer, newest}, remove: []string{"s1.a0", "s1.none"}})
	if err != nil {
		t.Fatal(err)
	}
	back, err = readBucket(text, nil)
	if err != nil {
		t.Fatal(err)
	}
	sameRecords(t, back, []RegistryRecord{first[2], again, newest})

	text, err = applyBucket(text, &bucketChange{put: []RegistryRecord{again}, remove: []string{"s1.a1"}})
	if back, _ = readBucket(text, nil); err != nil || len(back) != 2 || back[0].Code != "s1.a2" || back[1].Code != "s1.b" {
		t.Errorf("a key both put and removed: %+v, %v; want it removed", back, err)
	}

	for _, bad := range []string{`[{"code":"s1.a"}]`, "r1:6:s1.abc", "r1:6:s1.abc17:0:", "r1:6:s1.abc17:0:9:abc", "r1:99:s1.abc", "r1:x:"} {
		if _, err := applyBucket(bad, &bucketChange{put: first}); err == nil {
			t.Errorf("a bucket that does not read (%q) was written over", bad)
		}
	}
}

// TestBucketStored pins a bucket's text worked out by hand: other kits
// read it.
func TestBucketStored(t *testing.T) {
	r := RegistryRecord{Code: "s1.abc", Added: time.UnixMilli(1770714000000), Derived: "甲|2", Checked: 1}
	text, err := applyBucket("", &bucketChange{put: []RegistryRecord{r, {Code: "d:x", Added: time.UnixMilli(-5)}}})
	if want := "r1:6:s1.abc1770714000000:1:5:甲|23:d:x-5:0:0:"; text != want || err != nil {
		t.Errorf("bucket %q, %v; want %q", text, err, want)
	}
}

func TestReadRegistryTexts(t *testing.T) {
	a, b := records("s1.a", 2), records("d:b", 2)
	ta, _ := applyBucket("", &bucketChange{put: a})
	tb, _ := applyBucket("", &bucketChange{put: b})
	later := RegistryRecord{Code: "s1.a1", Added: time.UnixMilli(9), Derived: "loose, and later"}
	loose := `[{"code":"s1.a1","added":9,"derived":"loose, and later"}]`

	recs, looseRecs, err := readRegistryTexts([]string{ta, tb}, loose)
	if err != nil {
		t.Fatal(err)
	}
	sameRecords(t, recs, []RegistryRecord{a[0], b[0], b[1], later})
	sameRecords(t, looseRecs, []RegistryRecord{later})

	if _, _, err := readRegistryTexts([]string{ta, "r1:[{"}, ""); err == nil {
		t.Error("a bucket that does not read was taken as empty")
	}
	if recs, loose, err := readRegistryTexts(nil, ""); err != nil || len(recs) != 0 || len(loose) != 0 {
		t.Errorf("an empty store: %v %v %v", recs, loose, err)
	}
}

func TestBucketChanges(t *testing.T) {
	puts := records("s1.x", 200)
	changes := bucketChanges(puts, []string{"d:gone"})
	n := 0
	for k, c := range changes {
		if k < 0 || k >= registryBuckets {
			t.Fatalf("bucket %d", k)
		}
		for _, r := range c.put {
			if bucketOf(r.Code) != k {
				t.Errorf("%s put in bucket %d, hashes to %d", r.Code, k, bucketOf(r.Code))
			}
			n++
		}
	}
	if n != len(puts) {
		t.Errorf("%d puts sorted, want %d", n, len(puts))
	}
	if len(changes) < registryBuckets/2 {
		t.Errorf("200 keys fall in %d buckets: the hash does not spread them", len(changes))
	}
	if c := changes[bucketOf("d:gone")]; c == nil || len(c.remove) != 1 {
		t.Error("the removal is not in its bucket")
	}
}

// TestBucketKeyNewerToOldKits: a kit from before buckets reads a bucket's
// key as a summary code of a newer version, which it keeps as stored and
// never rewrites.
func TestBucketKeyNewerToOldKits(t *testing.T) {
	for _, n := range []int{0, registryBuckets - 1} {
		key := bucketKey(n)
		if key >= bucketKeyEnd || key < bucketPrefix {
			t.Errorf("%s is outside the buckets' range", key)
		}
		if _, err := parkdesk.NewEntryDerived(key, time.Now(), parkdesk.Derivation{}); !errors.Is(err, parkdesk.ErrSummaryTooNew) {
			t.Errorf("%s read as a summary code: %v, want ErrSummaryTooNew", key, err)
		}
	}
	for _, key := range []string{"s1.AAAA", "d:c:913", "s2.x"} {
		if key >= bucketPrefix && key < bucketKeyEnd {
			t.Errorf("%s falls among the buckets", key)
		}
	}
}

// FuzzReadBucket: a bucket's text of any bytes reads without a panic, and
// what reads is written back to the same text.
func FuzzReadBucket(f *testing.F) {
	for _, seed := range []string{"", "r1:", "r1:6:s1.abc1770714000000:1:5:甲|23:d:x-5:0:0:", "r1:3:abc1:0:99:x", "r1:-1:", "r1:1:a999999999999999999999:0:0:"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, text string) {
		recs, err := readBucket(text, nil)
		if err != nil {
			return
		}
		again, err := applyBucket("", &bucketChange{put: recs})
		if err != nil {
			t.Fatal(err)
		}
		back, err := readBucket(again, nil)
		if err != nil || len(back) > len(recs) {
			t.Fatalf("%q read as %d records, written as %q, read back as %d: %v", text, len(recs), again, len(back), err)
		}
	})
}
