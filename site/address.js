// The address, made one Go can read. Chat apps and QR scanners cut links
// short or mangle them ("/#%zz", "/collect#s=%s", a park link cut in the
// middle of "%E5%"); Go's url.Parse refuses such an address, and go-app,
// which ignores that error, would stop at its start with nothing on
// screen. A path, query or fragment that does not decode is taken out of
// the address before go-app reads it: the page goes to the kit's first
// screen, which says the link is incomplete (fugongLinkBroken).
(function () {
  const decodes = (s) => {
    try {
      decodeURIComponent(s);
      return true;
    } catch (e) {
      return false;
    }
  };
  const loc = window.location;
  if (decodes(loc.pathname) && decodes(loc.search) && decodes(loc.hash)) return;
  window.fugongLinkBroken = true;
  try {
    history.replaceState(null, "", "__PREFIX__/");
  } catch (e) {
    console.error("fugong: cannot clean the address", e);
  }
})();
