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
//
// On a return visit the pre-rendered fields are empty, but the phone
// holds the user's answers (the app notes that in localStorage,
// "fugong.drafts"), which only the app can read: the page's fields would
// look like the answers and be empty. So the fields take no input until
// the app has drawn the saved answers, and the page says they are being
// read. What was typed before this script ran goes only into fields the
// app draws empty: a saved answer is never replaced by text typed where
// the user could not see it.
(function () {
  const doc = document;
  const kept = new Map(); // element id → {value, checked, checkable}
  const queued = []; // selectors of pre-rendered buttons pressed
  const drawn = new WeakSet(); // the app's fields met once, their saved answers looked at
  let focused = null; // the field the user is in
  let released = false;
  let reading = false; // the page's fields wait for the saved answers
  try {
    reading = localStorage.getItem("fugong.drafts") === "1";
  } catch (e) {}
  const main = doc.querySelector("main");
  reading = reading && !!main && !!main.querySelector("input, textarea, select");

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
  const prerenderedFields = new WeakSet(doc.querySelectorAll("input, textarea, select"));

  // While the saved answers are read, the form's fields and buttons take
  // nothing, and the page says why.
  if (reading) {
    for (const el of main.querySelectorAll("input, textarea, select, button")) {
      if (el.tagName === "BUTTON" || el.tagName === "SELECT" || checkable(el)) el.disabled = true;
      else el.readOnly = true;
    }
    const note = doc.createElement("p");
    note.id = "draft-reading";
    note.className = "notice notice-ok";
    note.setAttribute("role", "status");
    note.textContent = fugongPageLabels()[3];
    main.prepend(note);
    window.fugongLoadingNote = "reading";
  }

  const onInput = (e) => {
    if (isField(e.target)) keep(e.target);
  };
  const onFocus = (e) => {
    if (isField(e.target)) focused = e.target;
  };
  const onClick = (e) => {
    const b = e.target.closest ? e.target.closest("button") : null;
    if (!b || !prerendered.has(b)) return; // links work as links; the app's buttons are the app's
    if (reading && main.contains(b)) return; // the form's, pressed before this script: it waits for the answers
    let selector = null;
    if (b.id) selector = "#" + CSS.escape(b.id);
    else if (b.dataset.lang) selector = 'button[data-lang="' + CSS.escape(b.dataset.lang) + '"]';
    if (!selector) return;
    e.preventDefault();
    if (!queued.includes(selector)) queued.push(selector);
    b.setAttribute("aria-busy", "true");
    window.fugongLoadingNote = "queued";
  };

  // savedOver reports whether the app drew the field el with a saved
  // answer that kept value k would replace: a text or a choice other than
  // the one kept. A box ticked is added to the saved choices.
  const savedOver = (el, k) => {
    if (!k.checkable) return el.value !== "" && el.value !== k.value;
    if (el.type !== "radio" || el.checked) return false;
    for (const other of doc.getElementsByName(el.name)) if (other.checked) return true;
    return false;
  };

  // restore puts kept values, the focus and the caret on the app's fields
  // that took the place of the pre-rendered ones.
  const restore = () => {
    for (const [id, k] of kept) {
      const el = doc.getElementById(id);
      if (!isField(el)) continue;
      if (!prerenderedFields.has(el) && !drawn.has(el)) {
        drawn.add(el);
        if (savedOver(el, k)) {
          kept.delete(id);
          continue;
        }
      }
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
    // ID on the form) until the hand-over, then "": none while the saved
    // answers are read, so that the form opens at the draft's own step.
    focusedName: () => (!released && !reading && focused && focused.name) || "",
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
        // A field tapped while the saved answers were read: typing goes
        // on after the answer the app has drawn in it.
        if (reading && isField(focused) && focused === doc.activeElement && !checkable(focused)) {
          try {
            focused.setSelectionRange(focused.value.length, focused.value.length);
          } catch (e) {}
        }
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
