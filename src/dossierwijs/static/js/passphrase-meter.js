/*
 * Passphrase strength meter (progressive enhancement, no external libraries, CSP-safe).
 *
 * Markup:
 *   <input type="password" id="passphrase" data-strength-meter="pw-meter">
 *   <div class="meter" id="pw-meter"><span class="meter__bar" data-level="0"></span></div>
 *   <p class="meter__text" id="pw-meter-text" aria-live="polite"></p>   (optional)
 *
 * The text element is found as: the element named by data-meter-text on the meter, or an
 * [aria-live] inside the meter, or the .meter__text right after it; if there is none, one is
 * created after the meter. Texts can be replaced with data-label-0 … data-label-4 on the meter.
 * The score is advice only: the server decides what it accepts.
 */
(function () {
  "use strict";

  var LABELS = [
    "Heel zwak: te kort of te makkelijk te raden.",
    "Zwak: maak de zin langer, bijvoorbeeld met nog een woord.",
    "Redelijk: nog een woord of wat cijfers maken het sterker.",
    "Sterk.",
    "Heel sterk."
  ];
  var COMMON = [
    "wachtwoord", "password", "welkom", "welcome", "qwerty", "azerty", "123456", "abcdef",
    "geheim", "letmein", "iloveyou", "admin", "dossier", "school"
  ];

  function charClasses(text) {
    var classes = 0;
    if (/[a-z]/.test(text)) classes += 1;
    if (/[A-Z]/.test(text)) classes += 1;
    if (/[0-9]/.test(text)) classes += 1;
    if (/[^A-Za-z0-9\s]/.test(text)) classes += 1;
    if (/\s/.test(text.trim())) classes += 1;
    return classes;
  }

  function isMonotonous(text) {
    // "aaaaaaaaaa", "ababababab", "1234567890": few distinct characters or one long run.
    var distinct = {};
    for (var i = 0; i < text.length; i += 1) distinct[text[i]] = true;
    if (Object.keys(distinct).length <= Math.max(2, text.length / 5)) return true;
    var run = 1;
    for (var j = 1; j < text.length; j += 1) {
      var step = text.charCodeAt(j) - text.charCodeAt(j - 1);
      run = step === 1 || step === -1 ? run + 1 : 1;
      if (run >= 6) return true;
    }
    return false;
  }

  /* Score 0..4 from length and variety. Length counts most: long phrases are easy to remember. */
  function score(text) {
    if (!text || text.length < 8) return 0;
    var points = 0;
    if (text.length >= 12) points += 1;
    if (text.length >= 16) points += 1;
    if (text.length >= 24) points += 1;
    if (charClasses(text) >= 3) points += 1;
    var words = text.trim().split(/[\s\-_.,]+/).filter(function (w) { return w.length >= 3; });
    if (words.length >= 4) points += 1;
    var lower = text.toLowerCase();
    for (var i = 0; i < COMMON.length; i += 1) {
      if (lower.indexOf(COMMON[i]) !== -1 && lower.length < COMMON[i].length + 8) {
        points = Math.min(points, 1);
      }
    }
    if (isMonotonous(text)) points = 0;
    return Math.max(0, Math.min(4, points));
  }

  function textElement(meter) {
    var id = meter.getAttribute("data-meter-text");
    var el = id ? document.getElementById(id) : meter.querySelector("[aria-live]");
    if (!el && meter.nextElementSibling && meter.nextElementSibling.classList.contains("meter__text")) {
      el = meter.nextElementSibling;
    }
    if (!el) {
      el = document.createElement("p");
      el.className = "meter__text";
      meter.insertAdjacentElement("afterend", el);
    }
    if (!el.hasAttribute("aria-live")) el.setAttribute("aria-live", "polite");
    return el;
  }

  function attach(input) {
    var meter = document.getElementById(input.getAttribute("data-strength-meter"));
    if (!meter) return;
    var bar = meter.classList.contains("meter__bar") ? meter : meter.querySelector(".meter__bar");
    if (!bar) return;
    bar.setAttribute("aria-hidden", "true");  // the live text says it in words
    var live = textElement(meter);
    var timer = null;

    function update() {
      var value = input.value;
      var level = score(value);
      bar.setAttribute("data-level", String(level));
      input.setAttribute("data-strength", String(level));
      // Announce after a short pause in typing, not on every key.
      window.clearTimeout(timer);
      timer = window.setTimeout(function () {
        live.textContent = value
          ? "Sterkte: " + (meter.getAttribute("data-label-" + level) || LABELS[level])
          : "";
      }, 400);
    }

    input.addEventListener("input", update);
    if (input.value) update();
  }

  function init() {
    var inputs = document.querySelectorAll("input[data-strength-meter]");
    for (var i = 0; i < inputs.length; i += 1) attach(inputs[i]);
  }

  window.dossierwijsPassphraseScore = score;
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
