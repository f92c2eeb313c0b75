package assessment

import (
	"strings"
	"testing"
)

func TestValidCreditCode(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"91350100M000100Y43", true}, // a published example
		{"91371311MA3R7PQ1X4", true},
		{"91371300MA3C8K2L5U", true},
		{"91320594MA1MXB2T0L", true},
		{"91120110MA05J3UB8M", true},
		{"91610000MA6TGM4H1A", true},
		{"91350100M000100Y44", false},  // wrong check character
		{"91350100M000100Y4", false},   // 17 characters
		{"91350100M000100Y433", false}, // 19 characters
		{"91350100m000100Y43", false},  // lower case
		{"9135010OM000100Y43", false},  // O is not in the alphabet
		{"91350100I000100Y43", false},  // nor I
		{"913A0100M000100Y43", false},  // division code must be digits
		{"", false},
		{"９１350100M000100Y43", false}, // full-width digits
	}
	for _, tt := range tests {
		if got := ValidCreditCode(tt.in); got != tt.want {
			t.Errorf("ValidCreditCode(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestCreditCodeCheck(t *testing.T) {
	if c, ok := CreditCodeCheck("91350100M000100Y4"); !ok || c != '3' {
		t.Errorf("CreditCodeCheck(%q) = %q, %v, want '3', true", "91350100M000100Y4", c, ok)
	}
	if _, ok := CreditCodeCheck("91350100M000100Z4"); ok {
		t.Errorf("CreditCodeCheck with Z = ok, want not ok")
	}
}

func TestValidPhone(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"13812345678", true},
		{"19912345678", true},
		{"+8613812345678", true},
		{"138 1234 5678", true},
		{"138-1234-5678", true},
		{"0531-88888888", true},
		{"010-12345678", true},
		{"010-12345678-123", true},
		{"0539-8123456", true}, // 7-digit number
		{"053188888888", true},
		{"021 62345678", true},
		{"12812345678", false},    // 12x is not a mobile prefix
		{"1381234567", false},     // 10 digits
		{"138123456789", false},   // 12 digits
		{"010-1234567", false},    // 3-digit area codes take 8 digits
		{"0531-888888", false},    // 6 digits
		{"0531-08888888", false},  // number starts with 0
		{"0531-88888888-", false}, // empty extension
		{"0531-88888888-1234567", false},
		{"531-88888888", false},
		{"abc", false},
		{"", false},
		{"12320", false}, // a hotline, not a phone
	}
	for _, tt := range tests {
		if got := ValidPhone(tt.in); got != tt.want {
			t.Errorf("ValidPhone(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestValidHotline(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"12320", true},
		{"120", true},
		{"400-123-4567", true},
		{"0539-8765433", true},
		{"13812345678", true},
		{"1234", false},
		{"500-123-4567", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := ValidHotline(tt.in); got != tt.want {
			t.Errorf("ValidHotline(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestValidateAnswer(t *testing.T) {
	q := func(id string) Question {
		q, ok := Lookup(id)
		if !ok {
			t.Fatalf("no question %s", id)
		}
		return q
	}
	tests := []struct {
		id   string
		v    Value
		code string // "" for no problem
	}{
		{"automation_share", NumberValue(0), ""},
		{"automation_share", NumberValue(100), ""},
		{"automation_share", NumberValue(100.5), CodeRange},
		{"automation_share", NumberValue(-1), CodeRange},
		{"automation_share", Value{}, CodeRequired},
		{"automation_share", StringValue("80"), CodeType},
		{"employees_total", NumberValue(12.5), CodeWhole},
		{"employees_total", NumberValue(-3), CodeRange},
		{"employees_total", NumberValue(0), ""}, // 0 is an answer
		{"floor_area_m2", NumberValue(0), CodeRange},
		{"can_keep_1m", BoolValue(false), ""}, // no is an answer
		{"can_keep_1m", StringValue("yes"), CodeType},
		{"ventilation", StringValue("fresh_air"), ""},
		{"ventilation", StringValue("自然通风"), CodeUnknownChoice}, // a label is not an ID
		{"product_types", ListValue("medical", "other"), ""},
		{"product_types", ListValue("medical", "medical"), CodeUnknownChoice},
		{"product_types", ListValue(), CodeRequired},
		{"credit_code", StringValue("91350100M000100Y43"), ""},
		{"credit_code", StringValue("91350100M000100Y42"), CodeCreditCode},
		{"leader_phone", StringValue("0531-88888888"), ""},
		{"leader_phone", StringValue("5551234"), CodePhone},
		{"returnees_last_return", StringValue("2026-02-30"), CodeDate},
		{"returnees_last_return", StringValue("2026-02-10"), ""},
		{"name", StringValue("   "), CodeRequired},
		{"main_products", Value{}, ""}, // optional
		{"symptom_hotline", StringValue("12320"), ""},
		{"legal_rep", StringValue(strings.Repeat("王", 51)), CodeTooLong},
	}
	for _, tt := range tests {
		p := ValidateAnswer(q(tt.id), tt.v)
		got := ""
		if p != nil {
			got = p.Code
			if p.Message.Zh == "" || p.Message.exact("en") == "" || p.Question != tt.id {
				t.Errorf("ValidateAnswer(%s, %+v) = %+v: want a message in zh and en and the question ID", tt.id, tt.v, p)
			}
		}
		if got != tt.code {
			t.Errorf("ValidateAnswer(%s, %+v) code = %q, want %q", tt.id, tt.v, got, tt.code)
		}
	}
}

func TestText(t *testing.T) {
	x := NewText("中", "en")
	for lang, want := range map[string]string{"zh": "中", "en": "en", "ja": "中", "ko": "中", "xx": "中"} {
		if got := x.In(lang); got != want {
			t.Errorf("Text.In(%q) = %q, want %q", lang, got, want)
		}
	}
}

func TestCond(t *testing.T) {
	a := NewAnswers("zh")
	a.Set("has_canteen", BoolValue(true))
	a.Set("dorm_residents", NumberValue(0))
	a.Set("product_types", ListValue("medical"))
	tests := []struct {
		name string
		c    Cond
		want bool
	}{
		{"zero", Cond{}, true},
		{"eq", If("has_canteen", OpEq, BoolValue(true)), true},
		{"gt zero", If("dorm_residents", OpGt, NumberValue(0)), false},
		{"ge zero", If("dorm_residents", OpGe, NumberValue(0)), true},
		{"missing never holds", If("shuttle_buses", OpLt, NumberValue(5)), false},
		{"missing ne", If("shuttle_buses", OpNe, NumberValue(5)), false},
		{"has", If("product_types", OpHas, StringValue("medical")), true},
		{"set", If("has_canteen", OpSet, Value{}), true},
		{"all", All(If("has_canteen", OpEq, BoolValue(true)), If("dorm_residents", OpGt, NumberValue(0))), false},
		{"any", Any(If("has_canteen", OpEq, BoolValue(true)), If("dorm_residents", OpGt, NumberValue(0))), true},
		{"empty any is true", Any(), true},
	}
	for _, tt := range tests {
		if got := tt.c.Holds(a); got != tt.want {
			t.Errorf("%s: Holds = %v, want %v", tt.name, got, tt.want)
		}
	}
}
