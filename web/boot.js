// Starts Stepwise. Kept in its own file so the Content-Security-Policy needs no inline script.
// The app finds its own files (styles, frameworks) relative to this script, so the built app
// works from any path: its own page, a host page that includes this script, an iframe or an
// LMS package.
import init from './stepwise.js';

document.documentElement.dataset.stepwiseBase = new URL('.', import.meta.url).href;

init().catch((error) => {
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
