/* Page viewer: arrow keys turn the page, + and - zoom (the links work without this script). */
(function () {
  "use strict";
  var controls = document.querySelector("[data-page-viewer]");
  if (!controls) return;
  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    var target = event.target;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    var key = event.key === "=" ? "+" : event.key;
    // On the page itself, the arrows scroll a zoomed page instead of turning it.
    if (target && target.hasAttribute && target.hasAttribute("data-scrolls") && key.indexOf("Arrow") === 0) return;
    var link = controls.querySelector('[data-key="' + key + '"]');
    if (link) {
      event.preventDefault();
      window.location.href = link.href;
    }
  });
})();
