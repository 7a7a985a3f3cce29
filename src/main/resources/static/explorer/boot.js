// Runs before the explorer's modules (a classic script, so it runs even where they fail): if a module cannot be
// fetched (the server stopped, a file is missing) or stops on a script error before the page has started, the page
// says so instead of staying at "正在加载…".
(function () {
  function say(detail) {
    var root = document.documentElement;
    if (root.dataset.started || root.dataset.bootFailed) {
      return;
    }
    root.dataset.bootFailed = 'yes';
    var message = document.getElementById('message');
    var view = document.getElementById('view');
    message.className = 'error';
    message.hidden = false;
    message.textContent = '页面的程序未能加载(' + detail + ')。请确认 DutyGraph 正在运行,然后刷新页面。';
    view.replaceChildren();
  }
  function onError(event) {
    var target = event.target;
    var detail;
    if (target && target.tagName === 'SCRIPT') {
      detail = '无法读取脚本 ' + target.src;
    } else if (event instanceof ErrorEvent) {
      detail = event.message;
    } else {
      return;
    }
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', function () { say(detail); });
    } else {
      say(detail);
    }
  }
  // Capturing: a script element's failed load does not bubble to the window.
  window.addEventListener('error', onError, true);
}());
