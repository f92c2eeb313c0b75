package browser

import (
	"hash/fnv"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The registry's records are kept in a few large records, buckets, rather
// than one record each: IndexedDB spends its time on the number of records
// it reads, not on their length, and a park's registry is 10,000 records
// (5,000 summaries and their daily reports). A record goes to the bucket
// its key hashes to (bucketOf), and a bucket holds its records as the
// JSON text JSON.stringify writes of an array of records (parseStoreJSON
// reads both). A record stored on its own, as kits before wrote every
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

// isBucketKey reports whether key is a bucket's.
func isBucketKey(key string) bool { return strings.HasPrefix(key, bucketPrefix) }

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

// applyBucket returns the text of a bucket whose text was old (""
// for a bucket not yet written) once c is applied: its records in their
// order, each put replacing the record of its key where there was one
// and coming last where there was none; a key both put and removed is
// removed. An old text that does not read
// (written by no kit) is an error: the write is refused rather than the
// bucket's records lost.
func applyBucket(old string, c *bucketChange) (string, error) {
	var recs []RegistryRecord
	if old != "" {
		var err error
		if recs, err = parseStoreJSON(old); err != nil {
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
	var b strings.Builder
	b.Grow(len(old) + 512*len(c.put))
	b.WriteByte('[')
	first := true
	write := func(r RegistryRecord) {
		if !first {
			b.WriteByte(',')
		}
		first = false
		writeRecordJSON(&b, r)
	}
	for _, r := range recs {
		if !gone[r.Code] {
			write(r)
		}
	}
	for i, r := range c.put {
		if last[r.Code] == i && !removed[r.Code] {
			write(r)
		}
	}
	b.WriteByte(']')
	return b.String(), nil
}

// writeRecordJSON writes r as JSON.stringify writes a stored record.
func writeRecordJSON(b *strings.Builder, r RegistryRecord) {
	b.WriteString(`{"code":`)
	writeJSONText(b, r.Code)
	b.WriteString(`,"added":`)
	b.WriteString(strconv.FormatInt(r.Added.UnixMilli(), 10))
	b.WriteString(`,"derived":`)
	writeJSONText(b, r.Derived)
	if r.Checked != 0 {
		b.WriteString(`,"checked":`)
		b.WriteString(strconv.Itoa(r.Checked))
	}
	b.WriteByte('}')
}

// writeJSONText writes s as a JSON text: quotation marks, backslashes
// and control characters escaped, the rest as it is (invalid UTF-8 as
// U+FFFD, as the browser would have it).
func writeJSONText(b *strings.Builder, s string) {
	const hex = "0123456789abcdef"
	b.WriteByte('"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= utf8.RuneSelf {
			if r, size := utf8.DecodeRuneInString(s[i:]); r == utf8.RuneError && size == 1 {
				b.WriteString(s[start:i])
				b.WriteString("\ufffd")
				i++
				start = i
			} else {
				i += size
			}
			continue
		}
		if c >= 0x20 && c != '"' && c != '\\' {
			i++
			continue
		}
		b.WriteString(s[start:i])
		switch c {
		case '"', '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case '\n':
			b.WriteString(`\n`)
		case '\t':
			b.WriteString(`\t`)
		default:
			b.WriteString(`\u00`)
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&0xf])
		}
		i++
		start = i
	}
	b.WriteString(s[start:])
	b.WriteByte('"')
}
