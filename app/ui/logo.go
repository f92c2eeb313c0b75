package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// logoSVG is the kit's icon (web/icons/icon.svg, drawn by tools/icons),
// inline and hidden from screen readers: the name beside it says what it
// is. As an <img>, it would need an empty alt, which go-app drops.
const logoSVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" width="28" height="28" aria-hidden="true" focusable="false">
<rect width="100" height="100" rx="18" fill="#0b6e4f"/>
<polygon points="18,80 18,48 34,38 34,48 50,38 50,48 64,38 64,22 74,22 74,48 82,48 82,80" fill="#fff"/>
<polyline points="37,64 46,72 63,55" fill="none" stroke="#0b6e4f" stroke-width="6" stroke-linecap="round" stroke-linejoin="round"/>
</svg>`

// logoAttrs are what logoSVG adds to the icon's file.
const logoAttrs = ` width="28" height="28" aria-hidden="true" focusable="false"`

// logo draws the kit's icon, decorative.
func logo() app.UI { return app.Raw(logoSVG) }
