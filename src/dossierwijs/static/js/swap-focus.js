/*
 * Focus after an htmx swap: a swapped-in element marked data-focus-after-swap gets the focus,
 * so keyboard and screen-reader users land on what changed instead of the top of the page.
 *
 * Inside it, the first field with an error (.form-field--error) is focused; otherwise the
 * element marked data-focus-heading (give it tabindex="-1"); otherwise the element itself.
 */
(function () {
  "use strict";

  document.addEventListener("htmx:afterSettle", function () {
    var swapped = document.querySelector("[data-focus-after-swap]");
    if (!swapped) {
      return;
    }
    swapped.removeAttribute("data-focus-after-swap");
    var target =
      swapped.querySelector(
        ".form-field--error input, .form-field--error select, .form-field--error textarea"
      ) ||
      swapped.querySelector("[data-focus-heading]") ||
      swapped;
    target.focus();
  });
})();
