package browser

import "strings"

// inAppMarkers are user-agent fragments of the in-app browsers of
// messaging and social apps, where park staff's links are usually opened.
var inAppMarkers = []string{
	"micromessenger", "wxwork", "qq/", "weibo", "dingtalk", "alipayclient",
	"toutiao", "newsarticle", "aweme", "fban", "fbav", "instagram", "line/",
	"kakaotalk", "naver(inapp",
}

// IsInAppBrowser reports whether a user agent is an app's embedded browser.
func IsInAppBrowser(userAgent string) bool {
	ua := strings.ToLower(userAgent)
	for _, m := range inAppMarkers {
		if strings.Contains(ua, m) {
			return true
		}
	}
	return false
}

// IsIOS reports whether a user agent is an iPhone's or iPad's.
func IsIOS(userAgent string) bool {
	return strings.Contains(userAgent, "iPhone") || strings.Contains(userAgent, "iPad") || strings.Contains(userAgent, "iPod")
}
