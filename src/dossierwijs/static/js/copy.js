/*
 * Copy buttons: <button type="button" data-copy-target="recovery-code" hidden>Kopieer</button>
 *
 * Copies the text (or the value of an input/textarea) of the element with that id.
 * Buttons may be shipped with `hidden`: this script shows them, so without JavaScript no
 * button appears that does nothing. After copying, the button says so for a few seconds
 * (text from data-copied-text, default "Gekopieerd") and a polite live region announces it.
 */
(function () {
  "use strict";

  function textOf(el) {
    return "value" in el && typeof el.value === "string" ? el.value : el.textContent.trim();
  }

  function fallbackCopy(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.className = "visually-hidden";
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try {
      ok = document.execCommand("copy");
    } catch (e) {
      ok = false;
    }
    document.body.removeChild(area);
    return ok ? Promise.resolve() : Promise.reject(new Error("copy failed"));
  }

  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).catch(function () {
        return fallbackCopy(text);
      });
    }
    return fallbackCopy(text);
  }

  function status(button) {
    var el = document.createElement("span");
    el.className = "visually-hidden";
    el.setAttribute("role", "status");
    button.insertAdjacentElement("afterend", el);
    return el;
  }

  function attach(button) {
    button.hidden = false;
    var live = status(button);
    var original = button.textContent;
    var timer = null;
    button.addEventListener("click", function () {
      var target = document.getElementById(button.getAttribute("data-copy-target"));
      if (!target) return;
      copy(textOf(target)).then(
        function () {
          var done = button.getAttribute("data-copied-text") || "Gekopieerd";
          button.textContent = done;
          live.textContent = done;
        },
        function () {
          live.textContent = "Kopiëren lukte niet. Selecteer de tekst en kopieer hem zelf.";
        }
      );
      window.clearTimeout(timer);
      timer = window.setTimeout(function () {
        button.textContent = original;
        live.textContent = "";
      }, 3000);
    });
  }

  function init() {
    var buttons = document.querySelectorAll("[data-copy-target]");
    for (var i = 0; i < buttons.length; i += 1) attach(buttons[i]);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
