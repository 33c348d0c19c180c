// Test host: adds an iframe of the widget from the URL in ?widget=, titled by ?title=.
const params = new URLSearchParams(location.search);
for (const [i, src] of params.getAll('widget').entries()) {
  const frame = document.createElement('iframe');
  frame.src = src;
  frame.title = params.getAll('title')[i] || 'Stepwise';
  frame.style.width = '100%';
  frame.style.height = '900px';
  document.getElementById('frames').append(frame);
}
window.send = (index, message, origin) => document.querySelectorAll('iframe')[index].contentWindow.postMessage(message, origin);
