// Test LMS: a scorm-again runtime for SCORM 1.2 (?version=1.2) or 2004 (?version=2004).
// launch(saved) starts the package with saved CMI data; close() ends it; cmi() reads it.
const version = new URLSearchParams(location.search).get('version');
let api;
window.launch = (saved, parameters = '') => {
  const settings = { autocommit: false, logLevel: 5 };
  api = version === '2004' ? new window.Scorm2004API(settings) : new window.Scorm12API(settings);
  if (saved) api.loadFromJSON(saved);
  if (version === '2004') window.API_1484_11 = api; else window.API = api;
  const frame = document.createElement('iframe');
  frame.title = 'Stepwise course';
  frame.src = `package/index.html${parameters}`;
  frame.style.width = '100%';
  frame.style.height = '900px';
  document.getElementById('player').replaceChildren(frame);
};
window.close = () => document.getElementById('player').replaceChildren();
window.cmi = () => JSON.parse(JSON.stringify(api.cmi));
window.finished = () => api.isTerminated();
