package browser

import (
	"errors"
	"hash/fnv"
	"strconv"
	"strings"
	"time"
)

// The registry's records are kept in a few large records, buckets, rather
// than one record each: IndexedDB spends its time on the number of records
// it reads, not on their length, and a park's registry is 10,000 records
// (5,000 summaries and their daily reports). A record goes to the bucket
// its key hashes to (bucketOf), and a bucket holds its records one after
// the other, each field written after its length (writeBucketRecord), so
// that reading them is slicing, with nothing to unescape. A record
// stored on its own, as kits before wrote every
// record, is loose: it is read as it always was, counts over a bucket's
// copy of the same key, and is moved into its bucket.

// registryBuckets is how many buckets hold the registry: a bucket of a
// 5,000-firm registry with 30 days of reports holds about 60 KB.
const registryBuckets = 64

// bucketPrefix begins every bucket's key. To a kit from before buckets,
// which reads every record of the store as a summary code, it is the
// code of a version newer than any it knows: such a kit keeps the record
// as stored and asks to be updated, never calls it damaged nor rewrites it.
const bucketPrefix = "s999.b"

// bucketKeyEnd is above every bucket's key and below any other key that
// sorts after them: the key ranges of buckets and loose records.
const bucketKeyEnd = bucketPrefix + "\uffff"

// bucketKey is the key of bucket n.
func bucketKey(n int) string { return bucketPrefix + strconv.Itoa(n) }

// bucketOf is the bucket that holds the record keyed code.
func bucketOf(code string) int {
	h := fnv.New32a()
	h.Write([]byte(code))
	return int(h.Sum32() % registryBuckets)
}

// bucketChange is what one write does to one bucket: records to put
// (replacing those of the same key) and keys to remove.
type bucketChange struct {
	put    []RegistryRecord
	remove []string
}

// bucketChanges sorts puts and removals by bucket.
func bucketChanges(put []RegistryRecord, remove []string) map[int]*bucketChange {
	out := map[int]*bucketChange{}
	at := func(code string) *bucketChange {
		n := bucketOf(code)
		if out[n] == nil {
			out[n] = &bucketChange{}
		}
		return out[n]
	}
	for _, r := range put {
		c := at(r.Code)
		c.put = append(c.put, r)
	}
	for _, code := range remove {
		c := at(code)
		c.remove = append(c.remove, code)
	}
	return out
}

// bucketForm begins the text of every bucket: the form of its records.
const bucketForm = "r1:"

// errBucketForm is a bucket not written as this kit writes them.
var errBucketForm = errors.New("registry store: a bucket of an unknown form")

// errBucketCut is a bucket's text that ends inside a record.
var errBucketCut = errors.New("registry store: a bucket cut short")

// applyBucket returns the text of a bucket whose text was old (""
// for a bucket not yet written) once c is applied: its records in their
// order, each put replacing the record of its key where there was one
// and coming last where there was none; a key both put and removed is
// removed. An old text that does not read (written by no kit) is an
// error: the write is refused rather than the bucket's records lost.
func applyBucket(old string, c *bucketChange) (string, error) {
	var recs []RegistryRecord
	if old != "" {
		var err error
		if recs, err = readBucket(old, nil); err != nil {
			return "", err
		}
	}
	removed := make(map[string]bool, len(c.remove))
	gone := make(map[string]bool, len(c.remove)+len(c.put))
	for _, code := range c.remove {
		removed[code], gone[code] = true, true
	}
	last := make(map[string]int, len(c.put)) // the last put of a key counts
	for i, r := range c.put {
		gone[r.Code] = true
		last[r.Code] = i
	}
	b := make([]byte, 0, len(old)+512*len(c.put))
	b = append(b, bucketForm...)
	for _, r := range recs {
		if !gone[r.Code] {
			b = appendBucketRecord(b, r)
		}
	}
	for i, r := range c.put {
		if last[r.Code] == i && !removed[r.Code] {
			b = appendBucketRecord(b, r)
		}
	}
	return string(b), nil
}

// appendBucketRecord appends r to a bucket's text: its key, when it was
// added (milliseconds since 1970), Checked and Derived, each a decimal
// and a colon, the two texts after their length in bytes:
//
//	6:s1.abc1770714000000:1:12:2026.1|3|2|0
func appendBucketRecord(b []byte, r RegistryRecord) []byte {
	b = strconv.AppendInt(b, int64(len(r.Code)), 10)
	b = append(b, ':')
	b = append(b, r.Code...)
	b = strconv.AppendInt(b, r.Added.UnixMilli(), 10)
	b = append(b, ':')
	b = strconv.AppendInt(b, int64(r.Checked), 10)
	b = append(b, ':')
	b = strconv.AppendInt(b, int64(len(r.Derived)), 10)
	b = append(b, ':')
	return append(b, r.Derived...)
}

// readBucket appends the records of a bucket's text to recs. The texts
// read are parts of text, not copies.
func readBucket(text string, recs []RegistryRecord) ([]RegistryRecord, error) {
	rest, ok := strings.CutPrefix(text, bucketForm)
	if !ok {
		return recs, errBucketForm
	}
	for rest != "" {
		var r RegistryRecord
		var n, added, checked int64
		var ok bool
		if n, rest, ok = bucketInt(rest); !ok || n > int64(len(rest)) || n < 0 {
			return recs, errBucketCut
		}
		r.Code, rest = rest[:n], rest[n:]
		if added, rest, ok = bucketInt(rest); !ok {
			return recs, errBucketCut
		}
		if checked, rest, ok = bucketInt(rest); !ok {
			return recs, errBucketCut
		}
		if n, rest, ok = bucketInt(rest); !ok || n > int64(len(rest)) || n < 0 {
			return recs, errBucketCut
		}
		r.Derived, rest = rest[:n], rest[n:]
		r.Added, r.Checked = time.UnixMilli(added), int(checked)
		recs = append(recs, r)
	}
	return recs, nil
}

// bucketInt reads a decimal and its colon.
func bucketInt(s string) (n int64, rest string, ok bool) {
	neg := strings.HasPrefix(s, "-")
	i := 0
	if neg {
		i = 1
	}
	start := i
	for ; i < len(s) && s[i] >= '0' && s[i] <= '9' && i-start < 18; i++ {
		n = n*10 + int64(s[i]-'0')
	}
	if i == start || i >= len(s) || s[i] != ':' {
		return 0, s, false
	}
	if neg {
		n = -n
	}
	return n, s[i+1:], true
}
