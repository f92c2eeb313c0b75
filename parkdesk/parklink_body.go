package parkdesk

import (
	"encoding/binary"
	"math"
	"time"

	"fugong/assessment"
	"fugong/internal/wire"
)

// The body of a park link, version 1 (the format is told in parklink.go).

// linkEpoch is day 0 of the link's dates.
var linkEpoch = time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)

func encodeBody(p assessment.Park) []byte {
	var fields uint64
	set := func(i int, present bool) {
		if present {
			fields |= 1 << i
		}
	}
	set(lfName, p.Name != "")
	set(lfCategory, p.Category != 0)
	set(lfDistrict, p.District != "")
	set(lfContact, p.Contact != "")
	set(lfPhone, p.Phone != "")
	set(lfHotline, p.Hotline != "")
	set(lfBatch1, p.Batch1 != "")
	set(lfBatch2, p.Batch2 != "")
	set(lfBatch3, p.Batch3 != "")
	set(lfCat1, p.Cat1MinAutomationShare != nil)
	set(lfCat3, p.Cat3MinAreaPerWorker != nil)
	set(lfFew, p.FewWorkersMax != nil)
	set(lfSupport, len(p.Support) > 0)
	set(lfLang, p.Lang != "")
	set(lfZones, len(p.Zones) > 0)
	set(lfIndustries, len(p.Industries) > 0)

	w := &wire.Writer{}
	w.Uvarint(fields)
	has := func(i int) bool { return fields&(1<<i) != 0 }
	text := func(s string) { w.Text(wire.LinkText, s) }
	phone := func(s string) {
		w.Uvarint(uint64(len(s)))
		w.Phone(s)
	}
	if has(lfName) {
		text(p.Name)
	}
	if has(lfCategory) {
		w.Byte(byte(p.Category))
	}
	if has(lfDistrict) {
		text(p.District)
	}
	if has(lfContact) {
		text(p.Contact)
	}
	if has(lfPhone) {
		phone(p.Phone)
	}
	if has(lfHotline) {
		phone(p.Hotline)
	}
	for i, d := range []string{p.Batch1, p.Batch2, p.Batch3} {
		if has(lfBatch1 + i) {
			t, _ := time.Parse(time.DateOnly, d)
			w.B = binary.BigEndian.AppendUint16(w.B, uint16(t.Sub(linkEpoch).Hours()/24))
		}
	}
	if has(lfCat1) {
		w.Uvarint(uint64(math.Round(*p.Cat1MinAutomationShare * 100)))
	}
	if has(lfCat3) {
		w.Uvarint(uint64(math.Round(*p.Cat3MinAreaPerWorker * 100)))
	}
	if has(lfFew) {
		w.Uvarint(uint64(*p.FewWorkersMax))
	}
	if has(lfSupport) {
		notes := map[string]string{}
		var bits uint64
		for _, o := range p.Support {
			for i, id := range linkMeasures {
				if id == o.ID {
					bits |= 1 << i
					notes[id] = o.Note
				}
			}
		}
		w.Uvarint(bits)
		for i, id := range linkMeasures {
			if bits&(1<<i) != 0 {
				text(notes[id])
			}
		}
	}
	if has(lfLang) {
		for i, l := range assessment.Languages {
			if l == p.Lang {
				w.Byte(byte(i))
			}
		}
	}
	for i, names := range [][]string{p.Zones, p.Industries} {
		if has(lfZones + i) {
			w.Uvarint(uint64(len(names)))
			for _, n := range names {
				text(n)
			}
		}
	}
	return w.B
}

// decodeBody reads a body: ErrLinkTooNew when it holds a field or a
// measure this kit does not know, ErrLinkInvalid when it does not read.
func decodeBody(body []byte) (assessment.Park, error) {
	r := wire.NewReader(body)
	var p assessment.Park
	fields := r.Uvarint()
	if !r.Bad() && fields>>lfCount != 0 {
		return assessment.Park{}, ErrLinkTooNew // a field this kit does not know
	}
	has := func(i int) bool { return fields&(1<<i) != 0 }
	text := func() string { return r.Text(wire.LinkText) }
	phone := func() string { return r.Phone(r.Small(MaxLinkPhone)) }
	hundredths := func() *float64 {
		f := float64(r.Small(1<<40)) / 100
		return &f
	}
	if has(lfName) {
		p.Name = text()
	}
	if has(lfCategory) {
		p.Category = int(r.Byte())
	}
	if has(lfDistrict) {
		p.District = text()
	}
	if has(lfContact) {
		p.Contact = text()
	}
	if has(lfPhone) {
		p.Phone = phone()
	}
	if has(lfHotline) {
		p.Hotline = phone()
	}
	for i, d := range []*string{&p.Batch1, &p.Batch2, &p.Batch3} {
		if !has(lfBatch1 + i) {
			continue
		}
		if b := r.Take(2); b != nil {
			*d = linkEpoch.AddDate(0, 0, int(binary.BigEndian.Uint16(b))).Format(time.DateOnly)
		}
	}
	if has(lfCat1) {
		p.Cat1MinAutomationShare = hundredths()
	}
	if has(lfCat3) {
		p.Cat3MinAreaPerWorker = hundredths()
	}
	if has(lfFew) {
		f := float64(r.Small(1 << 40))
		p.FewWorkersMax = &f
	}
	if has(lfSupport) {
		bits := r.Uvarint()
		if !r.Bad() && bits>>len(linkMeasures) != 0 {
			return assessment.Park{}, ErrLinkTooNew // a measure this kit does not know
		}
		for i, id := range linkMeasures {
			if bits&(1<<i) != 0 {
				p.Support = append(p.Support, assessment.Offer{ID: id, Note: text()})
			}
		}
		if len(p.Support) == 0 {
			r.Fail()
		}
	}
	if has(lfLang) {
		if i := int(r.Byte()); i < len(assessment.Languages) {
			p.Lang = assessment.Languages[i]
		} else {
			r.Fail()
		}
	}
	for i, names := range []*[]string{&p.Zones, &p.Industries} {
		if has(lfZones + i) {
			n := r.Small(assessment.MaxParkNames)
			if n == 0 {
				r.Fail()
			}
			for ; n > 0 && !r.Bad(); n-- {
				*names = append(*names, text())
			}
		}
	}
	if !r.Done() {
		return assessment.Park{}, ErrLinkInvalid
	}
	return p, nil
}
