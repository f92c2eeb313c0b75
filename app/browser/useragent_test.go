package browser

import "testing"

func TestBrowserDetection(t *testing.T) {
	tests := []struct {
		name, agent string
		inApp, ios  bool
	}{
		{"chrome android", "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36", false, false},
		{"wechat", "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Version/4.0 Chrome/120.0 Mobile Safari/537.36 MicroMessenger/8.0.47.2560 WeChat/arm64", true, false},
		{"wechat work", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 wxwork/4.1.22 MicroMessenger/7.0.1", true, true},
		{"dingtalk", "Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 Chrome/110.0 Mobile Safari/537.36 AliApp(DingTalk/7.0.40)", true, false},
		{"qq", "Mozilla/5.0 (Linux; Android 12) AppleWebKit/537.36 Chrome/98.0 Mobile Safari/537.36 V1_AND_SQ_8.9.0_3060_YYB_D QQ/8.9.0.9040", true, false},
		{"iphone safari", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1", false, true},
		{"kakaotalk", "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/120.0 Mobile Safari/537.36 KAKAOTALK 10.4.5", true, false},
		{"desktop firefox", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0", false, false},
	}
	for _, tt := range tests {
		if got := IsInAppBrowser(tt.agent); got != tt.inApp {
			t.Errorf("%s: IsInAppBrowser = %v, want %v", tt.name, got, tt.inApp)
		}
		if got := IsIOS(tt.agent); got != tt.ios {
			t.Errorf("%s: IsIOS = %v, want %v", tt.name, got, tt.ios)
		}
	}
}
