// Web push for Stepwise, loaded into the generated service worker with importScripts
// (web/vite.config.ts). The server sends {title, body, url, tag}; its text is already the
// neutral line unless the person allowed clinical content, so it is shown as it comes.
(function () {
  var NEUTRAL = 'You have a reminder from Stepwise';
  var NAVIGATE = 'stepwise:navigate';

  // Only a path of this app is followed: a payload cannot send the person elsewhere.
  function appPath(url) {
    try {
      var u = new URL(typeof url === 'string' && url ? url : '/', self.location.origin);
      return u.origin === self.location.origin ? u.pathname + u.search + u.hash : '/';
    } catch {
      return '/';
    }
  }

  // Lets a handler run to its end; a synthetic event (a test's dispatchEvent) cannot be extended.
  function keepAlive(event, work) {
    try {
      event.waitUntil(work);
    } catch {
      // not a trusted event: the work runs anyway
    }
    return work;
  }

  self.addEventListener('push', function (event) {
    var data;
    try {
      data = (event.data && event.data.json()) || {};
    } catch {
      data = {};
    }
    var title = typeof data.title === 'string' && data.title ? data.title : 'Stepwise';
    var options = {
      body: typeof data.body === 'string' && data.body ? data.body : NEUTRAL,
      icon: '/icons/icon-192.png',
      data: { url: appPath(data.url) },
    };
    // The same notification delivered twice replaces itself instead of stacking.
    if (typeof data.tag === 'string' && data.tag) options.tag = data.tag;
    keepAlive(event, self.registration.showNotification(title, options));
  });

  // Asks an open page to go to `path` with its own router (no reload, nothing typed is lost);
  // a page that does not answer within a second is navigated by the service worker instead.
  function askPageToNavigate(client, path) {
    return new Promise(function (resolve) {
      var channel = new MessageChannel();
      var timer = setTimeout(function () {
        resolve(false);
      }, 1000);
      channel.port1.onmessage = function () {
        clearTimeout(timer);
        resolve(true);
      };
      client.postMessage({ type: NAVIGATE, url: path }, [channel.port2]);
    });
  }

  async function openApp(path) {
    var windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
    var client = windows.find(function (c) {
      return new URL(c.url).origin === self.location.origin;
    });
    if (!client) {
      await self.clients.openWindow(path);
      return;
    }
    try {
      client = (await client.focus()) || client;
    } catch {
      // Focusing needs the click's user activation; without it the page is still navigated.
    }
    if (await askPageToNavigate(client, path)) return;
    if ('navigate' in client) await client.navigate(new URL(path, self.location.origin).href);
  }

  self.addEventListener('notificationclick', function (event) {
    event.notification.close();
    var data = event.notification.data || {};
    keepAlive(event, openApp(appPath(data.url)));
  });
})();
