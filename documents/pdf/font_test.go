package pdf

import (
	"os"
	"sync"
	"testing"
)

// fontPath is the kit's font, relative to this package.
const fontPath = "../../web/fonts/wqy-microhei-subset.ttf"

var (
	fontOnce   sync.Once
	sharedFont *Font
	fontErr    error
)

// testFont loads the kit's font once for all tests.
func testFont(tb testing.TB) *Font {
	tb.Helper()
	fontOnce.Do(func() {
		data, err := os.ReadFile(fontPath)
		if err != nil {
			fontErr = err
			return
		}
		sharedFont, fontErr = LoadFont(data)
	})
	if fontErr != nil {
		tb.Fatalf("LoadFont(%s): %v", fontPath, fontErr)
	}
	return sharedFont
}

func TestFontCovers(t *testing.T) {
	f := testFont(t)
	tests := []struct {
		name string
		text string
	}{
		{"digits", "0123456789"},
		{"ASCII letters", "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"},
		{"ASCII punctuation", "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ "},
		{"CJK punctuation", "。，、；：？！（）「」『』【】《》〈〉“”‘’…—·　"},
		{"symbols the kit prints", "°×≥≤✓•…—①②③⑩□■○●→％"},
		{"common Chinese", "复工复产企业园区疫情防控方案应急预案承诺书法定代表人签字盖章日期"},
		{"rare but standard Chinese", "啰堃喆昇淼犇"},
		{"hiragana", "あいうえおかきくけこさしすせそがぎぐげごぁっゃゅょをん"},
		{"katakana", "アイウエオカキクケコガギグゲゴァッャュョヲンー"},
		{"JIS level-1 kanji", "亜唖娃阿哀愛挨姶逢葵茜穐悪握渥旭葦芦鯵梓圧斡扱宛姐虻飴絢綾鮎或粟袷安庵按暗案闇鞍杏"},
		{"Hangul", "가나다라마바사아자차카타파하한국어안녕하세요작업재개"},
		{"Latin-1", "ÀÉÎÕÜßàéîõüÿ¿¡«»©®"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if m := f.Missing(tt.text); len(m) > 0 {
				t.Errorf("Missing(%q) = %q, want none", tt.text, string(m))
			}
		})
	}
}

func TestFontDoesNotCover(t *testing.T) {
	f := testFont(t)
	tests := []struct {
		name string
		r    rune
	}{
		{"℃ has a blank glyph", '℃'},
		{"Han outside the BMP", '𠮷'},
		{"emoji", '😷'},
		{"Arabic", 'ب'},
		{"Hebrew", 'ש'},
		{"control", '\x07'},
		{"negative", -1},
		{"beyond Unicode", 0x110000},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if f.Has(tt.r) {
				t.Errorf("Has(%U) = true, want false", tt.r)
			}
		})
	}
}

func TestLoadFontRejects(t *testing.T) {
	data, err := os.ReadFile(fontPath)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"font collection", append([]byte("ttcf"), data[4:]...)},
		{"CFF font", append([]byte("OTTO"), data[4:]...)},
		{"cut short", data[:100]},
		{"cut in the middle", data[:len(data)/2]},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := LoadFont(tt.data); err == nil {
				t.Errorf("LoadFont(%s) = nil error, want one", tt.name)
			}
		})
	}
}
