// On the registry's page, the registry's records are read from IndexedDB
// while app.wasm loads, not after: the app takes them when it starts
// (app/browser: RegistryAll), and reads the store itself when this read
// failed. The ranges are the app's: its buckets, and the loose records
// below and above them (app/browser/registry_buckets.go). A phone with no
// database yet gets none made here: the app makes it, with its stores.
// Reading window.indexedDB can throw (a privacy mode, storage turned
// off): nothing here may stop the rest of app.js.
(function () {
  const path = location.pathname.replace(/\.html$/, "").replace(/\/+$/, "");
  if (!path.endsWith("/registry")) return;
  try {
    if (!self.indexedDB || !self.IDBKeyRange) return;
  } catch (e) {
    return;
  }
  window.fugongRegistryRead = new Promise((resolve, reject) => {
    const req = indexedDB.open("fugong");
    req.onupgradeneeded = () => req.transaction.abort();
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const db = req.result;
      db.onversionchange = () => db.close();
      try {
        const tx = db.transaction("registry", "readonly");
        const store = tx.objectStore("registry");
        const read = {};
        const getAll = (name, range) => { store.getAll(range).onsuccess = (e) => { read[name] = e.target.result; }; };
        getAll("buckets", IDBKeyRange.bound("s999.b", "s999.b\uffff"));
        getAll("below", IDBKeyRange.upperBound("s999.b", true));
        getAll("above", IDBKeyRange.lowerBound("s999.b\uffff", true));
        tx.oncomplete = () => { db.close(); resolve(read); };
        tx.onabort = () => { db.close(); reject(tx.error); };
      } catch (e) { // no registry store yet
        db.close();
        reject(e);
      }
    };
  });
  window.fugongRegistryRead.catch(() => {}); // the app reads the store itself
})();
