// Loaded first, as a classic script, so that it hears what goes wrong while the library loads: a SyntaxError in a
// module the old engine cannot parse, a rejection, the library's own warnings (a part it could not fetch, a zone it
// could not use). check.js fails the page on any of them.
window.recorded = [];
window.addEventListener('error', (event) =>
  window.recorded.push(`error: ${event.message} (${event.filename}:${event.lineno})`),
);
window.addEventListener('unhandledrejection', (event) =>
  window.recorded.push(`unhandled rejection: ${(event.reason && event.reason.stack) || event.reason}`),
);
for (const level of ['error', 'warn']) {
  const original = console[level].bind(console);
  console[level] = (...args) => {
    window.recorded.push(`console.${level}: ${args.join(' ')}`);
    original(...args);
  };
}
