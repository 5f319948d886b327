// Runs the tracking script (path in argv[2]) against a minimal browser double and checks what it sends.
// Run by TrackingScriptTest; exits non-zero on the first failed expectation.
const assert = require('assert');
const src = require('fs').readFileSync(process.argv[2], 'utf8');

function browser(options = {}) {
  const sent = [], handlers = { doc: {}, win: {} };
  let now = 1_000_000;
  const on = (target) => (type, fn) => (target[type] = target[type] || []).push(fn);
  const fire = (target, type, event) => (target[type] || []).forEach((fn) => fn(event || {}));
  const document = {
    visibilityState: 'visible', referrer: 'https://news.ycombinator.com/', title: 'Tides',
    currentScript: { src: 'https://api.blog.example/js/script.js', getAttribute: () => null },
    documentElement: { scrollTop: 0, clientHeight: 800, scrollHeight: 1600 }, body: { scrollHeight: 1600 },
    addEventListener: on(handlers.doc),
  };
  const location = { href: 'https://blog.example/posts/tides' };
  const history = { pushState(state, title, url) { location.href = url; } };
  const navigator = {
    webdriver: !!options.webdriver,
    sendBeacon(url, body) { sent.push({ via: 'beacon', url, body: JSON.parse(body) }); return true; },
  };
  const window = { innerWidth: 1280, scrollY: 0, addEventListener: on(handlers.win) };
  const fetch = (url, init) => {
    sent.push({ via: 'fetch', url, body: JSON.parse(init.body), type: init.headers['Content-Type'] });
    return Promise.resolve();
  };
  const clock = { now: () => now };
  new Function('document', 'window', 'location', 'navigator', 'history', 'fetch', 'URL', 'Date', src)(
    document, window, location, navigator, history, fetch, URL, clock);
  return {
    sent, document, window, history,
    advance(ms) { now += ms; },
    fireDocument: (type, event) => fire(handlers.doc, type, event),
    fireWindow: (type, event) => fire(handlers.win, type, event),
  };
}

const EVENTS = 'https://api.blog.example/api/v1/public/events';

// a page view on load, to the API of the script's origin, as text/plain (no CORS preflight)
let b = browser();
assert.strictEqual(b.sent.length, 1);
assert.deepStrictEqual(b.sent[0], { via: 'fetch', url: EVENTS, type: 'text/plain', body: {
  name: 'pageview', url: 'https://blog.example/posts/tides', referrer: 'https://news.ycombinator.com/',
  title: 'Tides', screenWidth: 1280 } });

// history navigation: the engagement of the page left, then a page view of the new one
b.advance(4000);
b.history.pushState(null, '', 'https://blog.example/posts/other');
assert.strictEqual(b.sent.length, 3);
assert.strictEqual(b.sent[1].via, 'beacon');
assert.strictEqual(b.sent[1].body.name, 'engagement');
assert.strictEqual(b.sent[1].body.engagedMs, 4000);
assert.strictEqual(b.sent[1].body.scrollDepth, 50);
assert.strictEqual(b.sent[1].body.url, 'https://blog.example/posts/tides');
assert.strictEqual(b.sent[2].body.name, 'pageview');
assert.strictEqual(b.sent[2].body.url, 'https://blog.example/posts/other');

// pushing the same address again is no new page view
b.history.pushState(null, '', 'https://blog.example/posts/other');
assert.strictEqual(b.sent.length, 3);

// hiding the page sends the engaged time with sendBeacon; hidden time does not count
b.advance(2500);
b.document.visibilityState = 'hidden';
b.fireDocument('visibilitychange');
assert.strictEqual(b.sent.length, 4);
assert.strictEqual(b.sent[3].via, 'beacon');
assert.strictEqual(b.sent[3].body.engagedMs, 2500);
b.advance(60000);
b.fireWindow('pagehide');
assert.strictEqual(b.sent.length, 4, 'nothing engaged while hidden');
b.document.visibilityState = 'visible';
b.fireDocument('visibilitychange');
b.advance(1000);
b.fireWindow('pagehide');
assert.strictEqual(b.sent[4].body.engagedMs, 1000);

// data- attributes make custom events
const button = { attributes: [{ name: 'data-analytics-event', value: 'signup' },
  { name: 'data-analytics-prop-plan', value: 'pro' }, { name: 'class', value: 'cta' }],
  getAttribute: (name) => (name === 'data-analytics-event' ? 'signup' : null) };
b.fireDocument('click', { target: { closest: (selector) => (selector === '[data-analytics-event]' ? button : null) } });
const custom = b.sent[b.sent.length - 1];
assert.strictEqual(custom.body.name, 'signup');
assert.deepStrictEqual(custom.body.props, { plan: 'pro' });
b.fireDocument('click', { target: { closest: () => null } });
assert.strictEqual(b.sent[b.sent.length - 1], custom, 'a click elsewhere sends nothing');

// and a function for code
b.window.blogflow('download', { file: 'a.pdf' });
assert.deepStrictEqual(b.sent[b.sent.length - 1].body.props, { file: 'a.pdf' });

// automated browsers send nothing
assert.strictEqual(browser({ webdriver: true }).sent.length, 0);

console.log('tracking script: all expectations met');
