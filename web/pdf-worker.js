// fugong's PDF worker: runs web/pdf.wasm (command fugong/cmd/pdfworker) in a
// Web Worker, so that the page never freezes while a PDF is written.
//
// Every message is {job: "<JSON>", data?: Blob} and every reply
// {reply: "<JSON>", file?: Uint8Array}, of the types of the Go package
// fugong/internal/workerjob, which alone encodes them; this script reads
// a job's id and wasm only.
//
// The page starts it as pdf-worker.js?wasm=<pdf.wasm's address with its
// content hash>, and sends the same address as every job's "wasm":
// served from the service worker's cache, this script's location has no
// query string (the cache matches it ignoring the query), so the first
// message's address is used then. Go's wasm_exec.js is loaded from the kit's root, found
// relative to this script (web/../wasm_exec.js), so the kit works under a
// sub-path such as /fugong/. Jobs that arrive before Go is ready are
// queued; if pdf.wasm cannot be loaded (offline before the service worker
// had cached it), every job is answered {id, error: "wasm_unavailable"};
// should Go ever exit, {id: -1, error: "worker_stopped"} says so.
"use strict";

importScripts(new URL("../wasm_exec.js", self.location.href).href);

const queue = [];
let handle = null;
let failure = "";

// job reads a message's job, {} when it has none.
function job(data) {
  try {
    return JSON.parse(data.job) || {};
  } catch (err) {
    return {};
  }
}

// answer posts a reply of the worker's own.
function answer(id, error) {
  self.postMessage({ reply: JSON.stringify({ id: id, error: error }) });
}

function fail(data) {
  answer(job(data).id, "wasm_unavailable");
}

self.onmessage = (event) => {
  start(job(event.data).wasm);
  if (handle) {
    handle(event.data);
  } else if (failure) {
    fail(event.data);
  } else {
    queue.push(event.data);
  }
};

// Go's main calls this with its job handler once it is ready.
self.fugongPDFReady = (fn) => {
  handle = fn;
  while (queue.length > 0) {
    fn(queue.shift());
  }
};

let started = false;

// start loads and runs pdf.wasm from url, once.
function start(url) {
  if (started || typeof url !== "string" || url === "") {
    return;
  }
  started = true;
  load(url);
}

async function load(url) {
  try {
    const go = new Go();
    const response = await fetch(new URL(url, self.location.href).href);
    if (!response.ok) {
      throw new Error("HTTP " + response.status);
    }
    let result;
    if ((response.headers.get("Content-Type") || "").startsWith("application/wasm")) {
      result = await WebAssembly.instantiateStreaming(response, go.importObject);
    } else {
      result = await WebAssembly.instantiate(await response.arrayBuffer(), go.importObject);
    }
    go.run(result.instance).then(() => {
      // Go exited (it never should): fail what is pending; the page
      // starts a new worker for its next job.
      handle = null;
      failure = "the PDF writer stopped";
      answer(-1, "worker_stopped");
    });
  } catch (err) {
    failure = String(err);
    while (queue.length > 0) {
      fail(queue.shift());
    }
  }
}

start(new URL(self.location.href).searchParams.get("wasm"));
