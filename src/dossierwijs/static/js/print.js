/*
 * Print buttons: <button type="button" data-print hidden>Afdrukken</button>
 *
 * Shows the button (shipped `hidden`, so it never appears without JavaScript) and opens the
 * browser's print dialog. The print stylesheet in dossierwijs.css hides navigation and buttons.
 */
(function () {
  "use strict";

  function init() {
    var buttons = document.querySelectorAll("[data-print]");
    for (var i = 0; i < buttons.length; i += 1) {
      buttons[i].hidden = false;
      buttons[i].addEventListener("click", function (event) {
        event.preventDefault();
        window.print();
      });
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
