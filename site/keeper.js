// What the user types, ticks or chooses on the pre-rendered page before
// the app starts is kept. go-app replaces the page's body when the wasm
// starts, and the new inputs are empty; this script remembers every field
// the user changed (by element id) and the field they are in, and when
// the app's page replaces the pre-rendered one it puts the values back
// and sends each one to the app as an input event, as if typed after the
// start, and puts the focus and the caret back, before the browser takes
// the next keystroke (mutation observers run before the next task).
// Buttons pressed before the start are queued and pressed once the app
// runs, those pressed before this script ran too (the page's own early.js
// noted them); links work as plain links. The app calls fugongKeeper.release()
// once its first screen is drawn.
(function () {
  const doc = document;
  const kept = new Map(); // element id → {value, checked, checkable}
  const queued = []; // selectors of pre-rendered buttons pressed
  let focused = null; // the field the user is in
  let released = false;

  const isField = (el) =>
    !!el && !!el.id && (el.tagName === "INPUT" || el.tagName === "TEXTAREA" || el.tagName === "SELECT") &&
    el.type !== "file" && el.type !== "hidden";
  const checkable = (el) => el.type === "radio" || el.type === "checkbox";

  const keep = (el) => {
    if (checkable(el)) {
      if (el.type === "radio") {
        for (const other of doc.getElementsByName(el.name)) if (other !== el) kept.delete(other.id);
        if (!el.checked) return;
      }
      kept.set(el.id, { checked: el.checked, checkable: true });
    } else {
      kept.set(el.id, { value: el.value, checkable: false });
    }
  };

  // Changes made before this script ran are in the pre-rendered fields.
  for (const el of doc.querySelectorAll("input, textarea, select")) {
    if (!isField(el)) continue;
    if (checkable(el) ? el.checked !== el.defaultChecked : el.value !== el.defaultValue) keep(el);
  }
  if (isField(doc.activeElement)) focused = doc.activeElement;

  const prerendered = new WeakSet(doc.querySelectorAll("button"));

  const onInput = (e) => {
    if (isField(e.target)) keep(e.target);
  };
  const onFocus = (e) => {
    if (isField(e.target)) focused = e.target;
  };
  const onClick = (e) => {
    const b = e.target.closest ? e.target.closest("button") : null;
    if (!b || !prerendered.has(b)) return; // links work as links; the app's buttons are the app's
    let selector = null;
    if (b.id) selector = "#" + CSS.escape(b.id);
    else if (b.dataset.lang) selector = 'button[data-lang="' + CSS.escape(b.dataset.lang) + '"]';
    if (!selector) return;
    e.preventDefault();
    if (!queued.includes(selector)) queued.push(selector);
    b.setAttribute("aria-busy", "true");
    window.fugongLoadingNote = "queued";
  };

  // restore puts kept values, the focus and the caret on the app's fields
  // that took the place of the pre-rendered ones.
  const restore = () => {
    for (const [id, k] of kept) {
      const el = doc.getElementById(id);
      if (!isField(el)) continue;
      if (k.checkable) {
        if (el.checked !== k.checked) {
          el.checked = k.checked;
          el.dispatchEvent(new Event("change", { bubbles: true }));
        }
      } else if (el.value !== k.value) {
        el.value = k.value;
        el.dispatchEvent(new Event("input", { bubbles: true }));
      }
    }
    if (focused && !focused.isConnected) {
      const el = doc.getElementById(focused.id);
      if (isField(el)) {
        let start = null, end = null;
        try {
          start = focused.selectionStart;
          end = focused.selectionEnd;
        } catch (e) {}
        el.focus({ preventScroll: true });
        try {
          if (start !== null) el.setSelectionRange(start, end);
        } catch (e) {}
        focused = el;
      }
    }
  };

  const observer = new MutationObserver(restore);
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  doc.addEventListener("input", onInput, true);
  doc.addEventListener("change", onInput, true);
  doc.addEventListener("focusin", onFocus, true);
  doc.addEventListener("click", onClick, true);
  if (window.fugongEarlyClick) {
    removeEventListener("click", window.fugongEarlyClick, true);
    for (const b of window.fugongEarly || []) onClick({ target: b, preventDefault() {} });
  }

  window.fugongKeeper = {
    // focusedName is the name of the field the user is in (a question's
    // ID on the form) until the hand-over, then "".
    focusedName: () => (!released && focused && focused.name) || "",
    // release hands over for good, once the app has drawn its screen:
    // the last values and the focus are put back, the queued buttons
    // pressed, and the page's listeners removed.
    release() {
      if (released) return;
      released = true;
      queueMicrotask(() => {
        observer.takeRecords();
        observer.disconnect();
        restore();
        doc.removeEventListener("input", onInput, true);
        doc.removeEventListener("change", onInput, true);
        doc.removeEventListener("focusin", onFocus, true);
        doc.removeEventListener("click", onClick, true);
        for (const selector of queued) {
          const el = doc.querySelector(selector);
          if (el && !el.disabled) el.click();
        }
        queued.length = 0;
      });
    },
  };
})();
