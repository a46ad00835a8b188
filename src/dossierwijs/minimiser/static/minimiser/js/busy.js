// Forms marked data-busy show their "Bezig…" note while the server works (no inline script: CSP).
(function () {
  "use strict";
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.hasAttribute("data-busy")) {
      return;
    }
    var note = form.querySelector("[data-busy-note]");
    if (note) {
      note.hidden = false;
    }
    form.setAttribute("aria-busy", "true");
  });
})();
