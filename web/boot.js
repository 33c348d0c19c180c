// Starts Stepwise. Kept in its own file so the Content-Security-Policy needs no inline script.
// The app finds its own files (styles, frameworks) relative to this script, so the built app
// works from any path: its own page, a host page that includes this script, an iframe or an
// LMS package.
//
// Two modules: stepwise.js, the rating page (what a first visit needs), and stepwise-full.js,
// which adds the career map, the gap report, the team view, framework files and the LMS
// connection, and the conversation with a host page (postMessage). The first hands over to
// the second through __stepwise when those are wanted. Only Stepwise's own page (index.html,
// its app in #stepwise, not framed) starts with the first: in an iframe, on a host page, or
// with `boot.js?full` (the SCORM packages) there is a host to talk to from the start, so the
// full one starts at once.
import init from './stepwise.js';

const base = new URL('.', import.meta.url);
const ownPage = window.top === window && document.getElementById('stepwise')
  && !document.querySelector('[data-stepwise]');
const startFull = new URL(import.meta.url).searchParams.has('full') || !ownPage;
const wasm = startFull ? undefined : fetch(new URL('stepwise_bg.wasm', base));
// A failed download is reported when the module starts (below), not as unhandled meanwhile.
wasm?.catch(() => {});
document.documentElement.dataset.stepwiseBase = base.href;

// The site's own settings (allowed origins, hidden views, heading level: see EMBEDDING.md),
// fetched while the module downloads and read by it when it starts, so nothing is drawn that
// they could change. Only from the app's own origin, and only from this file: never from the
// page address, which any page that frames the app can write.
let configText = '';
const config = (base.origin === location.origin
  ? fetch(new URL('stepwise.config.json', base), { credentials: 'same-origin' })
    .then((response) => (response.ok ? response.text() : ''), () => '')
  : Promise.resolve(''))
  .then((text) => { configText = text; });

// index.html carries its first screen as plain HTML (src/ui/first_screen.rs), for a first
// visit to the default framework. Where the page will open something else (an address with
// settings, another framework chosen before, or progress already saved) it would show the
// wrong thing for a moment: a loading line stands in for it instead.
const first = document.querySelector('[data-first-screen]');
if (first) {
  const id = first.dataset.firstScreen;
  let fresh = !location.search;
  try {
    const chosen = localStorage.getItem('stepwise:framework');
    fresh &&= (chosen === null || chosen === id) && localStorage.getItem(`stepwise:${id}`) === null;
  } catch {
    // Storage refused: nothing can have been saved, so the first screen is right.
  }
  if (!fresh) {
    const loading = document.createElement('p');
    loading.className = 'app-loading';
    loading.setAttribute('role', 'status');
    loading.textContent = 'Loading Stepwise…';
    first.replaceWith(loading);
  }
}

let full;
let failures = 0;
function loadFull() {
  // Browsers may remember a failed import of a URL, so a retry asks for a fresh one.
  full ??= import(failures ? `./stepwise-full.js?retry=${failures}` : './stepwise-full.js')
    .then(async (module) => {
      await config;
      await module.default();
      return module;
    })
    .catch((error) => {
      failures += 1;
      full = undefined;
      throw error;
    });
  return full;
}

globalThis.__stepwise = {
  config: () => configText,
  // The full module, with its styles where `root` is drawn (not waiting over 3 s for them).
  load: (root) => loadFull()
    .then((module) => Promise.race([module.prepare(root), new Promise((go) => { setTimeout(go, 3000); })]))
    .then(() => undefined),
  takeOver: (root, handover) => loadFull().then((module) => module.takeOver(root, handover)),
};

// The module's download starts now, beside the settings'; it starts once both are here.
const started = startFull
  ? loadFull().then((module) => module.start())
  : config.then(() => init({ module_or_path: wasm }));

// Offline use and installing (web/offline.js), once the app has drawn its first screen (it
// marks "stepwise-rendered") and the browser is idle: a first visit never waits for it.
if (!startFull) {
  new Promise((drawn) => {
    new PerformanceObserver((marks, observer) => {
      if (marks.getEntriesByName('stepwise-rendered').length) {
        observer.disconnect();
        drawn();
      }
    }).observe({ type: 'mark', buffered: true });
  })
    .then(() => new Promise((idle) => {
      if (globalThis.requestIdleCallback) requestIdleCallback(idle, { timeout: 1000 });
      else setTimeout(idle, 1000);
    }))
    .then(() => import('./offline.js'))
    .then((module) => module.offline(base), () => {});
}

started.catch((error) => {
  const roots = document.querySelectorAll('[data-stepwise], #stepwise');
  for (const root of roots) {
    const message = document.createElement('p');
    message.setAttribute('role', 'alert');
    message.textContent =
      'Stepwise could not start in this browser (' + String((error && error.message) || error) +
      '). Try a recent version of Chrome, Edge, Firefox or Safari. Nothing you saved has been changed.';
    root.replaceChildren(message);
  }
});
