package assessment

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
)

// ValueType says which JSON form an answer has.
type ValueType uint8

// The forms an answer takes. TypeInvalid holds JSON that no question
// accepts (an object, a list with non-strings); it is kept so that a
// file round-trips, and Validate reports it.
const (
	TypeEmpty   ValueType = iota // no answer (JSON null or absent)
	TypeBool                     // yes/no: JSON true or false
	TypeNumber                   // a JSON number
	TypeString                   // text, one choice's ID, a date, a phone, a code
	TypeList                     // several choices: a JSON array of choice IDs
	TypeInvalid                  // any other JSON
)

// Value is one answer as stored in an answers file. Only the field that
// matches Type is meaningful.
type Value struct {
	Type ValueType
	Bool bool
	Num  float64
	Str  string
	List []string
	raw  json.RawMessage // the JSON of a TypeInvalid value
}

// BoolValue returns a yes/no answer.
func BoolValue(b bool) Value { return Value{Type: TypeBool, Bool: b} }

// NumberValue returns a number answer.
func NumberValue(f float64) Value { return Value{Type: TypeNumber, Num: f} }

// StringValue returns a text, date, phone, code or one-choice answer.
func StringValue(s string) Value { return Value{Type: TypeString, Str: s} }

// ListValue returns a several-choices answer holding the given choice IDs.
func ListValue(ids ...string) Value {
	return Value{Type: TypeList, List: append([]string{}, ids...)}
}

// IsEmpty reports whether v counts as unanswered: absent, null, blank
// text or no choice at all. The number 0 and the answer "no" are answers.
func (v Value) IsEmpty() bool {
	switch v.Type {
	case TypeEmpty:
		return true
	case TypeString:
		return strings.TrimSpace(v.Str) == ""
	case TypeList:
		return len(v.List) == 0
	}
	return false
}

// Equal reports whether v and w are the same answer.
func (v Value) Equal(w Value) bool {
	if v.Type != w.Type {
		return false
	}
	switch v.Type {
	case TypeBool:
		return v.Bool == w.Bool
	case TypeNumber:
		return v.Num == w.Num
	case TypeString:
		return v.Str == w.Str
	case TypeList:
		if len(v.List) != len(w.List) {
			return false
		}
		for i := range v.List {
			if v.List[i] != w.List[i] {
				return false
			}
		}
		return true
	case TypeInvalid:
		return bytes.Equal(v.raw, w.raw)
	}
	return true
}

// Has reports whether a several-choices answer holds the choice id.
func (v Value) Has(id string) bool {
	for _, s := range v.List {
		if s == id {
			return true
		}
	}
	return false
}

// MarshalJSON writes v in the answers-file form.
func (v Value) MarshalJSON() ([]byte, error) {
	switch v.Type {
	case TypeBool:
		return strconv.AppendBool(nil, v.Bool), nil
	case TypeNumber:
		return json.Marshal(v.Num)
	case TypeString:
		return json.Marshal(v.Str)
	case TypeList:
		if v.List == nil {
			return []byte("[]"), nil
		}
		return json.Marshal(v.List)
	case TypeInvalid:
		if json.Valid(v.raw) {
			return v.raw, nil
		}
	}
	return []byte("null"), nil
}

// UnmarshalJSON reads any JSON value; forms no question accepts become
// TypeInvalid rather than an error, so that one bad answer does not stop
// a whole file from loading.
func (v *Value) UnmarshalJSON(data []byte) error {
	data = bytes.TrimSpace(data)
	*v = Value{}
	if len(data) == 0 {
		return nil
	}
	switch c := data[0]; {
	case c == 'n':
		return nil
	case c == 't' || c == 'f':
		v.Type = TypeBool
		return json.Unmarshal(data, &v.Bool)
	case c == '"':
		v.Type = TypeString
		return json.Unmarshal(data, &v.Str)
	case c == '-' || (c >= '0' && c <= '9'):
		v.Type = TypeNumber
		if err := json.Unmarshal(data, &v.Num); err != nil {
			// Valid JSON but beyond float64, e.g. 1e999.
			*v = Value{Type: TypeInvalid, raw: append(json.RawMessage{}, data...)}
		}
		return nil
	case c == '[':
		var list []string
		if json.Unmarshal(data, &list) == nil {
			v.Type = TypeList
			v.List = list
			if v.List == nil {
				v.List = []string{}
			}
			return nil
		}
	}
	*v = Value{Type: TypeInvalid, raw: append(json.RawMessage{}, data...)}
	return nil
}
